/** An accreditation approval: a board's number for a course, valid between two dates. */
export interface ApprovalPeriod {
  validFrom: string; // YYYY-MM-DD
  validUntil: string | null; // YYYY-MM-DD, inclusive; null = no end date
}

export enum ApprovalStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
}

/** Compares calendar dates as strings: ISO dates sort the same as the days they name. */
export function approvalStatus(approval: ApprovalPeriod, today: string): ApprovalStatus {
  if (today < approval.validFrom) return ApprovalStatus.PENDING;
  if (approval.validUntil !== null && today > approval.validUntil) return ApprovalStatus.EXPIRED;
  return ApprovalStatus.ACTIVE;
}
