import { retainedUntil } from './retention.js';

describe('retainedUntil', () => {
  it('keeps a completion six years: two before a license expires, four after (22 TAC §341.2)', () => {
    expect(retainedUntil('2026-12-04')).toBe('2032-12-04');
  });

  it('keeps a 29 February completion to 1 March when the later year has no 29th', () => {
    expect(retainedUntil('2024-02-29')).toBe('2030-03-01');
    expect(retainedUntil('2026-02-28')).toBe('2032-02-28');
  });
});
