import { describe, expect, it } from 'vitest';
import { approvalsWithHours, creditEnded, defaultHours, utcDay } from './course-credit';

const lines = [
  { label: 'Florida Board', approvalNumber: 'FL-1', text: '1.75 contact hours of 50 minutes' },
  { label: 'IACET', approvalNumber: 'I-9', text: '1.5 contact hours of 60 minutes' },
  {
    label: 'Default (60-minute hours)',
    approvalNumber: null,
    text: '1.5 contact hours of 60 minutes',
  },
];

describe('approvalsWithHours', () => {
  it('gives each approval the hours in its own unit, matched by body and number', () => {
    const approvals = [
      { id: 'b', body: 'IACET', approvalNumber: 'I-9' },
      { id: 'a', body: 'Florida Board', approvalNumber: 'FL-1' },
    ];
    expect(approvalsWithHours(approvals, lines)).toEqual([
      {
        id: 'b',
        body: 'IACET',
        approvalNumber: 'I-9',
        hoursText: '1.5 contact hours of 60 minutes',
      },
      {
        id: 'a',
        body: 'Florida Board',
        approvalNumber: 'FL-1',
        hoursText: '1.75 contact hours of 50 minutes',
      },
    ]);
  });

  it('leaves the hours out rather than guess when no line matches', () => {
    expect(
      approvalsWithHours([{ body: 'Florida Board', approvalNumber: 'FL-2' }], lines)[0]?.hoursText,
    ).toBeNull();
  });
});

describe('defaultHours', () => {
  it('is the line without an approval number', () => {
    expect(defaultHours(lines)).toBe('1.5 contact hours of 60 minutes');
    expect(defaultHours(lines.slice(0, 2))).toBeNull();
  });
});

describe('the credit period', () => {
  it('is open through its last day and ended after it', () => {
    expect(creditEnded('2026-03-01', '2026-03-01')).toBe(false);
    expect(creditEnded('2026-03-01', '2026-03-02')).toBe(true);
    expect(creditEnded(null, '2026-03-02')).toBe(false);
  });

  it('counts days in UTC', () => {
    expect(utcDay(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});
