/**
 * What an account holder does. Licensed professions earn CE hours against a state
 * license; the others (course authors, clinic office staff) may have none.
 */
export enum Profession {
  PHYSICAL_THERAPIST = 'PHYSICAL_THERAPIST',
  PHYSICAL_THERAPIST_ASSISTANT = 'PHYSICAL_THERAPIST_ASSISTANT',
  ATHLETIC_TRAINER = 'ATHLETIC_TRAINER',
  CHIROPRACTOR = 'CHIROPRACTOR',
  OCCUPATIONAL_THERAPIST = 'OCCUPATIONAL_THERAPIST',
  PHYSICIAN = 'PHYSICIAN',
  ACUPUNCTURIST = 'ACUPUNCTURIST',
  OTHER_LICENSED_CLINICIAN = 'OTHER_LICENSED_CLINICIAN',
  EDUCATOR = 'EDUCATOR',
  CLINIC_STAFF = 'CLINIC_STAFF',
}

const UNLICENSED: ReadonlySet<Profession> = new Set([Profession.EDUCATOR, Profession.CLINIC_STAFF]);

export function isLicensedProfession(profession: Profession): boolean {
  return !UNLICENSED.has(profession);
}
