import { Inject, Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import {
  RATE_LIMITER,
  type RateBucket,
  type RateDecision,
  type RateLimiter,
} from './rate-limiter.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Kinds of request limited per client address, each counted one per request. */
export type CountedRequest = 'verification' | 'registration' | 'passwordReset';

const REFUSALS: Record<CountedRequest, string> = {
  verification: 'Too many verification requests; try again in a minute',
  registration: 'Too many accounts created from this address; try again later',
  passwordReset: 'Too many password resets asked for from this address; try again later',
};

/**
 * The API's per-address request limits, in sliding windows: in Redis when REDIS_URL is set
 * (shared by every replica), else in this process. Addresses are Fastify's `request.ip`
 * (`X-Forwarded-For` only with TRUST_PROXY).
 */
@Injectable()
export class RequestLimiter {
  private readonly counted: Record<CountedRequest, RateBucket>;
  private readonly graphqlCostBucket: RateBucket;

  constructor(
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    config: AppConfig,
  ) {
    this.counted = {
      verification: {
        name: 'verification',
        limit: config.verifyRateLimitPerMinute,
        windowMs: MINUTE_MS,
      },
      registration: {
        name: 'registration',
        limit: config.registerRateLimitPerHour,
        windowMs: HOUR_MS,
      },
      passwordReset: {
        name: 'password-reset',
        limit: config.passwordResetRateLimitPerHour,
        windowMs: HOUR_MS,
      },
    };
    this.graphqlCostBucket = {
      name: 'graphql-cost',
      limit: config.graphqlCostPerMinute,
      windowMs: MINUTE_MS,
    };
  }

  /** Counts one request from `address`; past the limit, throws TOO_MANY_REQUESTS. */
  async take(kind: CountedRequest, address: string): Promise<void> {
    const decision = await this.limiter.consume(this.counted[kind], address);
    if (!decision.allowed) throw new TooManyRequestsError(REFUSALS[kind]);
  }

  /**
   * Spends a GraphQL operation's estimated cost from the address's budget for the last
   * minute. Answers rather than throws: the caller (an Apollo plugin) makes its own error.
   */
  graphqlCost(address: string, cost: number): Promise<RateDecision> {
    return this.limiter.consume(this.graphqlCostBucket, address, Math.max(1, Math.ceil(cost)));
  }
}
