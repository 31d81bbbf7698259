import { retryDelayMs } from './retry-delay.js';

describe('retryDelayMs', () => {
  it('doubles from 30 seconds after each failure', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('waits an hour at most', () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(40)).toBe(3_600_000);
  });
});
