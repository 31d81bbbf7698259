import {
  programRequirements,
  type ProgramEvidence,
  type ProgramRequirement,
} from './program-requirements.js';

const today = '2026-06-15';
const requirements: ProgramRequirement[] = [
  { kind: 'COURSE', courseId: 'safety' },
  { kind: 'COURSE', courseId: 'technique' },
  { kind: 'LIVE_MINUTES', sessionKind: 'LAB', minimumMinutes: 3000 },
  { kind: 'PRACTICAL_EXAM', checklistId: 'dry-needling' },
  { kind: 'SUPERVISED_SESSIONS', minimumCount: 3, withinDays: 30 },
];
const confirmed = (performedOn: string) => ({
  performedOn,
  status: 'CONFIRMED' as const,
  supervisorQualified: true,
});
const complete: ProgramEvidence = {
  programStartedOn: '2026-05-16',
  completedCourseIds: ['safety', 'technique', 'other'],
  liveCredits: [
    { sessionKind: 'LAB', creditedMinutes: 2400 },
    { sessionKind: 'LAB', creditedMinutes: 600 },
  ],
  practicalExams: [
    { checklistId: 'dry-needling', passed: false },
    { checklistId: 'dry-needling', passed: true },
  ],
  supervisedSessions: [confirmed('2026-05-16'), confirmed('2026-06-01'), confirmed(today)],
};
const check = (evidence: Partial<ProgramEvidence>) =>
  programRequirements(requirements, { ...complete, ...evidence }, today);

describe('programRequirements', () => {
  it('is met when every requirement holds, each exactly at its minimum', () => {
    expect(check({})).toEqual({ met: true, missing: [] });
  });

  it('lists a missing course', () => {
    expect(check({ completedCourseIds: ['safety'] })).toEqual({
      met: false,
      missing: [
        {
          kind: 'COURSE',
          courseId: 'technique',
          message: 'This course has no current certificate yet.',
        },
      ],
    });
  });

  it('counts live minutes of the required kind only, and is short by one minute', () => {
    const liveCredits = [
      { sessionKind: 'LAB', creditedMinutes: 2999 },
      { sessionKind: 'WEBINAR', creditedMinutes: 600 },
    ];
    expect(check({ liveCredits }).missing).toEqual([
      {
        kind: 'LIVE_MINUTES',
        sessionKind: 'LAB',
        neededMinutes: 3000,
        countedMinutes: 2999,
        message: '3000 credited minutes of LAB sessions are needed; 2999 count.',
      },
    ]);
    const anyKind = (minimumMinutes: number): ProgramRequirement[] => [
      { kind: 'LIVE_MINUTES', sessionKind: null, minimumMinutes },
    ];
    expect(programRequirements(anyKind(3599), { ...complete, liveCredits }, today).met).toBe(true);
    expect(programRequirements(anyKind(3600), { ...complete, liveCredits }, today).met).toBe(false);
  });

  it('needs a passed practical exam for the named checklist', () => {
    expect(
      check({
        practicalExams: [
          { checklistId: 'dry-needling', passed: false },
          { checklistId: 'other', passed: true },
        ],
      }).missing,
    ).toEqual([
      {
        kind: 'PRACTICAL_EXAM',
        checklistId: 'dry-needling',
        failedAttempts: 1,
        message: 'The practical examination has not been passed (1 attempt(s) recorded).',
      },
    ]);
    expect(check({ practicalExams: [] }).missing[0]?.message).toBe(
      'The practical examination has not been taken yet.',
    );
  });

  it('counts confirmed sessions by a qualified supervisor inside the period, and says why others did not', () => {
    // Started 2026-05-01 with a period of 30 days: sessions from 2026-05-01 to 2026-05-31 count.
    const result = check({
      programStartedOn: '2026-05-01',
      supervisedSessions: [
        confirmed('2026-05-01'), // the first day: counts
        confirmed('2026-05-31'), // the last day: counts
        confirmed('2026-04-30'), // before the start: outside
        confirmed('2026-06-01'), // a day after the period: outside
        { ...confirmed('2026-05-10'), status: 'PENDING' },
        { ...confirmed('2026-05-11'), status: 'REJECTED' },
        { ...confirmed('2026-05-12'), supervisorQualified: false },
      ],
    });
    expect(result).toEqual({
      met: false,
      missing: [
        {
          kind: 'SUPERVISED_SESSIONS',
          neededCount: 3,
          countedCount: 2,
          period: { from: '2026-05-01', until: '2026-05-31' },
          notCounted: { pending: 1, rejected: 1, supervisorNotQualified: 1, outsidePeriod: 2 },
          message:
            '3 confirmed supervised sessions between 2026-05-01 and 2026-05-31 are needed; 2 count.',
        },
      ],
    });
  });

  it('never counts a session dated after the evaluation day', () => {
    const result = check({
      supervisedSessions: [confirmed('2026-05-20'), confirmed(today), confirmed('2026-06-16')],
    });
    expect(result.missing[0]).toMatchObject({ countedCount: 2, notCounted: { outsidePeriod: 1 } });
  });

  it('counts sessions of any age when the requirement sets no period', () => {
    const noPeriod: ProgramRequirement = {
      kind: 'SUPERVISED_SESSIONS',
      minimumCount: 2,
      withinDays: null,
    };
    const evidence = {
      ...complete,
      supervisedSessions: [confirmed('2019-01-01'), confirmed('2020-02-29')],
    };
    expect(programRequirements([noPeriod], evidence, today)).toEqual({ met: true, missing: [] });
  });

  it('lists every missing requirement in order, and refuses a date that does not exist', () => {
    const nothing: ProgramEvidence = {
      programStartedOn: '2026-01-01',
      completedCourseIds: [],
      liveCredits: [],
      practicalExams: [],
      supervisedSessions: [],
    };
    expect(programRequirements(requirements, nothing, today).missing.map((m) => m.kind)).toEqual([
      'COURSE',
      'COURSE',
      'LIVE_MINUTES',
      'PRACTICAL_EXAM',
      'SUPERVISED_SESSIONS',
    ]);
    expect(() => programRequirements(requirements, nothing, '2026-02-30')).toThrow(RangeError);
  });
});
