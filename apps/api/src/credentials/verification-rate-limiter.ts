import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';

/**
 * Public verification lookups per client address, in a one-minute window. Kept in memory:
 * a lookup must stay a single indexed read, and each replica limiting on its own still
 * bounds enumeration (65 random bits per code make guessing hopeless anyway).
 */
@Injectable()
export class VerificationRateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  take(address: string): void {
    const now = this.clock.now().getTime();
    if (now - this.windowStart >= 60_000 || now < this.windowStart) {
      this.windowStart = now;
      this.counts = new Map();
    }
    const used = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, used);
    if (used > this.config.verifyRateLimitPerMinute) {
      throw new TooManyRequestsError('Too many verification requests; try again in a minute');
    }
  }
}
