import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  bestHeldCredential,
  complianceStatus,
  ComplianceStatus,
  COUNTED_COMPLIANCE_STATUSES,
  memberComplianceStatus,
  toCsv,
} from '@fascicle/learning';
import { CredentialKind } from '@fascicle/catalog';
import { AuditService } from '../audit/audit.service.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CredentialsReader, type HeldCertificate } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { RequiredCredentialEntity } from './entities/required-credential.entity.js';
import { OrganizationsService } from './organizations.service.js';
import { MembershipStatus } from './organization-role.js';
import { requirementTargetKey } from './requirement-target.js';
import {
  STAFF_ELIGIBILITY,
  type StaffEligibility,
  type StaffEligibilityAnswer,
} from './staff-eligibility.js';

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

export interface ComplianceReport {
  organizationId: string;
  state: string | null;
  generatedAt: Date;
  requirements: { id: string; label: string }[];
  totals: { status: ComplianceStatus; count: number }[];
  rows: ComplianceRow[];
}

/** Statuses of a credential that is in force today. */
const CURRENT = new Set([
  ComplianceStatus.VALID,
  ComplianceStatus.EXPIRING_60,
  ComplianceStatus.EXPIRING_30,
]);

/**
 * Who may practise, who is about to lapse. A fixed number of queries computes every member ×
 * requirement cell whatever the clinic's size: the members and requirements here, the
 * accounts from identity, the certificates from credentials; the rules that pick the
 * certificate speaking for each cell and its status are in `@fascicle/learning`. The rows are
 * then filtered and sorted by the resolver. Only ACTIVE members are in it: a clinic sees
 * credentials only while the person consents by being a member. A member the clinic does not
 * require to hold its credentials is listed as NOT_REQUIRED and left out of the totals.
 */
@Injectable()
export class ComplianceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly identity: IdentityReader,
    private readonly credentials: CredentialsReader,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(STAFF_ELIGIBILITY) private readonly eligibility: StaffEligibility,
  ) {}

  async report(organizationId: string, principal: Principal): Promise<ComplianceReport> {
    await this.organizations.asAdmin(organizationId, principal);
    return this.build(organizationId, null);
  }

  /** The caller's own row: what the clinic requires of them, and where they stand. */
  async mine(organizationId: string, principal: Principal): Promise<ComplianceCell[]> {
    await this.organizations.membership(organizationId, principal);
    const report = await this.build(organizationId, principal.userId);
    return report.rows[0]?.credentials ?? [];
  }

  /** Every member (or one: `userId`) against every requirement. */
  private async build(organizationId: string, userId: string | null): Promise<ComplianceReport> {
    const today = todayUtc(this.clock);
    const requirements = await this.db.manager.find(RequiredCredentialEntity, {
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const memberships = await this.db.manager.findBy(MembershipEntity, {
      organizationId,
      status: MembershipStatus.ACTIVE,
      ...(userId ? { userId } : {}),
    });
    const userIds = memberships.map((membership) => membership.userId);
    const { state } = await this.db.manager.findOneByOrFail(OrganizationEntity, {
      id: organizationId,
    });
    const eligibility = state ? await this.eligibility.forStaff(userIds, state) : null;
    const people = await this.identity.accountsByIds(userIds);
    const held = await this.credentials.heldFor(userIds, {
      programIds: requirements.flatMap((r) => (r.programId ? [r.programId] : [])),
      courseIds: requirements.flatMap((r) => (r.courseId ? [r.courseId] : [])),
    });
    const heldByTarget = new Map<string, HeldCertificate[]>();
    for (const certificate of held) {
      // A program credential has a program, a course certificate a course: never both.
      const key = requirementTargetKey(certificate.userId, certificate);
      const same = heldByTarget.get(key);
      if (same) same.push(certificate);
      else heldByTarget.set(key, [certificate]);
    }

    // Members the clinic does not require to hold its credentials are listed, not counted.
    const totals = new Map<ComplianceStatus, number>(
      COUNTED_COMPLIANCE_STATUSES.map((status) => [status, 0]),
    );
    const rows = memberships.map((membership, i): ComplianceRow => {
      const person = people[i];
      const credentials = requirements.map((requirement): ComplianceCell => {
        const best = bestHeldCredential(
          heldByTarget.get(requirementTargetKey(membership.userId, requirement)) ?? [],
        );
        const status = complianceStatus(best, today, membership);
        const counted = totals.get(status);
        if (counted !== undefined) totals.set(status, counted + 1);
        return {
          requirementId: requirement.id,
          label: requirement.label,
          status,
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
        eligibility: eligibility?.get(membership.userId) ?? null,
      };
    });
    return {
      organizationId,
      state,
      generatedAt: this.clock.now(),
      requirements: requirements.map(({ id, label }) => ({ id, label })),
      totals: [...totals].map(([status, count]) => ({ status, count })),
      rows: rows.sort(
        (a, b) =>
          a.displayName.localeCompare(b.displayName) ||
          a.membershipId.localeCompare(b.membershipId),
      ),
    };
  }

  /**
   * The report as CSV, formula-looking cells neutralised: one header row, then data rows only,
   * so spreadsheets and importers read it as a table. When it was made goes in the file name;
   * who exported it, in the audit log.
   */
  async csv(
    organizationId: string,
    principal: Principal,
  ): Promise<{ csv: string; filename: string }> {
    const report = await this.report(organizationId, principal);
    await this.db.transaction((manager) =>
      this.audit.record(manager, {
        actorId: principal.userId,
        action: 'COMPLIANCE_EXPORTED',
        subjectType: 'organization',
        subjectId: organizationId,
        details: { generatedAt: report.generatedAt.toISOString() },
      }),
    );
    const header = [
      'Member',
      'Email',
      'License',
      'Role',
      'Requirement',
      'Status',
      'Kind',
      'Live minutes',
      'Certificate',
      'Completed',
      'Expires',
      'Revoked',
      ...(report.state ? [`Dry needling in ${report.state}`, 'Missing', 'Rules checked'] : []),
    ];
    const lines = report.rows.flatMap((row) =>
      (row.credentials.length ? row.credentials : [null]).map((cell) => [
        row.displayName,
        row.email,
        [row.licenseState, row.licenseNumber].filter(Boolean).join(' '),
        row.role,
        cell?.label ?? '',
        cell?.status ?? '',
        cell?.credentialKind ?? '',
        cell?.credentialKind ? cell.liveMinutes : '',
        cell?.certificateCode ?? '',
        cell?.completedOn ?? '',
        cell?.expiresOn ?? '',
        cell?.revokedOn ?? '',
        ...(report.state
          ? [
              row.eligibility?.verdict ?? '',
              row.eligibility?.missing.join('; ') ?? '',
              row.eligibility?.checkedOn ?? '',
            ]
          : []),
      ]),
    );
    // 2026-12-03T16:45:09.123Z → compliance-2026-12-03T164509Z.csv
    const stamp = report.generatedAt
      .toISOString()
      .replace(/:/g, '')
      .replace(/\.\d+Z$/, 'Z');
    return { csv: toCsv(header, lines), filename: `compliance-${stamp}.csv` };
  }
}
