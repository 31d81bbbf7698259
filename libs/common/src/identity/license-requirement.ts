import { isLicensedProfession, type Profession } from './profession.js';
import { isLicensingJurisdiction } from './us-states.js';

export interface LicenseFields {
  profession: Profession;
  licenseNumber?: string | null;
  licenseState?: string | null;
}

export type LicenseProblem =
  | { field: 'licenseNumber'; reason: 'REQUIRED' | 'INVALID' }
  | { field: 'licenseState'; reason: 'REQUIRED' | 'INVALID' };

/** License numbers vary by board; letters, digits, spaces, dots and dashes cover them. */
const LICENSE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 .-]{1,38}[A-Za-z0-9]$/;

/**
 * A licensed clinician needs a license number and state: boards ask for both on every CE
 * certificate. Authors and clinic office staff may leave them out, but what they give must
 * still be well formed, and a number without a state (or the reverse) is useless.
 */
export function licenseProblems(fields: LicenseFields): LicenseProblem[] {
  const problems: LicenseProblem[] = [];
  const number = fields.licenseNumber?.trim() || null;
  const state = fields.licenseState?.trim() || null;
  const required = isLicensedProfession(fields.profession) || number !== null || state !== null;

  if (number === null) {
    if (required) problems.push({ field: 'licenseNumber', reason: 'REQUIRED' });
  } else if (!LICENSE_NUMBER.test(number)) {
    problems.push({ field: 'licenseNumber', reason: 'INVALID' });
  }
  if (state === null) {
    if (required) problems.push({ field: 'licenseState', reason: 'REQUIRED' });
  } else if (!isLicensingJurisdiction(state)) {
    problems.push({ field: 'licenseState', reason: 'INVALID' });
  }
  return problems;
}
