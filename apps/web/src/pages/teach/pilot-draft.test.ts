import { describe, expect, it } from 'vitest';
import { EMPTY_PILOT, parsePilot } from './pilot-draft';

describe('recording a pilot', () => {
  it('needs three independent testers, a median and a note', () => {
    expect(parsePilot({ ...EMPTY_PILOT, testers: '2', medianMinutes: '0' })).toEqual({
      ok: false,
      errors: {
        testers: 'A pilot needs at least 3 testers',
        medianMinutes: 'The median must be more than 0 minutes',
        note: 'Say who the testers were and how they were timed',
        independentOfAuthors: 'Only testers independent of the authors count: confirm they were',
      },
    });
  });

  it('reads a median with a decimal comma', () => {
    expect(
      parsePilot({
        testers: '4',
        medianMinutes: '8,5',
        note: ' Four PTs from a partner clinic. ',
        independentOfAuthors: true,
      }),
    ).toEqual({
      ok: true,
      values: {
        testers: 4,
        medianMinutes: 8.5,
        note: 'Four PTs from a partner clinic.',
        independentOfAuthors: true,
      },
    });
  });
});
