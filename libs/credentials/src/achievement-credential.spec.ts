import { CredentialKind } from '@fascicle/catalog';
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

  it('says what it certifies: the kind and the scope, in the description and the criteria', () => {
    const { description, criteria } = vc.credentialSubject.achievement;
    for (const text of [description, criteria.narrative]) {
      expect(text).toContain('Didactic coursework');
      expect(text).toContain(claims.scopeStatement);
    }
    expect(description).toMatch(/^Sepsis Recognition in the ED \(version 3\)\. Kind: Didactic/);
    const hybrid = buildAchievementCredential(
      { ...claims, credentialKind: CredentialKind.HYBRID, scopeStatement: 'Includes a lab day' },
      issuer,
      urls,
    );
    expect(hybrid.credentialSubject.achievement.description).toContain(
      'Kind: Hybrid (coursework and hands-on training). Includes a lab day.',
    );
    expect(hybrid.credentialSubject.achievement.criteria.narrative).toMatch(
      /evaluation\.\n\n\*\*Hybrid \(coursework and hands-on training\)\.\*\* Includes a lab day\.$/,
    );
  });

  it('names the unit of its hours, with the minutes and their split', () => {
    const { description, creditsAvailable } = vc.credentialSubject.achievement;
    expect(description).toContain(
      '1.5 contact hours of 50 minutes (Sample Board of Physical Therapy, SAMPLE-FND-001, a sample record), 95 minutes of instruction: 95 self-paced online, 0 live or in-person.',
    );
    // Open Badges defines creditsAvailable as credit hours: the text says which hours.
    expect(creditsAvailable).toBe(1.5);
    expect(description).toContain(
      'creditsAvailable (1.5) counts contact hours of 60 minutes, rounded down to the quarter hour.',
    );
    const unapproved = buildAchievementCredential({ ...claims, approvals: [] }, issuer, urls);
    expect(unapproved.credentialSubject.achievement.description).toContain(
      '1.5 contact hours of 60 minutes, 95 minutes of instruction',
    );
  });

  it('leaves out an empty scope statement without a gap', () => {
    const bare = buildAchievementCredential({ ...claims, scopeStatement: '  ' }, issuer, urls);
    const { description, criteria } = bare.credentialSubject.achievement;
    expect(description).toContain('Kind: Didactic coursework. 1.5 contact hours');
    expect(criteria.narrative.endsWith('**Didactic coursework.**')).toBe(true);
    expect(bare.fascicle.scopeStatement).toBe('');
  });

  it('carries what a CE auditor needs', () => {
    expect(vc.fascicle).toEqual({
      code: claims.code,
      ceHours: 1.5,
      creditMinutes: 95,
      onlineMinutes: 95,
      liveMinutes: 0,
      credentialKind: 'DIDACTIC',
      scopeStatement: claims.scopeStatement,
      completedOn: '2026-03-09',
      expiresOn: '2028-03-09',
      deliveryMethod: 'online',
      provider: 'Fascicle Continuing Education',
      approvals: [
        {
          body: 'Sample Board of Physical Therapy',
          approvalNumber: 'SAMPLE-FND-001',
          isSample: true,
          minutesPerHour: 50,
          increment: 0.5,
          hours: 1.5,
        },
      ],
      course: { slug: 'sepsis-recognition', version: 3 },
    });
  });

  it('gives an approval recorded without a unit 60-minute quarter hours', () => {
    const legacy = buildAchievementCredential(
      {
        ...claims,
        approvals: [{ body: 'Old Board', approvalNumber: 'OLD-1', isSample: false }],
      },
      issuer,
      urls,
    );
    expect(legacy.fascicle.approvals).toEqual([
      {
        body: 'Old Board',
        approvalNumber: 'OLD-1',
        isSample: false,
        minutesPerHour: 60,
        increment: 0.25,
        hours: 1.5,
      },
    ]);
    expect(legacy.credentialSubject.achievement.description).toContain(
      '1.5 contact hours of 60 minutes (Old Board, OLD-1),',
    );
  });

  it('describes a program as a certificate of completion, not a certification', () => {
    const program = buildAchievementCredential(
      { ...claims, program: true, courseTitle: 'Needling Coursework', courseSlug: 'coursework' },
      issuer,
      urls,
    );
    expect(program.name).toBe('Program certificate of completion: Needling Coursework');
    expect(program.credentialSubject.achievement).toMatchObject({
      id: 'https://fascicle.example/credentials/achievements/programs/coursework',
      achievementType: 'CertificateOfCompletion',
    });
    expect(program.credentialSubject.achievement.description).toMatch(
      /^Needling Coursework, a program of courses\. Kind: Didactic coursework\./,
    );
    expect(program.credentialSubject.achievement.criteria.narrative).toMatch(
      /^Held a valid certificate for every course of the program/,
    );
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

  it('refuses minutes that are not whole or do not add up', () => {
    for (const wrong of [
      { onlineMinutes: 90 },
      { liveMinutes: 5 },
      { creditMinutes: 95.5, onlineMinutes: 95.5 },
      { creditMinutes: -1, onlineMinutes: -1 },
    ]) {
      expect(() => buildAchievementCredential({ ...claims, ...wrong }, issuer, urls)).toThrow(
        RangeError,
      );
    }
  });
});
