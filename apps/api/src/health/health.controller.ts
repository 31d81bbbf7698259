import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Public } from '../identity/auth/decorators.js';
import { HEALTH_PATH, LIVENESS_PATH, READINESS_PATH } from './health-paths.js';
import { Readiness, type ReadinessReport } from './readiness.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: {
    status: 'up' | 'down';
    kind: 'embedded' | 'server';
    latencyMs?: number;
    migrations?: number;
  };
}

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly readiness: Readiness,
  ) {}

  /** The process is up and answering: no I/O, so a slow database never gets it restarted. */
  @Public()
  @Get(LIVENESS_PATH)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when this replica can serve (database up, every migration applied), else 503. */
  @Public()
  @Get(READINESS_PATH)
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await this.readiness.check();
    if (report.status !== 'ready') reply.status(503);
    return report;
  }

  /** 200 when the database answers, 503 when it does not (for load balancers). */
  @Public()
  @Get(HEALTH_PATH)
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const kind = this.config.usesEmbeddedDatabase ? 'embedded' : 'server';
    const started = performance.now();
    try {
      const [row] = (await this.db.query('SELECT count(*)::int AS n FROM migrations')) as {
        n: number;
      }[];
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      return { status: 'ok', database: { status: 'up', kind, latencyMs, migrations: row?.n } };
    } catch {
      reply.status(503);
      return { status: 'degraded', database: { status: 'down', kind } };
    }
  }
}
