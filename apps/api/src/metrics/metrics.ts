import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** What a label takes when the value is not one of a bounded set. */
export const OTHER = 'other';

/** A job queue's current depth, asked for at each scrape. */
export type QueueDepth = () => number | Promise<number>;

/** The node-postgres pool behind TypeORM (the embedded database's has one connection). */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * This process's metrics, in a registry of its own (not prom-client's global one), so each app
 * a test process starts counts only its own requests. Every label takes values from a bounded
 * set: route patterns, the schema's root fields, error codes, queue names.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly queues = new Map<string, QueueDepth>();

  private readonly httpRequests = new Counter({
    name: 'fascicle_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'fascicle_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    registers: [this.registry],
  });

  private readonly graphqlRequests = new Counter({
    name: 'fascicle_graphql_requests_total',
    help: 'GraphQL operations, by root field and whether the response carried errors',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'fascicle_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by root field',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: 'fascicle_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(@InjectDataSource() db: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const queues = this.queues;
    new Gauge({
      name: 'fascicle_job_queue_depth',
      help: 'Jobs waiting in each queue',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [queue, depth] of queues) this.set({ queue }, await depth());
      },
    });
    new Gauge({
      name: 'fascicle_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = poolOf(db);
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'fascicle_db_pool_max',
      help: 'Most connections the database pool opens (1 on the embedded database)',
      registers: [this.registry],
      collect() {
        const max = poolOf(db)?.options?.max;
        if (max !== undefined) this.set(max);
      },
    });
  }

  /**
   * The hook for whoever owns a job queue: register its depth once at start-up (e.g. in the
   * owner's onModuleInit), and each scrape reports it as fascicle_job_queue_depth{queue}.
   */
  registerQueue(queue: string, depth: QueueDepth): void {
    this.queues.set(queue, depth);
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  observeGraphql(operation: string, seconds: number, errorCodes: string[]): void {
    this.graphqlRequests.inc({ operation, outcome: errorCodes.length > 0 ? 'error' : 'ok' });
    this.graphqlDuration.observe({ operation }, seconds);
    for (const code of errorCodes) this.graphqlErrors.inc({ code });
  }
}

function poolOf(db: DataSource): PgPool | null {
  return ((db.driver as unknown as { master?: PgPool }).master ?? null) as PgPool | null;
}
