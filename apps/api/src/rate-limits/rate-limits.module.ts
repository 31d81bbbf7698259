import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { MemoryRateLimiter } from './memory-rate-limiter.js';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter.js';
import { RequestLimiter } from './request-limiter.js';

/**
 * Per-address request limits (`RequestLimiter`), global so that any module (and the GraphQL
 * options' factory) can inject it. The back end is chosen once, at start: Redis with
 * REDIS_URL, memory without.
 */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMITER,
      inject: [AppConfig, Clock, ROOT_LOGGER],
      useFactory: async (config: AppConfig, clock: Clock, logger: Logger): Promise<RateLimiter> => {
        if (!config.redisUrl) return new MemoryRateLimiter(clock);
        // ioredis is loaded only when REDIS_URL is set.
        const { RedisRateLimiter } = await import('./redis-rate-limiter.js');
        return RedisRateLimiter.connect(config.redisUrl, config.redisKeyPrefix, clock, logger);
      },
    },
    RequestLimiter,
  ],
  exports: [RequestLimiter],
})
export class RateLimitsModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMITER) private readonly limiter: RateLimiter) {}

  async onApplicationShutdown(): Promise<void> {
    await this.limiter.close?.();
  }
}
