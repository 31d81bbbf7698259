import type { Profession } from '../../gql/graphql';

/** Typed as a Record so a profession added to the API fails the typecheck until named here. */
export const PROFESSION_LABELS: Record<Profession, string> = {
  PHYSICAL_THERAPIST: 'Physical therapist',
  PHYSICAL_THERAPIST_ASSISTANT: 'Physical therapist assistant',
  OCCUPATIONAL_THERAPIST: 'Occupational therapist',
  ATHLETIC_TRAINER: 'Athletic trainer',
  CHIROPRACTOR: 'Chiropractor',
  ACUPUNCTURIST: 'Acupuncturist',
  PHYSICIAN: 'Physician',
  OTHER_LICENSED_CLINICIAN: 'Other licensed clinician',
  EDUCATOR: 'Educator',
  CLINIC_STAFF: 'Clinic staff',
};

/** Boards print license number and state on certificates; these two need neither. */
export const UNLICENSED: Profession[] = ['EDUCATOR', 'CLINIC_STAFF'];
