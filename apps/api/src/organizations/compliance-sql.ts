import { COMPLIANCE_SEVERITY, ComplianceStatus, EXPIRING_WITHIN } from '@fascicle/learning';
import { ComplianceSort } from './models/compliance.model.js';

/**
 * The rules of `@fascicle/learning` (`bestHeldCredential`, `complianceStatus`,
 * `memberComplianceStatus`) and the report's sort keys (`sortKeySql`), spelled in SQL
 * so that the database can sort, filter and page the report without building every row. The
 * thresholds and severities are read from the TypeScript rules, not repeated;
 * test/organizations/compliance-sql.e2e.ts checks, member by member, that both agree.
 */

/** Statuses from the least to the most severe: index = severity. */
const BY_SEVERITY = (Object.keys(COMPLIANCE_SEVERITY) as ComplianceStatus[]).sort(
  (a, b) => COMPLIANCE_SEVERITY[a] - COMPLIANCE_SEVERITY[b],
);

const literal = (status: ComplianceStatus) => `'${status}'`;

/**
 * `ORDER BY` terms putting first the certificate `bestHeldCredential` picks among a holder's
 * for one requirement: unrevoked first, then the latest expiry (never expiring before any),
 * then the latest completion. `h` names a row with `revoked_at`, `expires_on`, `completed_on`.
 */
export const BEST_HELD_ORDER_SQL = (h: string): string =>
  `(${h}.revoked_at IS NULL) DESC, ${h}.expires_on DESC NULLS FIRST, ${h}.completed_on DESC`;

/**
 * `complianceStatus` of a cell: `requiredToHold` (boolean), `held` (whether a certificate
 * speaks for it), its `revokedAt` and `expiresOn` (date), on `today` (date): SQL expressions.
 */
export function complianceStatusSql(cell: {
  requiredToHold: string;
  held: string;
  revokedAt: string;
  expiresOn: string;
  today: string;
}): string {
  const expiring = [...EXPIRING_WITHIN]
    .sort((a, b) => a.days - b.days)
    .map(
      ({ status, days }) =>
        `WHEN ${cell.expiresOn} - ${cell.today} <= ${Number(days)} THEN ${literal(status)}`,
    )
    .join(' ');
  return `CASE WHEN NOT ${cell.requiredToHold} THEN ${literal(ComplianceStatus.NOT_REQUIRED)}
    WHEN NOT ${cell.held} THEN ${literal(ComplianceStatus.MISSING)}
    WHEN ${cell.revokedAt} IS NOT NULL THEN ${literal(ComplianceStatus.REVOKED)}
    WHEN ${cell.expiresOn} IS NULL THEN ${literal(ComplianceStatus.VALID)}
    WHEN ${cell.today} > ${cell.expiresOn} THEN ${literal(ComplianceStatus.EXPIRED)}
    ${expiring}
    ELSE ${literal(ComplianceStatus.VALID)} END`;
}

/** `COMPLIANCE_SEVERITY[status]` of a status expression (text). */
export const severitySql = (status: string): string =>
  `(array_position(ARRAY[${BY_SEVERITY.map(literal).join(', ')}]::text[], ${status}) - 1)`;

/** The status of a severity expression (an integer): the inverse of `severitySql`. */
export const statusOfSeveritySql = (severity: string): string =>
  `(ARRAY[${BY_SEVERITY.map(literal).join(', ')}]::text[])[${severity} + 1]`;

/**
 * `memberComplianceStatus` as a severity: NOT_REQUIRED when not required, otherwise the worst
 * of the cells' severities (an aggregate expression), VALID when there are none.
 */
export const memberSeveritySql = (requiredToHold: string, cellSeverities: string): string =>
  `CASE WHEN NOT ${requiredToHold} THEN ${COMPLIANCE_SEVERITY.NOT_REQUIRED}
    ELSE greatest(${COMPLIANCE_SEVERITY.VALID}, coalesce(${cellSeverities}, ${COMPLIANCE_SEVERITY.VALID})) END`;

/** What `NEXT_EXPIRY` sorts a member without an expiry ahead as: last. */
export const NO_EXPIRY_KEY = '9999-12-31';

/**
 * The report's order as SQL text, and the cursor's key: NAME by the lower-cased name,
 * NEXT_EXPIRY by the soonest expiry ahead (none: last), WORST_STATUS worst first (the severity
 * inverted) then by name; the membership id breaks ties. From the member's lower-cased name,
 * worst severity and next expiry (date or null). Compared with `KEY_COLLATION`, the
 * collation of ICU's root locale, as JavaScript's `localeCompare` does.
 */
export function sortKeySql(
  sort: ComplianceSort,
  member: { lowerName: string; severity: string; nextExpiry: string },
): string {
  switch (sort) {
    case ComplianceSort.NAME:
      return member.lowerName;
    case ComplianceSort.NEXT_EXPIRY:
      return `coalesce(${member.nextExpiry}::text, '${NO_EXPIRY_KEY}')`;
    case ComplianceSort.WORST_STATUS:
      return `(9 - ${member.severity})::text || ':' || ${member.lowerName}`;
  }
}

/**
 * ICU's root collation: the order `String.prototype.localeCompare` gives in Node (en-US, also
 * root) for the keys above. Both PostgreSQL 15 (Debian) and PGlite ship it.
 */
export const KEY_COLLATION = '"und-x-icu"';
