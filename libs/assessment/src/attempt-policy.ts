/**
 * How often and how long a learner may take a quiz: the quiz's own limits, widened by an
 * accommodation an admin granted (recorded with its reason), and a wait after a failed
 * attempt so a retry follows some study rather than a quick second guess.
 */
export interface AttemptPolicy {
  /** null = unlimited. */
  maxAttempts: number | null;
  /** null = untimed. */
  timeLimitSeconds: number | null;
  /** Minutes after a failed attempt before the next may start; 0 = none. */
  retakeWaitMinutes: number;
}

export interface Accommodation {
  extraAttempts: number;
  /** 50 = time and a half. */
  extraTimePercent: number;
}

export const NO_ACCOMMODATION: Accommodation = { extraAttempts: 0, extraTimePercent: 0 };

export function accommodatedPolicy(
  policy: AttemptPolicy,
  accommodation: Accommodation,
): AttemptPolicy {
  return {
    maxAttempts:
      policy.maxAttempts === null ? null : policy.maxAttempts + accommodation.extraAttempts,
    timeLimitSeconds:
      policy.timeLimitSeconds === null
        ? null
        : Math.ceil((policy.timeLimitSeconds * (100 + accommodation.extraTimePercent)) / 100),
    retakeWaitMinutes: policy.retakeWaitMinutes,
  };
}

/** When the next attempt may start after a failed one (null: it may start now). */
export function nextAttemptAt(
  lastFailedAt: Date | null,
  retakeWaitMinutes: number,
  now: Date,
): Date | null {
  if (!lastFailedAt || retakeWaitMinutes <= 0) return null;
  const at = new Date(lastFailedAt.getTime() + retakeWaitMinutes * 60_000);
  return at > now ? at : null;
}
