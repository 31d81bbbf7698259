import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { Metrics } from '../metrics/metrics.js';
import { JobQueue, type JobHandler, type NewJob } from './job-queue.js';
import { retryDelayMs } from './retry-delay.js';

/** Whether this process polls for jobs (false in an app that reads its own mail: the seed). */
export const JOB_WORKER = Symbol('JOB_WORKER');

/** Ten attempts with `retryDelayMs` span about three hours before a job is given up. */
const MAX_ATTEMPTS = 10;
/** How long a claim lasts: a worker that dies mid-job leaves it to another after this. */
const CLAIM_LEASE_MS = 15 * 60_000;
const BATCH = 10;
const KEEP_DONE_MS = 7 * 86_400_000;

interface ClaimedJob {
  id: string;
  name: string;
  data: unknown;
  attempts: number;
  maxAttempts: number;
}

/**
 * The queue in the application's own database (the `jobs` table): no other server, the same
 * migrations, and enqueueing is an INSERT in the caller's transaction. A claim is one short
 * statement of its own (`FOR UPDATE SKIP LOCKED`, so two workers never take the same row) that
 * commits before the handler runs: no transaction, and so no connection, is held while an
 * SMTP server answers, which on the embedded database would block every other request.
 */
@Injectable()
export class TableJobQueue
  extends JobQueue
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(JOB_WORKER) private readonly worker: boolean,
    @Optional() private readonly metrics?: Metrics,
  ) {
    super();
  }

  onModuleInit(): void {
    // After a turn of the event loop: a scrape reads the pool's figures (its waiting
    // requests) before this count joins them.
    this.metrics?.registerQueue('jobs', () => new Promise(setImmediate).then(() => this.depth()));
  }

  async enqueue<T>(manager: EntityManager, job: NewJob<T>): Promise<string> {
    const id = job.key ?? randomUUID();
    await manager.query(
      `INSERT INTO jobs (id, name, data, max_attempts, run_after, created_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $5) ON CONFLICT (id) DO NOTHING`,
      [id, job.name, JSON.stringify(job.data), MAX_ATTEMPTS, this.clock.now()],
    );
    return id;
  }

  work<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<unknown>);
  }

  async runNow(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      await this.track(this.claimAndRun(ids.length, ids));
    } catch (error) {
      // The jobs are stored: a worker's poll makes up for an attempt that could not start.
      this.logger.error({ err: error, jobs: ids }, 'could not run queued jobs now');
    }
  }

  /** One pass of a worker: claims up to `limit` due jobs, runs them, says how many it ran. */
  runDue(limit = BATCH): Promise<number> {
    return this.track(this.claimAndRun(limit, null));
  }

  async depth(): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS depth FROM jobs WHERE state IN ('pending', 'running')`,
    )) as { depth: number }[];
    return row!.depth;
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.jobPollIntervalSeconds;
    if (!this.worker || seconds === 0) return;
    this.timer = setInterval(() => void this.track(this.poll()), seconds * 1000);
    this.timer.unref();
  }

  /** Before the database closes: no new polls, and the jobs running here finish. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.inFlight]);
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      await this.giveUpLapsedLastAttempts();
      while (this.timer && (await this.claimAndRun(BATCH, null)) === BATCH);
      await this.db.query(`DELETE FROM jobs WHERE state = 'done' AND finished_at < $1`, [
        new Date(this.clock.now().getTime() - KEEP_DONE_MS),
      ]);
    } catch (error) {
      this.logger.error({ err: error }, 'job queue poll failed');
    } finally {
      this.polling = false;
    }
  }

  private async claimAndRun(limit: number, ids: string[] | null): Promise<number> {
    const names = [...this.handlers.keys()];
    if (names.length === 0) return 0;
    const now = this.clock.now();
    const claimId = randomUUID();
    // The lease is written into run_after: a claim that lapses makes the job due again.
    const claimed = (await this.db.query(
      `WITH claimed AS (
         UPDATE jobs SET state = 'running', attempts = attempts + 1, run_after = $1, claim_id = $2
          WHERE id IN (SELECT id FROM jobs
                        WHERE state IN ('pending', 'running') AND run_after <= $3
                          AND attempts < max_attempts AND name = ANY($4::text[])
                          AND ($5::text[] IS NULL OR id = ANY($5::text[]))
                        ORDER BY run_after LIMIT $6
                        FOR UPDATE SKIP LOCKED)
          RETURNING id, name, data, attempts, max_attempts AS "maxAttempts")
       SELECT * FROM claimed`,
      [new Date(now.getTime() + CLAIM_LEASE_MS), claimId, now, names, ids, limit],
    )) as ClaimedJob[];
    for (const job of claimed) await this.run(job, claimId);
    return claimed.length;
  }

  private async run(job: ClaimedJob, claimId: string): Promise<void> {
    try {
      await this.handlers.get(job.name)!(job.data);
    } catch (error) {
      await this.failed(job, claimId, error);
      return;
    }
    // The payload goes once it has served: an invitation's mail holds its link, which the
    // invitations table keeps only as a hash.
    await this.db.query(
      `UPDATE jobs SET state = 'done', finished_at = $3, data = '{}'::jsonb, claim_id = NULL,
              last_error = NULL
        WHERE id = $1 AND claim_id = $2`,
      [job.id, claimId, this.clock.now()],
    );
  }

  private async failed(job: ClaimedJob, claimId: string, error: unknown): Promise<void> {
    const now = this.clock.now();
    const dead = job.attempts >= job.maxAttempts;
    const retryAt = new Date(now.getTime() + retryDelayMs(job.attempts));
    await this.db.query(
      `UPDATE jobs SET state = $3, run_after = $4, last_error = $5, claim_id = NULL,
              finished_at = $6
        WHERE id = $1 AND claim_id = $2`,
      [
        job.id,
        claimId,
        dead ? 'dead' : 'pending',
        dead ? now : retryAt,
        String((error as Error)?.message ?? error).slice(0, 2000),
        dead ? now : null,
      ],
    );
    const context = { err: error, job: job.id, name: job.name, attempts: job.attempts };
    if (dead) this.logger.error(context, 'job failed for the last time; given up');
    else this.logger.warn({ ...context, retryAt }, 'job failed; it will be retried');
  }

  /** A worker that died during a job's last attempt leaves it running forever otherwise. */
  private async giveUpLapsedLastAttempts(): Promise<void> {
    await this.db.query(
      `UPDATE jobs SET state = 'dead', finished_at = $1, claim_id = NULL,
              last_error = 'the last attempt did not finish before its claim lapsed'
        WHERE state = 'running' AND run_after <= $1 AND attempts >= max_attempts`,
      [this.clock.now()],
    );
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => {});
    return work;
  }
}
