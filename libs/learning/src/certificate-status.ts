import { daysInMonth, formatCalendarDate, parseCalendarDate } from './calendar-date.js';

export enum CertificateStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export interface CertificateValidity {
  revokedAt: Date | null;
  /** YYYY-MM-DD, inclusive: the certificate is still valid on this day. null = never expires. */
  expiresOn: string | null;
}

/**
 * A certificate's status on a given day (YYYY-MM-DD, in the verifier's calendar). Revocation
 * wins over expiry: a revoked certificate must never read as merely expired.
 */
export function certificateStatus(cert: CertificateValidity, today: string): CertificateStatus {
  if (cert.revokedAt !== null) return CertificateStatus.REVOKED;
  if (cert.expiresOn === null) return CertificateStatus.VALID;
  // Validated first, because YYYY-MM-DD strings compare correctly only when well-formed.
  parseCalendarDate(today);
  parseCalendarDate(cert.expiresOn);
  return today > cert.expiresOn ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
}

/**
 * The last day a certificate is valid: the same day of the month `validityMonths` later,
 * clamped to that month's last day (2026-01-31 + 1 month = 2026-02-28). Nothing is subtracted:
 * the certificate is valid through that day. null when the course's certificates never expire.
 * Pure calendar arithmetic, so neither time zones nor daylight saving can shift it.
 */
export function expiryDate(completedOn: string, validityMonths: number | null): string | null {
  if (validityMonths === null) return null;
  if (!Number.isInteger(validityMonths) || validityMonths < 0) {
    throw new RangeError(`validity must be a whole number of months, got ${validityMonths}`);
  }
  const { year, month, day } = parseCalendarDate(completedOn);
  const monthIndex = month - 1 + validityMonths;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatCalendarDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** What a verifier is told of a code: its status, or that it was reissued. */
export type VerifiedStatus = CertificateStatus | 'SUPERSEDED';

/**
 * A certificate's standing as verification reports it. A certificate reissued with its
 * holder's corrected details is SUPERSEDED (the verifier is pointed to the new one), unless
 * it was revoked: revocation wins over everything.
 */
export function verifiedStatus(
  cert: CertificateValidity & { supersededAt: Date | null },
  today: string,
): VerifiedStatus {
  const status = certificateStatus(cert, today);
  return status !== CertificateStatus.REVOKED && cert.supersededAt !== null ? 'SUPERSEDED' : status;
}
