import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Public } from '../identity/auth/decorators.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: {
    status: 'up' | 'down';
    kind: 'embedded' | 'server';
    latencyMs?: number;
    migrations?: number;
  };
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers, 503 when it does not (for load balancers). */
  @Public()
  @Get()
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
