import {
  correctCountDistribution,
  guessSuccess,
  passProbability,
  passWithinAttempts,
} from './guessing.js';
import type { CheckedItem } from './item-checks.js';
import { QuestionType } from './question-type.js';

const single = (...options: [string, boolean][]): CheckedItem => ({
  id: 'q',
  type: QuestionType.SINGLE_CHOICE,
  stem: 'q',
  options: options.map(([text, isCorrect]) => ({ text, isCorrect })),
});
const trueFalse = (answer: boolean): CheckedItem => ({
  id: 't',
  type: QuestionType.TRUE_FALSE,
  stem: 't',
  options: [
    { text: 'True', isCorrect: answer },
    { text: 'False', isCorrect: !answer },
  ],
});

describe('guessSuccess', () => {
  it('the longest-option guesser wins when the key is longest, shares ties, answers False', () => {
    expect(guessSuccess(single(['longest key', true], ['b', false]), 'LONGEST_OPTION')).toBe(1);
    expect(guessSuccess(single(['aa', true], ['bb', false], ['c', false]), 'LONGEST_OPTION')).toBe(
      0.5,
    );
    expect(guessSuccess(single(['a', true], ['bb', false]), 'LONGEST_OPTION')).toBe(0);
    expect(guessSuccess(trueFalse(false), 'LONGEST_OPTION')).toBe(1);
    expect(guessSuccess(trueFalse(true), 'LONGEST_OPTION')).toBe(0);
  });

  it('the always-false guesser answers False and guesses the rest', () => {
    expect(guessSuccess(trueFalse(false), 'ALWAYS_FALSE')).toBe(1);
    expect(
      guessSuccess(single(['a', true], ['b', false], ['c', false], ['d', false]), 'ALWAYS_FALSE'),
    ).toBe(0.25);
  });
});

describe('correctCountDistribution', () => {
  it('matches a hand count: draw 2 of three questions, one sure and two never', () => {
    // Subsets {sure,x},{sure,y},{x,y}: 2/3 have one right, 1/3 none.
    const dist = correctCountDistribution([1, 0, 0], 2);
    expect(dist[0]).toBeCloseTo(1 / 3);
    expect(dist[1]).toBeCloseTo(2 / 3);
    expect(dist[2]).toBeCloseTo(0);
  });

  it('is binomial when every question has the same chance', () => {
    const dist = correctCountDistribution([0.5, 0.5, 0.5, 0.5, 0.5], 3);
    expect(dist).toEqual([0.125, 0.375, 0.375, 0.125].map((p) => expect.closeTo(p, 10)));
  });
});

describe('passProbability', () => {
  it('adds up across objectives and applies the passing score', () => {
    const pools = new Map([
      ['a', [1, 1]],
      ['b', [0.5, 0.5]],
    ]);
    const rows = [
      { objective: 'a', count: 2 },
      { objective: 'b', count: 2 },
    ];
    // Two sure points; pass at 75 % needs one of the two coin flips.
    expect(passProbability(pools, rows, 75)).toBeCloseTo(0.75);
    expect(passProbability(pools, rows, 100)).toBeCloseTo(0.25);
    expect(passProbability(pools, rows, 50)).toBeCloseTo(1);
  });

  it('agrees with a simulation of the same draw', () => {
    const chances = [0.9, 0.1, 0.5, 0.3, 0.7, 0.2];
    const pools = new Map([['a', chances]]);
    const rows = [{ objective: 'a', count: 4 }];
    let passes = 0;
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const runs = 40_000;
    for (let run = 0; run < runs; run += 1) {
      const order = chances.map((c) => ({ c, r: random() })).sort((x, y) => x.r - y.r);
      const right = order.slice(0, 4).filter(({ c }) => random() < c).length;
      if (right >= 3) passes += 1;
    }
    expect(passProbability(pools, rows, 75)).toBeCloseTo(passes / runs, 2);
  });
});

describe('passWithinAttempts', () => {
  it('bounds the chance over several attempts', () => {
    expect(passWithinAttempts(0.001, 3)).toBeCloseTo(0.003);
    expect(passWithinAttempts(0.6, 3)).toBe(1);
  });
});
