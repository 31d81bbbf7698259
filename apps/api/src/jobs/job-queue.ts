import type { EntityManager } from 'typeorm';

export interface NewJob<T> {
  /** Which handler runs it (`work(name, …)`). */
  name: string;
  /** JSON the handler receives. */
  data: T;
  /**
   * Idempotency key, e.g. `reminder:<certificate>:<days>:<email>`: a second enqueue with the
   * same key adds nothing. Without one, every enqueue is a new job.
   */
  key?: string;
}

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Side effects after commit (email), durable and retried. A job is written through the
 * caller's transaction, so it exists exactly when the change that calls for it committed;
 * a worker claims it after that, and of several workers (processes, replicas) exactly one
 * claim wins. A handler that throws is retried with backoff. A handler that crashes half way
 * is retried too once its claim lapses, so an outside effect is at-least-once: what it talks
 * to sees a repeat only after a crash between its effect and the job's completion.
 */
export abstract class JobQueue {
  /** Writes the job in the caller's transaction; returns its id (the key when given). */
  abstract enqueue<T>(manager: EntityManager, job: NewJob<T>): Promise<string>;

  /** Registers this process's handler for jobs of that name; only those are claimed here. */
  abstract work<T>(name: string, handler: JobHandler<T>): void;

  /**
   * After the commit: makes the first attempt of these jobs in this process, unless another
   * worker holds them. Resolves when done; a failed attempt is left to the worker's retries.
   */
  abstract runNow(ids: string[]): Promise<void>;

  /** Jobs not yet done or given up (the "job queue depth" of the metrics). */
  abstract depth(): Promise<number>;
}
