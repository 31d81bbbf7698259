import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

/** A probe waits no longer than this for Redis. */
const PING_TIMEOUT_MS = 1000;

/**
 * Pings the Redis in REDIS_URL for the readiness report, on a connection of its own (opened at
 * the first probe), so a probe never queues behind the rate limiter's commands.
 */
@Injectable()
export class RedisProbe implements OnModuleInit, OnApplicationShutdown {
  private redis: Redis | null = null;

  constructor(private readonly config: AppConfig) {}

  /** ioredis is loaded only when REDIS_URL is set. */
  async onModuleInit(): Promise<void> {
    if (!this.config.redisUrl) return;
    const { Redis } = await import('ioredis');
    this.redis = new Redis(this.config.redisUrl, {
      lazyConnect: true,
      commandTimeout: PING_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      connectionName: 'fascicle-readiness',
    });
    // The probe reports an outage; ioredis would also print every reconnection error.
    this.redis.on('error', () => undefined);
  }

  /** Null when no Redis is configured. */
  async check(): Promise<'up' | 'down' | null> {
    if (!this.redis) return null;
    try {
      await this.redis.ping();
      return 'up';
    } catch {
      return 'down';
    }
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
