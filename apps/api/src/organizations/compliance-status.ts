/** A member's standing on one required credential, worst last. */
export enum ComplianceStatus {
  VALID = 'VALID',
  EXPIRING_60 = 'EXPIRING_60',
  EXPIRING_30 = 'EXPIRING_30',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  MISSING = 'MISSING',
}

export const SEVERITY: Record<ComplianceStatus, number> = {
  VALID: 0,
  EXPIRING_60: 1,
  EXPIRING_30: 2,
  EXPIRED: 3,
  REVOKED: 4,
  MISSING: 5,
};

/** The SQL for a cell's status, given `today` as $2 (a date). Kept beside the enum it mirrors. */
export const STATUS_SQL = `CASE
  WHEN b.code IS NULL THEN 'MISSING'
  WHEN b.revoked_at IS NOT NULL THEN 'REVOKED'
  WHEN b.expires_on IS NOT NULL AND b.expires_on < $2::date THEN 'EXPIRED'
  WHEN b.expires_on IS NOT NULL AND b.expires_on <= $2::date + 30 THEN 'EXPIRING_30'
  WHEN b.expires_on IS NOT NULL AND b.expires_on <= $2::date + 60 THEN 'EXPIRING_60'
  ELSE 'VALID' END`;
