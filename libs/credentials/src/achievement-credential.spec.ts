import { buildAchievementCredential } from './achievement-credential.js';
import { isWellFormedCertificateCode } from './certificate-code.js';
import { claims, issuer, urls } from './test-fixtures.js';

describe('buildAchievementCredential', () => {
  const vc = buildAchievementCredential(claims, issuer, urls);

  it('is a VC 2.0 Open Badges 3.0 credential named by its code', () => {
    expect(vc['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(isWellFormedCertificateCode(claims.code)).toBe(true);
    expect(vc.id).toBe('https://fascicle.example/credentials/7K3M-Q9TX-20AB-HM');
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.issuer).toEqual({ ...issuer, type: ['Profile'] });
  });

  it('is valid from the completion day through the whole expiry day', () => {
    expect(vc.validFrom).toBe('2026-03-09T00:00:00Z');
    expect(vc.validUntil).toBe('2028-03-09T23:59:59Z');
    const forever = buildAchievementCredential({ ...claims, expiresOn: null }, issuer, urls);
    expect(forever).not.toHaveProperty('validUntil');
  });

  it('names the holder, the license and the course version taken', () => {
    const subject = vc.credentialSubject;
    expect(subject.type).toEqual(['AchievementSubject']);
    expect(subject.name).toBe('Ada Okafor');
    expect(subject.license).toEqual({ number: 'RN-123456', state: 'OR' });
    expect(subject.achievement).toMatchObject({
      id: 'https://fascicle.example/credentials/achievements/sepsis-recognition/v3',
      type: ['Achievement'],
      achievementType: 'Course',
      name: 'Sepsis Recognition in the ED',
      creditsAvailable: 1.5,
      inLanguage: 'en',
    });
    expect(subject.achievement.criteria.narrative).toMatch(/seat time.*quiz.*evaluation/);
    const unlicensed = buildAchievementCredential(
      { ...claims, licenseNumber: null, licenseState: null },
      issuer,
      urls,
    );
    expect(unlicensed.credentialSubject).not.toHaveProperty('license');
  });

  it('carries what a CE auditor needs', () => {
    expect(vc.fascicle).toEqual({
      code: claims.code,
      ceHours: 1.5,
      completedOn: '2026-03-09',
      expiresOn: '2028-03-09',
      deliveryMethod: 'online',
      provider: 'Fascicle Continuing Education',
      approvals: claims.approvals,
      course: { slug: 'sepsis-recognition', version: 3 },
    });
  });

  it('points at its revocation bit', () => {
    expect(vc.credentialStatus).toEqual({
      id: 'https://fascicle.example/credentials/status/1#42',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '42',
      statusListCredential: 'https://fascicle.example/credentials/status/1',
    });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(vc))).toEqual(vc);
  });

  it('refuses malformed dates and status indexes', () => {
    expect(() =>
      buildAchievementCredential({ ...claims, completedOn: '9 March 2026' }, issuer, urls),
    ).toThrow(RangeError);
    expect(() =>
      buildAchievementCredential({ ...claims, statusListIndex: -1 }, issuer, urls),
    ).toThrow(RangeError);
  });
});
