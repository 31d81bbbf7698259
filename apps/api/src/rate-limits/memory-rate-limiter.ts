import type { Clock } from '../config/clock.js';
import type { RateBucket, RateDecision, RateLimiter } from './rate-limiter.js';

interface Log {
  windowMs: number;
  /** Accepted requests, oldest first. */
  entries: { at: number; cost: number }[];
  used: number;
}

/** How often idle keys are dropped, so addresses seen once do not stay in memory. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The sliding window kept in this process: exact (a log of accepted requests per key), but
 * each replica counts on its own, so N replicas let through up to N times the limit.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly logs = new Map<string, Log>();
  private lastSweep = 0;

  constructor(private readonly clock: Clock) {}

  consume(bucket: RateBucket, key: string, cost = 1): Promise<RateDecision> {
    const now = this.clock.now().getTime();
    this.sweep(now);
    const id = `${bucket.name}:${key}`;
    const log = this.logs.get(id) ?? { windowMs: bucket.windowMs, entries: [], used: 0 };
    expire(log, now);
    if (log.used + cost > bucket.limit) {
      const oldest = log.entries[0];
      return Promise.resolve({
        allowed: false,
        remaining: 0,
        retryAfterMs: oldest ? oldest.at + bucket.windowMs - now : bucket.windowMs,
      });
    }
    log.entries.push({ at: now, cost });
    log.used += cost;
    this.logs.set(id, log);
    return Promise.resolve({ allowed: true, remaining: bucket.limit - log.used, retryAfterMs: 0 });
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS && now >= this.lastSweep) return;
    this.lastSweep = now;
    for (const [id, log] of this.logs) {
      expire(log, now);
      if (log.entries.length === 0) this.logs.delete(id);
    }
  }
}

/**
 * Drops the entries that have left the window (exactly `windowMs` old counts as gone), and
 * those a whole window or more ahead of now: they were recorded before the clock was set back
 * (an NTP step, a test moving time) and say nothing about the last window.
 */
function expire(log: Log, now: number): void {
  const newest = log.entries.at(-1);
  if (newest && newest.at >= now + log.windowMs) {
    log.entries = log.entries.filter((entry) => entry.at < now + log.windowMs);
    log.used = log.entries.reduce((sum, entry) => sum + entry.cost, 0);
  }
  const horizon = now - log.windowMs;
  let gone = 0;
  while (gone < log.entries.length && log.entries[gone]!.at <= horizon) {
    log.used -= log.entries[gone]!.cost;
    gone += 1;
  }
  if (gone > 0) log.entries.splice(0, gone);
}
