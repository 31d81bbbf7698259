import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JobState = 'pending' | 'running' | 'done' | 'dead';

/**
 * One unit of after-commit work (an email to send). Written in the transaction of the change
 * that calls for it, so it exists exactly when that change committed; `TableJobQueue` claims
 * and runs it. The id is the caller's idempotency key when it has one.
 */
@Entity({ name: 'jobs' })
// Declared in the migration (a partial index); TypeORM leaves it be.
@Index('jobs_due_idx', { synchronize: false })
@Check('jobs_state_check', `"state" IN ('pending', 'running', 'done', 'dead')`)
export class JobEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'jobs_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ type: 'text', default: 'pending' })
  state: JobState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'integer' })
  maxAttempts: number;

  /** When it may next be claimed: its due time, a retry's backoff, or a claim's lease end. */
  @Column({ name: 'run_after', type: 'timestamptz' })
  runAfter: Date;

  /** The current claim; a worker whose lease ran out cannot finish a job another has claimed. */
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
