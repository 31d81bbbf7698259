import { pointBiserial } from './point-biserial.js';

describe('pointBiserial', () => {
  it('is 1 when only the strong attempts get the item right', () => {
    const pairs = [
      { item: 1, rest: 9 },
      { item: 1, rest: 9 },
      { item: 0, rest: 2 },
      { item: 0, rest: 2 },
    ];
    expect(pointBiserial(pairs)).toBeCloseTo(1, 10);
  });

  it('is negative for an item the weak attempts get right (a miskeyed item)', () => {
    const pairs = [
      { item: 0, rest: 9 },
      { item: 0, rest: 8 },
      { item: 1, rest: 2 },
      { item: 1, rest: 3 },
    ];
    expect(pointBiserial(pairs)!).toBeLessThan(-0.9);
  });

  it('matches a hand-computed value', () => {
    // items 1,0,1,0,1 against rest 4,2,3,1,5: covariance 3, variances 1.2 and 10, r = 3 / √12
    const pairs = [1, 0, 1, 0, 1].map((item, i) => ({ item, rest: [4, 2, 3, 1, 5][i]! }));
    expect(pointBiserial(pairs)).toBeCloseTo(0.8660254, 6);
  });

  it('is null without variance or with fewer than two attempts', () => {
    expect(pointBiserial([{ item: 1, rest: 3 }])).toBeNull();
    expect(
      pointBiserial([
        { item: 1, rest: 3 },
        { item: 1, rest: 5 },
      ]),
    ).toBeNull();
  });
});
