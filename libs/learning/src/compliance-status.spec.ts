import {
  bestHeldCredential,
  complianceStatus,
  ComplianceStatus,
  COMPLIANCE_SEVERITY,
  COUNTED_COMPLIANCE_STATUSES,
  memberComplianceStatus,
  type HeldCredential,
} from './compliance-status.js';

const today = '2026-06-15';
const held = (expiresOn: string | null, revokedAt: Date | null = null): HeldCredential => ({
  completedOn: '2024-06-15',
  expiresOn,
  revokedAt,
});

describe('complianceStatus', () => {
  it.each<[string, HeldCredential | null, ComplianceStatus]>([
    ['none held', null, ComplianceStatus.MISSING],
    ['never expires', held(null), ComplianceStatus.VALID],
    ['61 days left', held('2026-08-15'), ComplianceStatus.VALID],
    ['60 days left', held('2026-08-14'), ComplianceStatus.EXPIRING_60],
    ['31 days left', held('2026-07-16'), ComplianceStatus.EXPIRING_60],
    ['30 days left', held('2026-07-15'), ComplianceStatus.EXPIRING_30],
    ['its last valid day', held('2026-06-15'), ComplianceStatus.EXPIRING_30],
    ['expired yesterday', held('2026-06-14'), ComplianceStatus.EXPIRED],
    ['revoked', held('2027-01-01', new Date('2026-01-01T00:00:00Z')), ComplianceStatus.REVOKED],
    [
      'revoked and expired',
      held('2025-01-01', new Date('2024-12-01T00:00:00Z')),
      ComplianceStatus.REVOKED,
    ],
  ])('%s: %s', (_case, credential, status) => {
    expect(complianceStatus(credential, today)).toBe(status);
  });

  it('is NOT_REQUIRED for a member the clinic does not require, whatever they hold', () => {
    const notRequired = { requiredToHold: false };
    expect(complianceStatus(null, today, notRequired)).toBe(ComplianceStatus.NOT_REQUIRED);
    expect(complianceStatus(held('2026-06-14'), today, notRequired)).toBe(
      ComplianceStatus.NOT_REQUIRED,
    );
    expect(complianceStatus(held(null), today, notRequired)).toBe(ComplianceStatus.NOT_REQUIRED);
    expect(complianceStatus(null, today, { requiredToHold: true })).toBe(ComplianceStatus.MISSING);
  });

  it('counts every status in the totals but NOT_REQUIRED', () => {
    expect(COUNTED_COMPLIANCE_STATUSES).toEqual([
      ComplianceStatus.VALID,
      ComplianceStatus.EXPIRING_60,
      ComplianceStatus.EXPIRING_30,
      ComplianceStatus.EXPIRED,
      ComplianceStatus.REVOKED,
      ComplianceStatus.MISSING,
    ]);
  });

  it('ranks every status, worst last', () => {
    expect(
      Object.values(ComplianceStatus).sort(
        (a, b) => COMPLIANCE_SEVERITY[a] - COMPLIANCE_SEVERITY[b],
      ),
    ).toEqual(Object.values(ComplianceStatus));
  });
});

describe('memberComplianceStatus', () => {
  const required = { requiredToHold: true };

  it("is the worst of the member's credentials", () => {
    expect(
      memberComplianceStatus(
        [ComplianceStatus.VALID, ComplianceStatus.MISSING, ComplianceStatus.EXPIRING_30],
        required,
      ),
    ).toBe(ComplianceStatus.MISSING);
    expect(
      memberComplianceStatus([ComplianceStatus.EXPIRING_60, ComplianceStatus.VALID], required),
    ).toBe(ComplianceStatus.EXPIRING_60);
  });

  it('is VALID when the clinic requires nothing yet', () => {
    expect(memberComplianceStatus([], required)).toBe(ComplianceStatus.VALID);
  });

  it('is NOT_REQUIRED for a member the clinic does not require, even with nothing required', () => {
    const notRequired = { requiredToHold: false };
    expect(memberComplianceStatus([ComplianceStatus.MISSING], notRequired)).toBe(
      ComplianceStatus.NOT_REQUIRED,
    );
    expect(memberComplianceStatus([], notRequired)).toBe(ComplianceStatus.NOT_REQUIRED);
  });
});

describe('bestHeldCredential', () => {
  const revoked = { ...held('2030-01-01', new Date('2026-01-01T00:00:00Z')), code: 'revoked' };
  const later = { ...held('2027-01-01'), code: 'later' };
  const sooner = { ...held('2026-07-01'), code: 'sooner' };
  const forever = { ...held(null), code: 'forever' };

  it('is null when nothing is held', () => {
    expect(bestHeldCredential([])).toBeNull();
  });

  it('prefers an unrevoked certificate, then the latest expiry, never-expiring first', () => {
    expect(bestHeldCredential([revoked, sooner])?.code).toBe('sooner');
    expect(bestHeldCredential([sooner, later, revoked])?.code).toBe('later');
    expect(bestHeldCredential([later, forever, sooner])?.code).toBe('forever');
    expect(bestHeldCredential([revoked])?.code).toBe('revoked');
  });

  it('breaks a tie on expiry by the latest completion', () => {
    const renewed = { ...later, completedOn: '2025-01-01', code: 'renewed' };
    expect(bestHeldCredential([later, renewed])?.code).toBe('renewed');
    expect(bestHeldCredential([renewed, later])?.code).toBe('renewed');
  });
});
