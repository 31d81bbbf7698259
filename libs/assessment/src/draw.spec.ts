import { drawQuestions, shuffled } from './draw.js';

/** A repeatable sequence, so a shuffle can be checked exactly. */
function sequence(values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

describe('shuffled', () => {
  it('keeps every item exactly once', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const result = shuffled(items, Math.random);
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reaches every order of three items', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) seen.add(shuffled(['a', 'b', 'c'], Math.random).join(''));
    expect(seen.size).toBe(6);
  });
});

describe('drawQuestions', () => {
  const bank = ['q1', 'q2', 'q3', 'q4', 'q5'];

  it('draws every question in bank order when asked for all without shuffling', () => {
    expect(
      drawQuestions(bank, { questionCount: null, shuffleQuestions: false }, Math.random),
    ).toEqual(bank);
  });

  it('draws a random subset, kept in bank order without shuffling', () => {
    const drawn = drawQuestions(
      bank,
      { questionCount: 3, shuffleQuestions: false },
      sequence([0.1, 0.9, 0.5, 0.3]),
    );
    expect(drawn).toHaveLength(3);
    expect(drawn).toEqual(bank.filter((q) => drawn.includes(q)));
  });

  it('does not always draw the same subset', () => {
    const subsets = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      subsets.add(
        drawQuestions(bank, { questionCount: 2, shuffleQuestions: false }, Math.random).join(),
      );
    }
    expect(subsets.size).toBe(10);
  });

  it('refuses to draw more than the bank holds', () => {
    expect(() =>
      drawQuestions(bank, { questionCount: 6, shuffleQuestions: true }, Math.random),
    ).toThrow(RangeError);
  });
});
