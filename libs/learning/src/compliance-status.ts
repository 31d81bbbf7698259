import { daysBetween } from './calendar-date.js';
import {
  certificateStatus,
  CertificateStatus,
  type CertificateValidity,
} from './certificate-status.js';

/**
 * A staff member's standing on one credential their clinic requires, worst last. NOT_REQUIRED:
 * the clinic does not require this member to hold its credentials (an admin who does not
 * practise): listed, never counted nor reminded.
 */
export enum ComplianceStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  VALID = 'VALID',
  EXPIRING_60 = 'EXPIRING_60',
  EXPIRING_30 = 'EXPIRING_30',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  MISSING = 'MISSING',
}

/** How bad each status is: a member stands as their worst credential. */
export const COMPLIANCE_SEVERITY: Record<ComplianceStatus, number> = {
  NOT_REQUIRED: 0,
  VALID: 1,
  EXPIRING_60: 2,
  EXPIRING_30: 3,
  EXPIRED: 4,
  REVOKED: 5,
  MISSING: 6,
};

/** The states a clinic's totals count: every one but NOT_REQUIRED. */
export const COUNTED_COMPLIANCE_STATUSES: readonly ComplianceStatus[] = Object.values(
  ComplianceStatus,
).filter((status) => status !== ComplianceStatus.NOT_REQUIRED);

/** A credential reads as expiring when its last valid day is at most this many days away. */
export const EXPIRING_WITHIN: readonly { status: ComplianceStatus; days: number }[] = [
  { status: ComplianceStatus.EXPIRING_30, days: 30 },
  { status: ComplianceStatus.EXPIRING_60, days: 60 },
];

/** A certificate someone holds for a required credential, as far as compliance cares. */
export interface HeldCredential extends CertificateValidity {
  completedOn: string;
}

/** Whether the clinic requires the member to hold its credentials (true unless it said not). */
export interface ComplianceMember {
  requiredToHold: boolean;
}

/**
 * The standing a certificate gives on `today` (YYYY-MM-DD): NOT_REQUIRED for a member the
 * clinic does not require to hold it, whatever they hold; none held is MISSING; otherwise its
 * certificate status, with a valid one that lapses soon read as EXPIRING.
 */
export function complianceStatus(
  held: HeldCredential | null,
  today: string,
  member: ComplianceMember = { requiredToHold: true },
): ComplianceStatus {
  if (!member.requiredToHold) return ComplianceStatus.NOT_REQUIRED;
  if (held === null) return ComplianceStatus.MISSING;
  switch (certificateStatus(held, today)) {
    case CertificateStatus.REVOKED:
      return ComplianceStatus.REVOKED;
    case CertificateStatus.EXPIRED:
      return ComplianceStatus.EXPIRED;
    case CertificateStatus.VALID:
      break;
  }
  if (held.expiresOn === null) return ComplianceStatus.VALID;
  const daysLeft = daysBetween(today, held.expiresOn);
  return EXPIRING_WITHIN.find(({ days }) => daysLeft <= days)?.status ?? ComplianceStatus.VALID;
}

/**
 * Where a member stands overall: as their worst credential; NOT_REQUIRED when the clinic does
 * not require them to hold any; VALID when it requires nothing yet.
 */
export function memberComplianceStatus(
  statuses: readonly ComplianceStatus[],
  member: ComplianceMember,
): ComplianceStatus {
  if (!member.requiredToHold) return ComplianceStatus.NOT_REQUIRED;
  return statuses.reduce<ComplianceStatus>(
    (worst, status) => (COMPLIANCE_SEVERITY[status] > COMPLIANCE_SEVERITY[worst] ? status : worst),
    ComplianceStatus.VALID,
  );
}

/**
 * The certificate that speaks for a requirement when someone holds several (a renewal, a
 * revoked one): an unrevoked one first, then the latest expiry (one that never expires
 * before any), then the latest completion.
 */
export function bestHeldCredential<T extends HeldCredential>(held: readonly T[]): T | null {
  return held.reduce<T | null>(
    (best, candidate) => (best === null || outranks(candidate, best) ? candidate : best),
    null,
  );
}

function outranks(a: HeldCredential, b: HeldCredential): boolean {
  if ((a.revokedAt === null) !== (b.revokedAt === null)) return a.revokedAt === null;
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null || b.expiresOn === null) return a.expiresOn === null;
    return a.expiresOn > b.expiresOn;
  }
  return a.completedOn > b.completedOn;
}
