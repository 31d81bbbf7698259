import { describe, expect, it } from 'vitest';
import { countsByProgram, errorsByField, muscleList } from './practice-words';

describe('practice words', () => {
  it('reads muscles one per line or by commas, blanks dropped', () => {
    expect(muscleList(' upper trapezius,\n\nlevator scapulae , ')).toEqual([
      'upper trapezius',
      'levator scapulae',
    ]);
  });

  it('counts sessions by program and status, confirmations that count only', () => {
    expect(
      countsByProgram([
        { programId: 'a', status: 'CONFIRMED' },
        { programId: 'b', status: 'PENDING' },
        { programId: 'a', status: 'REJECTED' },
        { programId: 'a', status: 'CONFIRMED' },
        // Confirmed by a supervisor the program's rule does not accept: not counted.
        { programId: 'a', status: 'CONFIRMED', supervisorCheck: { qualified: false } },
        { programId: 'a', status: 'CONFIRMED', supervisorCheck: { qualified: true } },
      ]),
    ).toEqual([
      { programId: 'a', confirmed: 3, pending: 0, rejected: 1 },
      { programId: 'b', confirmed: 0, pending: 1, rejected: 0 },
    ]);
  });

  it("shows a list item's problem by its list, the first one winning", () => {
    expect(errorsByField({ 'muscles.2': 'Too long', 'muscles.0': 'Other', notes: 'No' })).toEqual({
      muscles: 'Too long',
      notes: 'No',
    });
  });
});
