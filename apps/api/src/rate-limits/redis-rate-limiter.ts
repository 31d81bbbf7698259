import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Clock } from '../config/clock.js';
import type { RateBucket, RateDecision, RateLimiter } from './rate-limiter.js';
import { SLIDING_WINDOW_LUA } from './sliding-window.lua.js';

type SlidingWindowReply = [accepted: number, remaining: number, retryAfterMs: number];

/** The client with the script defined on it (ioredis sends it by SHA, loading it when needed). */
type ScriptedRedis = Redis & {
  slidingWindow(
    log: string,
    used: string,
    ...args: (string | number)[]
  ): Promise<SlidingWindowReply>;
};

/** A decision taking longer than this means Redis is unwell: the request goes on unlimited. */
const COMMAND_TIMEOUT_MS = 1000;

/**
 * The sliding window in Redis, shared by every replica: one script call per decision, so
 * concurrent requests from several replicas cannot both take the last unit.
 *
 * The time is the API's Clock (replicas keep NTP time; a window is a minute or an hour, far
 * above their skew), which also lets tests move it. When Redis cannot answer, requests are let
 * through and the outage is logged once: a Redis failure must not take sign-up and
 * certificate verification down with it. The login throttle, which protects passwords, does
 * not depend on Redis (it is kept in PostgreSQL).
 */
export class RedisRateLimiter implements RateLimiter {
  private failing = false;

  private constructor(
    private readonly redis: ScriptedRedis,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Connects in the background; until Redis is ready, decisions wait up to the timeout. */
  static connect(url: string, keyPrefix: string, clock: Clock, logger: Logger): RedisRateLimiter {
    const redis = new Redis(url, {
      keyPrefix,
      commandTimeout: COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      connectionName: 'fascicle-rate-limits',
    });
    // Without a listener ioredis prints each reconnection error to stderr; consume() logs an
    // outage once, through the API's logger, instead.
    redis.on('error', () => undefined);
    redis.defineCommand('slidingWindow', { numberOfKeys: 2, lua: SLIDING_WINDOW_LUA });
    return new RedisRateLimiter(redis as ScriptedRedis, clock, logger);
  }

  async consume(bucket: RateBucket, key: string, cost = 1): Promise<RateDecision> {
    // The hash tag keeps both keys of one window on the same Redis Cluster slot.
    const base = `rate:{${bucket.name}:${key}}`;
    try {
      const [accepted, remaining, retryAfterMs] = await this.redis.slidingWindow(
        `${base}:log`,
        `${base}:used`,
        this.clock.now().getTime(),
        bucket.windowMs,
        bucket.limit,
        cost,
        randomUUID(),
      );
      this.recovered();
      return { allowed: accepted === 1, remaining, retryAfterMs };
    } catch (error) {
      this.failed(error);
      return { allowed: true, remaining: bucket.limit, retryAfterMs: 0 };
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private failed(error: unknown): void {
    if (this.failing) return;
    this.failing = true;
    this.logger.error({ err: error }, 'Redis is not answering: per-address rate limits are off');
  }

  private recovered(): void {
    if (!this.failing) return;
    this.failing = false;
    this.logger.info('Redis answers again: per-address rate limits are back on');
  }
}
