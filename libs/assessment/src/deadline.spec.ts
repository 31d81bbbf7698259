import { attemptDeadline, DEADLINE_GRACE_MS, isPastDeadline } from './deadline.js';

describe('deadlines', () => {
  const start = new Date('2026-11-27T10:00:00Z');

  it('has no deadline without a time limit', () => {
    expect(attemptDeadline(start, null)).toBeNull();
    expect(isPastDeadline(new Date('2099-01-01'), null)).toBe(false);
  });

  it('ends the time limit after the start, with a short grace for slow networks', () => {
    const deadline = attemptDeadline(start, 600)!;
    expect(deadline.toISOString()).toBe('2026-11-27T10:10:00.000Z');
    expect(isPastDeadline(new Date(deadline.getTime() + DEADLINE_GRACE_MS), deadline)).toBe(false);
    expect(isPastDeadline(new Date(deadline.getTime() + DEADLINE_GRACE_MS + 1), deadline)).toBe(
      true,
    );
  });
});
