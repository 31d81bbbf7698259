import type { ComplianceStatus } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

/** How each compliance state looks and reads, from best to worst. */
export const STATUS_LOOK: Record<ComplianceStatus, { tone: Tone; words: string }> = {
  NOT_REQUIRED: { tone: 'neutral', words: 'Not required' },
  VALID: { tone: 'ok', words: 'Valid' },
  EXPIRING_60: { tone: 'info', words: 'Expires within 60 days' },
  EXPIRING_30: { tone: 'warn', words: 'Expires within 30 days' },
  EXPIRED: { tone: 'danger', words: 'Expired' },
  REVOKED: { tone: 'danger', words: 'Revoked' },
  MISSING: { tone: 'neutral', words: 'Missing' },
};

/** The states the totals count, in the chart's order: a member not required is not counted. */
export const STATUS_ORDER: ComplianceStatus[] = [
  'VALID',
  'EXPIRING_60',
  'EXPIRING_30',
  'EXPIRED',
  'REVOKED',
  'MISSING',
];

/** What the roster filters by: the counted states, then the members not required. */
export const FILTER_STATUSES: ComplianceStatus[] = [...STATUS_ORDER, 'NOT_REQUIRED'];

export function isComplianceStatus(value: string | null): value is ComplianceStatus {
  return value !== null && (FILTER_STATUSES as string[]).includes(value);
}

export interface ChartRow {
  status: ComplianceStatus;
  count: number;
  /** Share of all cells, rounded to a whole percent (0 when there are none). */
  percent: number;
  /**
   * Bar length as the share of the whole, 0 to 100, unrounded: a bar that filled the row for
   * the largest group read as "everyone" when that group was half the staff.
   */
  barPercent: number;
}

/**
 * Every state in a fixed order (missing totals count as 0), with its share of the whole and
 * its bar length; a chart that reorders by size would make clinics compare the wrong bars.
 */
export function chartRows(
  totals: readonly { status: ComplianceStatus; count: number }[],
): ChartRow[] {
  const counts = new Map(totals.map((total) => [total.status, total.count]));
  const all = STATUS_ORDER.reduce((sum, status) => sum + (counts.get(status) ?? 0), 0);
  return STATUS_ORDER.map((status) => {
    const count = counts.get(status) ?? 0;
    return {
      status,
      count,
      percent: all === 0 ? 0 : Math.round((count / all) * 100),
      barPercent: all === 0 ? 0 : (count / all) * 100,
    };
  });
}
