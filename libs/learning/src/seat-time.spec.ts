import { ACTIVITY_CAP_SECONDS, creditedSeconds } from './seat-time.js';

describe('creditedSeconds', () => {
  const last = new Date('2026-03-02T09:00:00Z');
  const after = (ms: number) => new Date(last.getTime() + ms);

  it('credits nothing for the first report: it only starts the clock', () => {
    expect(creditedSeconds(null, last)).toBe(0);
  });

  it('credits the whole seconds between two reports', () => {
    expect(creditedSeconds(last, after(30_000))).toBe(30);
    expect(creditedSeconds(last, after(29_999))).toBe(29);
    expect(creditedSeconds(last, after(999))).toBe(0);
  });

  it('caps one report, so a tab left in the background cannot claim the minutes', () => {
    expect(creditedSeconds(last, after(60_000))).toBe(ACTIVITY_CAP_SECONDS);
    expect(creditedSeconds(last, after(3_600_000))).toBe(ACTIVITY_CAP_SECONDS);
    expect(creditedSeconds(last, after(3_600_000), 45)).toBe(45);
  });

  it('credits nothing when the clock stands still or goes backwards', () => {
    expect(creditedSeconds(last, last)).toBe(0);
    expect(creditedSeconds(last, after(-30_000))).toBe(0);
  });

  it('credits nothing for an invalid date', () => {
    expect(creditedSeconds(last, new Date('not a date'))).toBe(0);
  });
});
