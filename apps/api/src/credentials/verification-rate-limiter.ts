import { Injectable } from '@nestjs/common';
import { RequestLimiter } from '../rate-limits/request-limiter.js';

/**
 * Public verification lookups per client address (VERIFY_RATE_LIMIT_PER_MINUTE), in a sliding
 * minute shared by every replica when REDIS_URL is set. A lookup stays a single indexed read;
 * 70 random bits per code (65 in older ones) make guessing hopeless anyway; the limit only
 * bounds enumeration.
 */
@Injectable()
export class VerificationRateLimiter {
  constructor(private readonly limits: RequestLimiter) {}

  take(address: string): Promise<void> {
    return this.limits.take('verification', address);
  }
}
