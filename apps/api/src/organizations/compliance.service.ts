import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ComplianceStatus, COUNTED_COMPLIANCE_STATUSES, toCsv } from '@fascicle/learning';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { ComplianceQuery } from './compliance-query.js';
import {
  complianceRows,
  complianceTotals,
  type ComplianceCell,
  type ComplianceMember,
  type ComplianceRow,
} from './compliance-rows.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { RequiredCredentialEntity } from './entities/required-credential.entity.js';
import type { ComplianceArgs } from './models/compliance.model.js';
import { OrganizationErrors } from './organization-errors.js';
import { OrganizationsService } from './organizations.service.js';
import { MembershipStatus, OrganizationRole } from './organization-role.js';
import {
  STAFF_ELIGIBILITY,
  type StaffEligibility,
  type StaffEligibilityAnswer,
} from './staff-eligibility.js';

/** Meets every requirement on record in the clinic's state (confirmed or not). */
const meetsRuleOnRecord = (answer: StaffEligibilityAnswer): boolean =>
  answer.verdict === 'ELIGIBLE' || answer.verdict === 'CHECK_WITH_BOARD';

export type { ComplianceCell, ComplianceRow } from './compliance-rows.js';

export interface ComplianceReport {
  organizationId: string;
  state: string | null;
  generatedAt: Date;
  requirements: { id: string; label: string }[];
  totals: { status: ComplianceStatus; count: number }[];
  rows: ComplianceRow[];
}

/** One page of the report: its rows in order, each with the key its cursor carries. */
export interface CompliancePage extends Omit<ComplianceReport, 'rows'> {
  rows: (ComplianceRow & { key: string })[];
}

/**
 * Who may practise, who is about to lapse. A fixed number of queries whatever the clinic's
 * size: the members and requirements here, the accounts from identity, the certificates from
 * credentials; the rules that pick the certificate speaking for each cell and its status are in
 * `@fascicle/learning`. A page (`page`) is sorted, filtered, cut and totalled by the database
 * (compliance-query.ts), and only its members' rows are built; the CSV builds every row. Only
 * ACTIVE members are in it: a clinic sees credentials only while the person consents by being
 * a member. A member the clinic does not require to hold its credentials is listed as
 * NOT_REQUIRED and left out of the totals.
 */
@Injectable()
export class ComplianceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly identity: IdentityReader,
    private readonly credentials: CredentialsReader,
    private readonly query: ComplianceQuery,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(STAFF_ELIGIBILITY) private readonly eligibility: StaffEligibility,
  ) {}

  /** The whole report, every row built (the CSV). */
  async report(organizationId: string, principal: Principal): Promise<ComplianceReport> {
    await this.organizations.asAdmin(organizationId, principal);
    return this.build(organizationId, null);
  }

  /**
   * One page of the report for the clinic's admins. `organization` is the clinic as its
   * `organization` field found it for the caller (their membership checked there, once per
   * request): its state and the caller's role in it.
   */
  async page(
    organization: { id: string; state: string | null; viewerRole: OrganizationRole },
    args: ComplianceArgs,
  ): Promise<CompliancePage> {
    if (organization.viewerRole !== OrganizationRole.ORG_ADMIN) {
      throw OrganizationErrors.adminsOnly();
    }
    const { id: organizationId, state } = organization;
    const after = args.after ? decodeCursor(args.after) : null;
    const today = todayUtc(this.clock);
    const wantsEligible = args.eligibleHere !== undefined && args.eligibleHere !== null;
    // The filter needs everyone's answer; without it only the page's members are asked.
    const everyone =
      wantsEligible && state ? await this.eligibilityOfEveryone(organizationId, state) : null;
    const [requirements, members, totals] = await Promise.all([
      this.requirementsOf(organizationId),
      this.query.page({
        organizationId,
        today,
        sort: args.sort,
        status: args.status ?? null,
        eligible: wantsEligible
          ? {
              userIds: everyone
                ? [...everyone].flatMap(([userId, answer]) =>
                    meetsRuleOnRecord(answer) ? [userId] : [],
                  )
                : [],
              wanted: args.eligibleHere === true,
            }
          : null,
        after,
        limit: args.first + 1,
      }),
      this.query.totals(organizationId, today),
    ]);
    const rows = await this.rows(today, members, requirements, state, everyone);
    return {
      organizationId,
      state,
      generatedAt: this.clock.now(),
      requirements: requirements.map(({ id, label }) => ({ id, label })),
      totals,
      rows: rows.map((row, i) => ({ ...row, key: members[i]!.key })),
    };
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
    const requirements = await this.requirementsOf(organizationId);
    const memberships = await this.db.manager.findBy(MembershipEntity, {
      organizationId,
      status: MembershipStatus.ACTIVE,
      ...(userId ? { userId } : {}),
    });
    const { state } = await this.db.manager.findOneByOrFail(OrganizationEntity, {
      id: organizationId,
    });
    const rows = await this.rows(today, memberships, requirements, state, null);
    return {
      organizationId,
      state,
      generatedAt: this.clock.now(),
      requirements: requirements.map(({ id, label }) => ({ id, label })),
      totals: complianceTotals(rows, COUNTED_COMPLIANCE_STATUSES),
      rows: rows.sort(
        (a, b) =>
          a.displayName.localeCompare(b.displayName) ||
          a.membershipId.localeCompare(b.membershipId),
      ),
    };
  }

  private requirementsOf(organizationId: string): Promise<RequiredCredentialEntity[]> {
    return this.db.manager.find(RequiredCredentialEntity, {
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The members' rows, in the order given: their accounts, certificates and eligibility. */
  private async rows(
    today: string,
    members: readonly ComplianceMember[],
    requirements: readonly RequiredCredentialEntity[],
    state: string | null,
    eligibility: Map<string, StaffEligibilityAnswer> | null,
  ): Promise<ComplianceRow[]> {
    const userIds = members.map((member) => member.userId);
    const [people, held, answers] = await Promise.all([
      this.identity.accountsByIds(userIds),
      this.credentials.heldFor(userIds, {
        programIds: requirements.flatMap((r) => (r.programId ? [r.programId] : [])),
        courseIds: requirements.flatMap((r) => (r.courseId ? [r.courseId] : [])),
      }),
      eligibility ?? (state ? this.eligibility.forStaff(userIds, state) : null),
    ]);
    return complianceRows({ today, members, requirements, people, held, eligibility: answers });
  }

  /** Every active member's answer in the clinic's state (the eligibleHere filter). */
  private async eligibilityOfEveryone(
    organizationId: string,
    state: string,
  ): Promise<Map<string, StaffEligibilityAnswer>> {
    const members = await this.db.manager.find(MembershipEntity, {
      select: { userId: true },
      where: { organizationId, status: MembershipStatus.ACTIVE },
    });
    return this.eligibility.forStaff(
      members.map((member) => member.userId),
      state,
    );
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
