import { describe, expect, it } from 'vitest';
import { bankStatLines } from './bank-stats';

describe('bank figures in words', () => {
  it('says the longest-key share against its limit, key positions and true/false balance', () => {
    expect(
      bankStatLines({
        singleChoice: 4,
        longestKeys: 3,
        longestKeyLimit: 1,
        chanceShare: 0.25,
        trueFalse: 5,
        falseKeys: 4,
        keyPositions: [1, 2, 0, 1],
      }),
    ).toEqual([
      'Longest option is the key in 3 of 4 single-choice questions (75%; limit 1, chance 25% plus 10 points)',
      'Key positions: option 1 × 1, option 2 × 2, option 3 × 0, option 4 × 1',
      'True/false: 4 of 5 keyed false (80%; 40–60% where a bank has 5 or more)',
    ]);
  });

  it('says when a kind of question is absent', () => {
    expect(
      bankStatLines({
        singleChoice: 0,
        longestKeys: 0,
        longestKeyLimit: 0,
        chanceShare: 0,
        trueFalse: 0,
        falseKeys: 0,
        keyPositions: [],
      }),
    ).toEqual(['No single-choice questions', 'No true/false questions']);
  });
});
