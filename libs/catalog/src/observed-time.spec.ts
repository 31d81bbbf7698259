import { observedTimeFlag, quartiles } from './observed-time.js';

describe('observedTimeFlag', () => {
  it('flags a median under 70 % or over 150 % of the required time', () => {
    expect(observedTimeFlag(6.9, 10)).toBe('UNDER');
    expect(observedTimeFlag(7, 10)).toBeNull();
    expect(observedTimeFlag(15, 10)).toBeNull();
    expect(observedTimeFlag(15.1, 10)).toBe('OVER');
  });
});

describe('quartiles', () => {
  it('interpolates as percentile_cont does', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
    expect(quartiles([5])).toEqual({ q1: 5, median: 5, q3: 5 });
    expect(quartiles([])).toBeNull();
  });
});
