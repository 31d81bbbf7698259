/**
 * What the license holder says the board's lookup shows. Expiry is not among them: it
 * follows from the renewal date (`expiresOn`) and today, so it can never go stale.
 */
export const LICENSE_STATUSES = ['ACTIVE', 'INACTIVE', 'SUSPENDED', 'REVOKED'] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

export type EffectiveLicenseStatus = LicenseStatus | 'EXPIRED';

/**
 * The status that holds on `today` (YYYY-MM-DD): an active license whose renewal date has
 * passed is EXPIRED. The renewal date itself is still a day of practice. A recorded
 * INACTIVE, SUSPENDED or REVOKED stands whatever the date: the board's action outranks
 * the calendar.
 */
export function effectiveLicenseStatus(
  status: LicenseStatus,
  expiresOn: string | null,
  today: string,
): EffectiveLicenseStatus {
  if (status !== 'ACTIVE') return status;
  return expiresOn !== null && expiresOn < today ? 'EXPIRED' : 'ACTIVE';
}
