/**
 * Answers that arrive this long after the deadline still count: the learner clicked in
 * time and the network was slow. Anything later is refused.
 */
export const DEADLINE_GRACE_MS = 5_000;

export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null): Date | null {
  return timeLimitSeconds === null ? null : new Date(startedAt.getTime() + timeLimitSeconds * 1000);
}

export function isPastDeadline(now: Date, deadline: Date | null): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}
