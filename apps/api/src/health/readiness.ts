import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RedisProbe } from './redis-probe.js';

/** Longer than a healthy database ever takes, shorter than a probe's own timeout. */
const CHECK_TIMEOUT_MS = 3_000;

export interface ReadinessReport {
  status: 'ready' | 'not ready';
  /** Why not, in words an operator acts on; absent when ready. */
  reason?: string;
  database: 'up' | 'down';
  migrations?: { applied: number; pending: string[] };
  /** Present when REDIS_URL is set; reported, but not a reason to be "not ready" (below). */
  redis?: 'up' | 'down';
}

/**
 * Whether this replica can serve requests: its database answers and holds every migration
 * this build knows; with REDIS_URL, the report also says whether Redis answers. A load balancer stops sending traffic on "not ready" without restarting
 * the process (that is the liveness probe's business).
 */
@Injectable()
export class Readiness {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redisProbe: RedisProbe,
  ) {}

  async check(): Promise<ReadinessReport> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.redisProbe.check()]);
    // Redis holds only the rate limits, which let requests through while it is down (see
    // rate-limits/redis-rate-limiter.ts). It is shared by every replica: failing readiness on
    // it would take them all out of the load balancer at once, an outage of the whole site
    // for a part the API works without. So it is reported, for monitoring, and not gating.
    return redis === null ? database : { ...database, redis };
  }

  private async checkDatabase(): Promise<ReadinessReport> {
    let applied: Set<string>;
    try {
      const rows = await withTimeout(
        this.db.query<{ name: string }[]>('SELECT name FROM migrations'),
        CHECK_TIMEOUT_MS,
      );
      applied = new Set(rows.map((row) => row.name));
    } catch (error) {
      return {
        status: 'not ready',
        reason: `database: ${(error as Error).message}`,
        database: 'down',
      };
    }
    const pending = this.db.migrations
      .map((migration) => migration.name ?? migration.constructor.name)
      .filter((name) => !applied.has(name));
    const migrations = { applied: applied.size, pending };
    if (pending.length > 0) {
      return {
        status: 'not ready',
        reason: `migrations not applied: ${pending.join(', ')}`,
        database: 'up',
        migrations,
      };
    }
    return { status: 'ready', database: 'up', migrations };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
