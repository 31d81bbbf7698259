import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toCsv } from '@fascicle/learning';
import { Clock, todayUtc } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { UserEntity } from '../identity/entities/user.entity.js';
import { ComplianceStatus, SEVERITY, STATUS_SQL } from './compliance-status.js';
import { OrganizationsService } from './organizations.service.js';

export interface ComplianceCell {
  requirementId: string;
  label: string;
  status: ComplianceStatus;
  certificateCode: string | null;
  completedOn: string | null;
  expiresOn: string | null;
  revokedOn: string | null;
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
  /** The soonest expiry among the member's credentials; null when none expires. */
  nextExpiry: string | null;
  credentials: ComplianceCell[];
}

export interface ComplianceReport {
  organizationId: string;
  generatedAt: Date;
  requirements: { id: string; label: string }[];
  totals: { status: ComplianceStatus; count: number }[];
  rows: ComplianceRow[];
}

/**
 * Who may practise, who is about to lapse. One SQL statement computes every member ×
 * requirement cell (the best certificate for each: not revoked first, then the latest
 * expiry), whatever the clinic's size; the rows are then grouped, filtered and sorted here.
 * Only ACTIVE members are in it: a clinic sees credentials only while the person consents
 * by being a member.
 */
@Injectable()
export class ComplianceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
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

  /** Every member (or one: `userId`) against every requirement, in one statement. */
  private async build(organizationId: string, userId: string | null): Promise<ComplianceReport> {
    const today = todayUtc(this.clock);
    const cells = (await this.db.query(
      `WITH reqs AS (
         SELECT id, label, program_id, course_id, created_at FROM required_credentials
          WHERE organization_id = $1
       ), mem AS (
         SELECT m.id AS membership_id, m.user_id, m.role, u.display_name, u.email,
                u.license_number, u.license_state
           FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.organization_id = $1 AND m.status = 'ACTIVE'
            AND ($3::uuid IS NULL OR m.user_id = $3::uuid)
       )
       SELECT mem.membership_id AS "membershipId", mem.user_id AS "userId", mem.role,
              mem.display_name AS "displayName", mem.email, mem.license_number AS "licenseNumber",
              mem.license_state AS "licenseState",
              r.id AS "requirementId", r.label, b.code AS "certificateCode",
              to_char(b.completed_on, 'YYYY-MM-DD') AS "completedOn",
              to_char(b.expires_on, 'YYYY-MM-DD') AS "expiresOn",
              to_char(b.revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "revokedOn",
              ${STATUS_SQL} AS status
         FROM mem
         LEFT JOIN reqs r ON true
         LEFT JOIN LATERAL (
           SELECT c.code, c.completed_on, c.expires_on, c.revoked_at
             FROM certificates c LEFT JOIN enrollments e ON e.id = c.enrollment_id
            WHERE c.user_id = mem.user_id
              AND ((r.program_id IS NOT NULL AND c.program_id = r.program_id)
                OR (r.course_id IS NOT NULL AND e.course_id = r.course_id))
            ORDER BY (c.revoked_at IS NULL) DESC, c.expires_on DESC NULLS FIRST, c.completed_on DESC
            LIMIT 1
         ) b ON r.id IS NOT NULL
        ORDER BY mem.display_name, mem.membership_id, r.created_at, r.id`,
      [organizationId, today, userId],
    )) as (Omit<ComplianceRow, 'worstStatus' | 'nextExpiry' | 'credentials'> &
      Omit<ComplianceCell, 'requirementId'> & { requirementId: string | null })[];

    const rows = new Map<string, ComplianceRow>();
    const requirements = new Map<string, string>();
    const totals = new Map<ComplianceStatus, number>(
      Object.values(ComplianceStatus).map((status) => [status, 0]),
    );
    for (const cell of cells) {
      const row =
        rows.get(cell.membershipId) ??
        rows
          .set(cell.membershipId, {
            membershipId: cell.membershipId,
            userId: cell.userId,
            displayName: cell.displayName,
            email: cell.email,
            licenseNumber: cell.licenseNumber,
            licenseState: cell.licenseState,
            role: cell.role,
            worstStatus: ComplianceStatus.VALID,
            nextExpiry: null,
            credentials: [],
          })
          .get(cell.membershipId)!;
      if (!cell.requirementId) continue;
      requirements.set(cell.requirementId, cell.label);
      row.credentials.push({
        requirementId: cell.requirementId,
        label: cell.label,
        status: cell.status,
        certificateCode: cell.certificateCode,
        completedOn: cell.completedOn,
        expiresOn: cell.expiresOn,
        revokedOn: cell.revokedOn,
      });
      totals.set(cell.status, totals.get(cell.status)! + 1);
      if (SEVERITY[cell.status] > SEVERITY[row.worstStatus]) row.worstStatus = cell.status;
      if (
        cell.expiresOn &&
        !cell.revokedOn &&
        (!row.nextExpiry || cell.expiresOn < row.nextExpiry)
      ) {
        row.nextExpiry = cell.expiresOn;
      }
    }
    return {
      organizationId,
      generatedAt: this.clock.now(),
      requirements: [...requirements].map(([id, label]) => ({ id, label })),
      totals: [...totals].map(([status, count]) => ({ status, count })),
      rows: [...rows.values()],
    };
  }

  /** The report as CSV, stamped with when and by whom; formula-looking cells neutralised. */
  async csv(organizationId: string, principal: Principal): Promise<string> {
    const report = await this.report(organizationId, principal);
    const by = await this.db.manager.findOneByOrFail(UserEntity, { id: principal.userId });
    const header = [
      'Member',
      'Email',
      'License',
      'Role',
      'Requirement',
      'Status',
      'Certificate',
      'Completed',
      'Expires',
      'Revoked',
    ];
    const stamp = [
      `Generated ${report.generatedAt.toISOString()} by ${by.displayName} <${by.email}>`,
      ...Array<string>(header.length - 1).fill(''),
    ];
    const lines = report.rows.flatMap((row) =>
      (row.credentials.length ? row.credentials : [null]).map((cell) => [
        row.displayName,
        row.email,
        [row.licenseState, row.licenseNumber].filter(Boolean).join(' '),
        row.role,
        cell?.label ?? '',
        cell?.status ?? '',
        cell?.certificateCode ?? '',
        cell?.completedOn ?? '',
        cell?.expiresOn ?? '',
        cell?.revokedOn ?? '',
      ]),
    );
    return toCsv(header, [stamp, ...lines]);
  }
}
