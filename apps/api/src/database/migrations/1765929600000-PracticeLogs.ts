import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patient-free practice logs (issue 18): supervised patient sessions a supervisor confirms,
 * supervisors' qualifications, adverse events from a clinician's own practice, and treatment
 * counts for rates.
 */
export class PracticeLogs1765929600000 implements MigrationInterface {
  name = 'PracticeLogs1765929600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "supervisor_qualifications" (
        "user_id" uuid NOT NULL,
        "license_state" text NOT NULL,
        "license_number" text NOT NULL,
        "dry_needling_years" integer NOT NULL,
        "own_sessions" integer NOT NULL,
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "supervisor_qualifications_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "supervisor_qualifications_years_check"
          CHECK ("dry_needling_years" BETWEEN 0 AND 70),
        CONSTRAINT "supervisor_qualifications_sessions_check"
          CHECK ("own_sessions" BETWEEN 0 AND 1000000),
        CONSTRAINT "supervisor_qualifications_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id")
      )`);
    await db.query(`
      CREATE TABLE "supervised_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "learner_id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "session_date" date NOT NULL,
        "body_regions" text[] NOT NULL,
        "muscles" text[] NOT NULL,
        "needle_count" integer NOT NULL,
        "supervisor_id" uuid NOT NULL,
        "notes" text,
        "status" text NOT NULL,
        "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "decided_at" TIMESTAMP(3) WITH TIME ZONE,
        "rejection_reason" text,
        "qualification" jsonb,
        CONSTRAINT "supervised_sessions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "supervised_sessions_needle_count_check" CHECK ("needle_count" BETWEEN 1 AND 100),
        CONSTRAINT "supervised_sessions_not_self_check" CHECK ("supervisor_id" <> "learner_id"),
        CONSTRAINT "supervised_sessions_status_check"
          CHECK ("status" IN ('PENDING', 'CONFIRMED', 'REJECTED')),
        CONSTRAINT "supervised_sessions_learner_id_fkey" FOREIGN KEY ("learner_id")
          REFERENCES "users" ("id"),
        CONSTRAINT "supervised_sessions_program_id_fkey" FOREIGN KEY ("program_id")
          REFERENCES "credential_programs" ("id"),
        CONSTRAINT "supervised_sessions_supervisor_id_fkey" FOREIGN KEY ("supervisor_id")
          REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "supervised_sessions_learner_idx"
      ON "supervised_sessions" ("learner_id", "recorded_at", "id")`);
    await db.query(`CREATE INDEX "supervised_sessions_supervisor_idx"
      ON "supervised_sessions" ("supervisor_id", "status", "recorded_at", "id")`);
    await db.query(`CREATE INDEX "supervised_sessions_program_id_idx"
      ON "supervised_sessions" ("program_id")`);
    await db.query(`
      CREATE TABLE "adverse_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clinician_id" uuid NOT NULL,
        "event_date" date NOT NULL,
        "severity" text NOT NULL,
        "type" text NOT NULL,
        "action_taken" text NOT NULL,
        "outcome" text NOT NULL,
        "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "adverse_events_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "adverse_events_severity_check" CHECK ("severity" IN ('MILD', 'SIGNIFICANT')),
        CONSTRAINT "adverse_events_type_check" CHECK ("type" IN ('BLEEDING', 'BRUISING', 'PAIN',
          'SYNCOPE', 'PNEUMOTHORAX', 'NERVE_INJURY', 'INFECTION', 'BROKEN_NEEDLE', 'OTHER')),
        CONSTRAINT "adverse_events_clinician_id_fkey" FOREIGN KEY ("clinician_id")
          REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "adverse_events_clinician_idx"
      ON "adverse_events" ("clinician_id", "event_date", "id")`);
    await db.query(`
      CREATE TABLE "treatment_counts" (
        "clinician_id" uuid NOT NULL,
        "treated_on" date NOT NULL,
        "count" integer NOT NULL,
        "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "treatment_counts_pkey" PRIMARY KEY ("clinician_id", "treated_on"),
        CONSTRAINT "treatment_counts_count_check" CHECK ("count" BETWEEN 0 AND 1000),
        CONSTRAINT "treatment_counts_clinician_id_fkey" FOREIGN KEY ("clinician_id")
          REFERENCES "users" ("id")
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "treatment_counts"`);
    await db.query(`DROP TABLE "adverse_events"`);
    await db.query(`DROP TABLE "supervised_sessions"`);
    await db.query(`DROP TABLE "supervisor_qualifications"`);
  }
}
