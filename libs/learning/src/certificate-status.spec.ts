import { certificateStatus, CertificateStatus, expiryDate } from './certificate-status.js';

describe('certificateStatus', () => {
  const revokedAt = new Date('2026-04-01T12:00:00Z');

  it('is valid without expiry or revocation', () => {
    expect(certificateStatus({ revokedAt: null, expiresOn: null }, '2099-01-01')).toBe(
      CertificateStatus.VALID,
    );
  });

  it('is valid through the expiry day and expired the day after', () => {
    const cert = { revokedAt: null, expiresOn: '2027-03-31' };
    expect(certificateStatus(cert, '2027-03-30')).toBe(CertificateStatus.VALID);
    expect(certificateStatus(cert, '2027-03-31')).toBe(CertificateStatus.VALID);
    expect(certificateStatus(cert, '2027-04-01')).toBe(CertificateStatus.EXPIRED);
  });

  it('reports revoked, even when also expired', () => {
    expect(certificateStatus({ revokedAt, expiresOn: null }, '2026-04-02')).toBe(
      CertificateStatus.REVOKED,
    );
    expect(certificateStatus({ revokedAt, expiresOn: '2026-01-01' }, '2026-04-02')).toBe(
      CertificateStatus.REVOKED,
    );
  });

  it('refuses a malformed day rather than comparing strings wrongly', () => {
    expect(() =>
      certificateStatus({ revokedAt: null, expiresOn: '2027-03-31' }, '2027-4-1'),
    ).toThrow(RangeError);
  });
});

describe('expiryDate', () => {
  it('never expires without a validity period', () => {
    expect(expiryDate('2026-01-31', null)).toBeNull();
  });

  it('keeps the day of the month', () => {
    expect(expiryDate('2026-03-15', 1)).toBe('2026-04-15');
    expect(expiryDate('2026-03-15', 24)).toBe('2028-03-15');
    expect(expiryDate('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('crosses the year end', () => {
    expect(expiryDate('2026-11-30', 3)).toBe('2027-02-28');
    expect(expiryDate('2026-12-01', 1)).toBe('2027-01-01');
  });

  it("clamps to the target month's last day", () => {
    expect(expiryDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(expiryDate('2027-01-31', 13)).toBe('2028-02-29');
    expect(expiryDate('2026-03-31', 1)).toBe('2026-04-30');
    expect(expiryDate('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('refuses a fractional or negative validity and a malformed date', () => {
    expect(() => expiryDate('2026-01-31', 1.5)).toThrow(RangeError);
    expect(() => expiryDate('2026-01-31', -1)).toThrow(RangeError);
    expect(() => expiryDate('2026-02-30', 1)).toThrow(RangeError);
  });
});
