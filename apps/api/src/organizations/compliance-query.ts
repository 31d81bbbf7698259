import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ComplianceStatus, COUNTED_COMPLIANCE_STATUSES } from '@fascicle/learning';
import type { KeysetCursor } from '../common/pagination/connection.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import { IdentityReader } from '../identity/identity-reader.js';
import {
  BEST_HELD_ORDER_SQL,
  complianceStatusSql,
  KEY_COLLATION,
  memberSeveritySql,
  severitySql,
  sortKeySql,
} from './compliance-sql.js';
import { ComplianceSort } from './models/compliance.model.js';
import { MembershipStatus } from './organization-role.js';

/** A member of a page, in the report's order, with the key its cursor carries. */
export interface ComplianceKeyedMember {
  id: string;
  userId: string;
  role: string;
  requiredToHold: boolean;
  key: string;
}

export interface CompliancePageQuery {
  organizationId: string;
  today: string;
  sort: ComplianceSort;
  /** Only members with a cell in this status. */
  status: ComplianceStatus | null;
  /** Only members whose user id is (`wanted`) or is not (`!wanted`) among `userIds`. */
  eligible: { userIds: readonly string[]; wanted: boolean } | null;
  after: KeysetCursor | null;
  limit: number;
}

/** Numbered parameters for one statement. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The compliance report's order, filters and totals, computed by the database: one statement
 * for a page of members (keys, filters, cursor and limit in SQL), one aggregate for the totals.
 * The cells' rules are those of `@fascicle/learning`, spelled in SQL by compliance-sql.ts;
 * certificates and names come through their modules' readers' SQL fragments.
 */
@Injectable()
export class ComplianceQuery {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identity: IdentityReader,
    private readonly credentials: CredentialsReader,
  ) {}

  /** The page's members, `limit` at most, in the report's order after the cursor. */
  async page(query: CompliancePageQuery): Promise<ComplianceKeyedMember[]> {
    const parameters = new Parameters();
    const organizationId = parameters.add(query.organizationId);
    // Sorting by name without a status filter needs no cell at all.
    const needsCells = query.sort !== ComplianceSort.NAME || query.status !== null;
    const today = needsCells ? `${parameters.add(query.today)}::date` : 'NULL';
    const memberFilter = query.eligible
      ? `AND (m.user_id = ANY(${parameters.add(query.eligible.userIds)}::uuid[])) = ${parameters.add(query.eligible.wanted)}::boolean`
      : '';
    const lowerName =
      query.sort === ComplianceSort.NEXT_EXPIRY
        ? `''`
        : `lower(${this.identity.displayNameSql('m.user_id')})`;
    const key = sortKeySql(query.sort, {
      lowerName,
      severity: memberSeveritySql('m.required_to_hold', `max(${severitySql('c.status')})`),
      nextExpiry: `min(c.expires_on) FILTER (WHERE c.revoked_at IS NULL AND c.expires_on >= ${today})`,
    });
    const having = query.status ? `HAVING bool_or(c.status = ${parameters.add(query.status)})` : '';
    const cursor = query.after
      ? `WHERE k.key COLLATE ${KEY_COLLATION} > ${parameters.add(query.after.key)}
            OR (k.key = ${parameters.add(query.after.key)} AND k.id > ${parameters.add(query.after.id)}::uuid)`
      : '';
    const limit = parameters.add(query.limit);
    const members = `SELECT m.id, m.user_id, m.role, m.required_to_hold
                       FROM memberships m
                      WHERE m.organization_id = ${organizationId} AND m.status = '${MembershipStatus.ACTIVE}'
                        ${memberFilter}`;
    const sql = needsCells
      ? `WITH ${this.cells(members, organizationId, today)}
         SELECT * FROM (
           SELECT m.id, m.user_id, m.role, m.required_to_hold, ${key} AS key
             FROM members m LEFT JOIN cells c ON c.membership_id = m.id
            GROUP BY m.id, m.user_id, m.role, m.required_to_hold
            ${having}) k
         ${cursor}
         ORDER BY k.key COLLATE ${KEY_COLLATION}, k.id LIMIT ${limit}`
      : `SELECT * FROM (SELECT m.id, m.user_id, m.role, m.required_to_hold, ${key} AS key
                          FROM (${members}) m) k
         ${cursor}
         ORDER BY k.key COLLATE ${KEY_COLLATION}, k.id LIMIT ${limit}`;
    const rows = (await this.db.query(sql, parameters.values)) as {
      id: string;
      user_id: string;
      role: string;
      required_to_hold: boolean;
      key: string;
    }[];
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      role: row.role,
      requiredToHold: row.required_to_hold,
      key: row.key,
    }));
  }

  /**
   * Member × requirement cells per status, of the active members the clinic requires to hold
   * its credentials (every status but NOT_REQUIRED, zeros included): one aggregate.
   */
  async totals(
    organizationId: string,
    today: string,
  ): Promise<{ status: ComplianceStatus; count: number }[]> {
    const parameters = new Parameters();
    const organization = parameters.add(organizationId);
    const members = `SELECT m.id, m.user_id, m.role, m.required_to_hold
                       FROM memberships m
                      WHERE m.organization_id = ${organization} AND m.status = '${MembershipStatus.ACTIVE}'
                        AND m.required_to_hold`;
    const rows = (await this.db.query(
      `WITH ${this.cells(members, organization, `${parameters.add(today)}::date`)}
       SELECT c.status, count(*)::int AS count FROM cells c GROUP BY c.status`,
      parameters.values,
    )) as { status: ComplianceStatus; count: number }[];
    const counts = new Map(rows.map((row) => [row.status, row.count]));
    return COUNTED_COMPLIANCE_STATUSES.map((status) => ({
      status,
      count: counts.get(status) ?? 0,
    }));
  }

  /**
   * `members` (a query of memberships) and `cells`: each member × requirement with the
   * certificate `bestHeldCredential` picks (its expiry and revocation) and its status.
   */
  private cells(members: string, organizationId: string, today: string): string {
    const target = (row: string) =>
      `CASE WHEN ${row}.program_id IS NOT NULL THEN 'program:' || ${row}.program_id
            ELSE 'course:' || ${row}.course_id END`;
    return `members AS MATERIALIZED (${members}),
      requirements AS (
        SELECT r.id, ${target('r')} AS target
          FROM required_credentials r WHERE r.organization_id = ${organizationId}),
      held AS (
        SELECT h.user_id, ${target('h')} AS target, h.completed_on, h.expires_on, h.revoked_at
          FROM (${this.credentials.heldCertificatesSql('SELECT user_id FROM members')}) h),
      best AS (
        SELECT DISTINCT ON (m.id, r.id) m.id AS membership_id, m.required_to_hold,
               h.user_id IS NOT NULL AS held, h.expires_on, h.revoked_at
          FROM members m CROSS JOIN requirements r
          LEFT JOIN held h ON h.user_id = m.user_id AND h.target = r.target
         ORDER BY m.id, r.id, ${BEST_HELD_ORDER_SQL('h')}),
      cells AS (
        SELECT b.membership_id, b.expires_on, b.revoked_at,
               ${complianceStatusSql({
                 requiredToHold: 'b.required_to_hold',
                 held: 'b.held',
                 revokedAt: 'b.revoked_at',
                 expiresOn: 'b.expires_on',
                 today,
               })} AS status
          FROM best b)`;
  }
}
