import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The job queue's table: after-commit work (email) with retries, claimed by one worker. */
export class Jobs1764806400000 implements MigrationInterface {
  name = 'Jobs1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "jobs" (
        "id" text NOT NULL,
        "name" text NOT NULL,
        "data" jsonb NOT NULL,
        "state" text NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "max_attempts" integer NOT NULL,
        "run_after" TIMESTAMP WITH TIME ZONE NOT NULL,
        "claim_id" uuid,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "jobs_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "jobs_state_check" CHECK ("state" IN ('pending', 'running', 'done', 'dead'))
      )`);
    // What a poll scans: only the unfinished jobs, by when they are due.
    await db.query(`CREATE INDEX "jobs_due_idx" ON "jobs" ("run_after")
      WHERE "state" IN ('pending', 'running')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "jobs"`);
  }
}
