import { programAward, type CourseCertificateHeld } from './program-award.js';

const today = '2026-06-15';
const certificate = (
  courseId: string,
  fields: Partial<CourseCertificateHeld> = {},
): CourseCertificateHeld => ({
  courseId,
  completedOn: '2026-01-10',
  expiresOn: null,
  revokedAt: null,
  creditMinutes: 60,
  liveMinutes: 0,
  ...fields,
});

describe('programAward', () => {
  it('is earned when every course has a current certificate, with their minutes', () => {
    expect(
      programAward(
        ['a', 'b'],
        [certificate('a', { creditMinutes: 90 }), certificate('b', { liveMinutes: 30 })],
        [],
        today,
      ),
    ).toEqual({ creditMinutes: 150, liveMinutes: 30 });
  });

  it('is not earned while a course is missing, revoked or expired', () => {
    const revoked = certificate('b', { revokedAt: new Date('2026-02-01T00:00:00Z') });
    const expired = certificate('b', { expiresOn: '2026-06-14' });
    expect(programAward(['a', 'b'], [certificate('a')], [], today)).toBeNull();
    expect(programAward(['a', 'b'], [certificate('a'), revoked], [], today)).toBeNull();
    expect(programAward(['a', 'b'], [certificate('a'), expired], [], today)).toBeNull();
  });

  it('counts a certificate on its last valid day', () => {
    const lastDay = certificate('a', { expiresOn: today });
    expect(programAward(['a'], [lastDay], [], today)).toEqual({
      creditMinutes: 60,
      liveMinutes: 0,
    });
  });

  it('counts the latest current certificate of a course once, ignoring other courses', () => {
    const older = certificate('a', { completedOn: '2025-01-01', creditMinutes: 45 });
    const newer = certificate('a', { completedOn: '2026-01-01', creditMinutes: 75 });
    const other = certificate('z', { creditMinutes: 500 });
    expect(programAward(['a'], [newer, older, other], [], today)).toEqual({
      creditMinutes: 75,
      liveMinutes: 0,
    });
    expect(programAward(['a'], [older, newer], [], today)?.creditMinutes).toBe(75);
  });

  it('is not given twice while a credential for the program is current', () => {
    const held = [certificate('a')];
    expect(
      programAward(['a'], held, [{ revokedAt: null, expiresOn: '2027-01-01' }], today),
    ).toBeNull();
    // A lapsed or revoked one no longer counts: the learner may earn it again.
    expect(
      programAward(
        ['a'],
        held,
        [
          { revokedAt: null, expiresOn: '2026-06-14' },
          { revokedAt: new Date('2026-03-01T00:00:00Z'), expiresOn: null },
        ],
        today,
      ),
    ).toEqual({ creditMinutes: 60, liveMinutes: 0 });
  });
});
