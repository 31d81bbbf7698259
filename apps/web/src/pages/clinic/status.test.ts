import { describe, expect, it } from 'vitest';
import { chartRows, isComplianceStatus } from './status';

describe('chartRows', () => {
  it('lists every state in a fixed order, missing totals as zero', () => {
    const rows = chartRows([
      { status: 'MISSING', count: 2 },
      { status: 'VALID', count: 6 },
    ]);
    expect(rows.map((row) => row.status)).toEqual([
      'VALID',
      'EXPIRING_60',
      'EXPIRING_30',
      'EXPIRED',
      'REVOKED',
      'MISSING',
    ]);
    expect(rows.map((row) => row.count)).toEqual([6, 0, 0, 0, 0, 2]);
  });

  it('gives shares of the whole, and bars as long as those shares', () => {
    const rows = chartRows([
      { status: 'VALID', count: 6 },
      { status: 'EXPIRED', count: 3 },
      { status: 'MISSING', count: 3 },
    ]);
    const valid = rows.find((row) => row.status === 'VALID')!;
    const expired = rows.find((row) => row.status === 'EXPIRED')!;
    expect(valid).toMatchObject({ percent: 50, barPercent: 50 });
    expect(expired).toMatchObject({ percent: 25, barPercent: 25 });
  });

  it('leaves out members not required: they are not counted', () => {
    const rows = chartRows([
      { status: 'VALID', count: 1 },
      { status: 'NOT_REQUIRED', count: 5 },
      { status: 'MISSING', count: 1 },
    ]);
    expect(rows.map((row) => row.status)).not.toContain('NOT_REQUIRED');
    expect(rows.find((row) => row.status === 'MISSING')).toMatchObject({ count: 1, percent: 50 });
  });

  it('draws no bars and no shares when nothing is required yet', () => {
    const rows = chartRows([]);
    expect(rows.every((row) => row.count === 0 && row.percent === 0 && row.barPercent === 0)).toBe(
      true,
    );
  });
});

describe('isComplianceStatus', () => {
  it('accepts the API states only', () => {
    expect(isComplianceStatus('EXPIRING_30')).toBe(true);
    expect(isComplianceStatus('NOT_REQUIRED')).toBe(true);
    expect(isComplianceStatus('expired')).toBe(false);
    expect(isComplianceStatus(null)).toBe(false);
  });
});
