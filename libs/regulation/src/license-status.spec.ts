import { effectiveLicenseStatus } from './license-status.js';

describe('effectiveLicenseStatus', () => {
  const today = '2026-12-04';

  it('keeps an active license active through its renewal date', () => {
    expect(effectiveLicenseStatus('ACTIVE', '2026-12-04', today)).toBe('ACTIVE');
    expect(effectiveLicenseStatus('ACTIVE', '2027-06-30', today)).toBe('ACTIVE');
    expect(effectiveLicenseStatus('ACTIVE', null, today)).toBe('ACTIVE');
  });

  it('calls an active license past its renewal date expired', () => {
    expect(effectiveLicenseStatus('ACTIVE', '2026-12-03', today)).toBe('EXPIRED');
  });

  it("lets the board's action stand over the calendar", () => {
    expect(effectiveLicenseStatus('SUSPENDED', '2020-01-01', today)).toBe('SUSPENDED');
    expect(effectiveLicenseStatus('REVOKED', '2030-01-01', today)).toBe('REVOKED');
    expect(effectiveLicenseStatus('INACTIVE', '2020-01-01', today)).toBe('INACTIVE');
  });
});
