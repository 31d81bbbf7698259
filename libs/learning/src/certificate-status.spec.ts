import {
  certificateStatus,
  CertificateStatus,
  expiryDate,
  verifiedStatus,
} from './certificate-status.js';

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

describe('verifiedStatus', () => {
  const at = new Date('2026-05-01T09:00:00Z');

  it('is the certificate status while it is the current one', () => {
    expect(
      verifiedStatus({ revokedAt: null, expiresOn: null, supersededAt: null }, '2026-06-01'),
    ).toBe(CertificateStatus.VALID);
  });

  it('reads SUPERSEDED once reissued, even past its expiry', () => {
    expect(
      verifiedStatus({ revokedAt: null, expiresOn: '2026-05-31', supersededAt: at }, '2026-06-01'),
    ).toBe('SUPERSEDED');
  });

  it('reads REVOKED when revoked, reissued or not', () => {
    expect(verifiedStatus({ revokedAt: at, expiresOn: null, supersededAt: at }, '2026-06-01')).toBe(
      CertificateStatus.REVOKED,
    );
  });
});
