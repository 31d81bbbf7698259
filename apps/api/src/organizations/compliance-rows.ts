import {
  bestHeldCredential,
  complianceStatus,
  ComplianceStatus,
  memberComplianceStatus,
} from '@fascicle/learning';
import { CredentialKind } from '@fascicle/catalog';
import type { HeldCertificate } from '../credentials/credentials-reader.js';
import type { AccountSummary } from '../identity/identity-reader.js';
import { requirementTargetKey } from './requirement-target.js';
import type { StaffEligibilityAnswer } from './staff-eligibility.js';

export interface ComplianceCell {
  requirementId: string;
  label: string;
  status: ComplianceStatus;
  certificateCode: string | null;
  completedOn: string | null;
  expiresOn: string | null;
  revokedOn: string | null;
  /** The kind of the credential speaking for the cell: DIDACTIC, LIVE or HYBRID; null: none. */
  credentialKind: CredentialKind | null;
  /** Its live or in-person minutes: 0 for coursework only. */
  liveMinutes: number;
}

export interface ComplianceRow {
  membershipId: string;
  userId: string;
  displayName: string;
  email: string;
  licenseNumber: string | null;
  licenseState: string | null;
  role: string;
  worstStatus: ComplianceStatus;
  /**
   * Whether a current credential the clinic requires attests hands-on training (live or
   * hybrid), not coursework alone: what a clinic asks before letting someone needle.
   */
  handsOnCertified: boolean;
  /** The soonest expiry among the member's credentials; null when none expires. */
  nextExpiry: string | null;
  credentials: ComplianceCell[];
  /** May the member dry needle in the clinic's state today; null: the clinic names no state. */
  eligibility: StaffEligibilityAnswer | null;
}

/** A member as the rows need it. */
export interface ComplianceMember {
  id: string;
  userId: string;
  role: string;
  requiredToHold: boolean;
}

export interface ComplianceRequirement {
  id: string;
  label: string;
  programId: string | null;
  courseId: string | null;
}

/** Statuses of a credential that is in force today. */
const CURRENT = new Set([
  ComplianceStatus.VALID,
  ComplianceStatus.EXPIRING_60,
  ComplianceStatus.EXPIRING_30,
]);

/**
 * Each member (in the order given) against every requirement, by the rules of
 * `@fascicle/learning`: `people` are the members' accounts in the same order, `held` every
 * certificate they hold for one of the requirements.
 */
export function complianceRows(input: {
  today: string;
  members: readonly ComplianceMember[];
  requirements: readonly ComplianceRequirement[];
  people: readonly (AccountSummary | null)[];
  held: readonly HeldCertificate[];
  eligibility: Map<string, StaffEligibilityAnswer> | null;
}): ComplianceRow[] {
  const { today, requirements } = input;
  const heldByTarget = new Map<string, HeldCertificate[]>();
  for (const certificate of input.held) {
    // A program credential has a program, a course certificate a course: never both.
    const key = requirementTargetKey(certificate.userId, certificate);
    const same = heldByTarget.get(key);
    if (same) same.push(certificate);
    else heldByTarget.set(key, [certificate]);
  }
  return input.members.map((membership, i): ComplianceRow => {
    const person = input.people[i];
    const credentials = requirements.map((requirement): ComplianceCell => {
      const best = bestHeldCredential(
        heldByTarget.get(requirementTargetKey(membership.userId, requirement)) ?? [],
      );
      return {
        requirementId: requirement.id,
        label: requirement.label,
        status: complianceStatus(best, today, membership),
        certificateCode: best?.code ?? null,
        completedOn: best?.completedOn ?? null,
        expiresOn: best?.expiresOn ?? null,
        revokedOn: best?.revokedAt ? best.revokedAt.toISOString().slice(0, 10) : null,
        credentialKind: best?.credentialKind ?? null,
        liveMinutes: best?.liveMinutes ?? 0,
      };
    });
    return {
      membershipId: membership.id,
      userId: membership.userId,
      displayName: person?.displayName ?? '',
      email: person?.email ?? '',
      licenseNumber: person?.licenseNumber ?? null,
      licenseState: person?.licenseState ?? null,
      role: membership.role,
      handsOnCertified: credentials.some(
        (cell) =>
          CURRENT.has(cell.status) &&
          cell.credentialKind !== null &&
          cell.credentialKind !== CredentialKind.DIDACTIC,
      ),
      worstStatus: memberComplianceStatus(
        credentials.map((cell) => cell.status),
        membership,
      ),
      // The soonest expiry still ahead (today included) among the member's unrevoked
      // credentials: one already past is shown as EXPIRED, not as an expiry to come.
      nextExpiry:
        credentials
          .flatMap((cell) =>
            cell.expiresOn && !cell.revokedOn && cell.expiresOn >= today ? [cell.expiresOn] : [],
          )
          .sort()[0] ?? null,
      credentials,
      eligibility: input.eligibility?.get(membership.userId) ?? null,
    };
  });
}

/** Cells per status, of members required to hold the credentials (NOT_REQUIRED is not counted). */
export function complianceTotals(
  rows: readonly ComplianceRow[],
  statuses: readonly ComplianceStatus[],
): { status: ComplianceStatus; count: number }[] {
  const totals = new Map<ComplianceStatus, number>(statuses.map((status) => [status, 0]));
  for (const row of rows) {
    for (const cell of row.credentials) {
      const counted = totals.get(cell.status);
      if (counted !== undefined) totals.set(cell.status, counted + 1);
    }
  }
  return [...totals].map(([status, count]) => ({ status, count }));
}
