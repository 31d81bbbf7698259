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

/** A license as a person records it on their profile. Dates are YYYY-MM-DD. */
export interface LicenseRecord {
  state: string;
  number: string;
  issuedOn?: string | null;
  expiresOn?: string | null;
}

export type LicenseRecordProblem =
  | { field: 'state' | 'number' | 'issuedOn' | 'expiresOn'; reason: 'INVALID' }
  | { field: 'issuedOn'; reason: 'IN_THE_FUTURE' }
  | { field: 'expiresOn'; reason: 'NOT_AFTER_ISSUE' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with a license record: the state must be a licensing jurisdiction and the
 * number well formed (as at sign-up); the original issue date, when given, a real day no
 * later than `today`; the expiry, when given, a real day after the issue date.
 */
export function licenseRecordProblems(
  record: LicenseRecord,
  today: string,
): LicenseRecordProblem[] {
  const problems: LicenseRecordProblem[] = [];
  if (!isLicensingJurisdiction(record.state.trim()))
    problems.push({ field: 'state', reason: 'INVALID' });
  if (!LICENSE_NUMBER.test(record.number.trim()))
    problems.push({ field: 'number', reason: 'INVALID' });
  const issued = record.issuedOn ?? null;
  const expires = record.expiresOn ?? null;
  if (issued !== null) {
    if (!isCalendarDate(issued)) problems.push({ field: 'issuedOn', reason: 'INVALID' });
    else if (issued > today) problems.push({ field: 'issuedOn', reason: 'IN_THE_FUTURE' });
  }
  if (expires !== null) {
    if (!isCalendarDate(expires)) problems.push({ field: 'expiresOn', reason: 'INVALID' });
    else if (issued !== null && isCalendarDate(issued) && expires <= issued) {
      problems.push({ field: 'expiresOn', reason: 'NOT_AFTER_ISSUE' });
    }
  }
  return problems;
}
