/** A kind of request and how many units of it one key may spend in any sliding window. */
export interface RateBucket {
  /** Part of the stored key, so two buckets never share a count. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Units left in the window after this request (0 when refused). */
  remaining: number;
  /** When refused: the earliest moment, from now, at which part of the window frees up. */
  retryAfterMs: number;
}

/**
 * Per-key limits over a sliding window: a request is accepted when the costs of the requests
 * accepted in the last `windowMs`, plus its own, stay within `limit`. A refused request is not
 * counted. Back ends: memory (one process) and Redis (shared by every replica).
 */
export interface RateLimiter {
  consume(bucket: RateBucket, key: string, cost?: number): Promise<RateDecision>;
  close?(): Promise<void>;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');
