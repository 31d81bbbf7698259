import { approvalStatus, ApprovalStatus } from './approval-status.js';

describe('approvalStatus', () => {
  const approval = { validFrom: '2026-01-01', validUntil: '2027-12-31' };

  it('is active on both boundary days', () => {
    expect(approvalStatus(approval, '2026-01-01')).toBe(ApprovalStatus.ACTIVE);
    expect(approvalStatus(approval, '2027-12-31')).toBe(ApprovalStatus.ACTIVE);
  });

  it('is pending before and expired after', () => {
    expect(approvalStatus(approval, '2025-12-31')).toBe(ApprovalStatus.PENDING);
    expect(approvalStatus(approval, '2028-01-01')).toBe(ApprovalStatus.EXPIRED);
  });

  it('never expires without an end date', () => {
    expect(approvalStatus({ validFrom: '2020-01-01', validUntil: null }, '2099-01-01')).toBe(
      ApprovalStatus.ACTIVE,
    );
  });
});
