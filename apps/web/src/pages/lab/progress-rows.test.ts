import { describe, expect, it } from 'vitest';
import { requirementRows, type Missing, type ProgramRequirements } from './progress-rows';

const PROGRAM: ProgramRequirements = {
  courses: [
    { id: 'c-1', title: 'Safety' },
    { id: 'c-2', title: 'Upper quarter' },
  ],
  handsOn: {
    liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: 3000 }],
    practicalExam: true,
    supervisedSessions: { minimumCount: 25, withinDays: null },
  },
};

function missing(changes: Partial<Missing> & Pick<Missing, 'kind' | 'message'>): Missing {
  return { courseId: null, neededMinutes: null, neededCount: null, ...changes };
}

describe('requirementRows', () => {
  it('lists every requirement in order, met unless the API says it is missing', () => {
    const rows = requirementRows(PROGRAM, [
      missing({ kind: 'COURSE', courseId: 'c-2', message: 'Complete “Upper quarter”' }),
      missing({ kind: 'LIVE_MINUTES', neededMinutes: 3000, message: '2,880 of 3,000 minutes' }),
    ]);
    expect(rows.map((row) => [row.label, row.met, row.message])).toEqual([
      ['Course: Safety', true, null],
      ['Course: Upper quarter', false, 'Complete “Upper quarter”'],
      ['50 h at in-person labs', false, '2,880 of 3,000 minutes'],
      ['A passed practical exam', true, null],
      ['25 supervised sessions', true, null],
    ]);
  });

  it('keeps a missing requirement it did not foresee rather than drop it', () => {
    const rows = requirementRows({ courses: [], handsOn: null }, [
      missing({ kind: 'PRACTICAL_EXAM', message: 'Pass the practical exam' }),
    ]);
    expect(rows).toEqual([
      {
        key: 'other-0',
        kind: 'PRACTICAL_EXAM',
        label: 'Pass the practical exam',
        met: false,
        message: 'Pass the practical exam',
      },
    ]);
  });
});
