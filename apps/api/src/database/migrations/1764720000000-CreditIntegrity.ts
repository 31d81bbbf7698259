import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a credit must mean: claimed minutes instead of hours, objective keys, scope and
 * disclosures on versions; approvals' contact-hour units; pilots on lessons; admins'
 * overrides of the credit gates; blueprints, retake waits and accommodations on quizzes;
 * measured reading time; what a certificate certifies.
 */
export class CreditIntegrity1764720000000 implements MigrationInterface {
  name = 'CreditIntegrity1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "course_versions"
      ADD "credit_minutes" integer NOT NULL DEFAULT 0,
      ADD "objective_keys" text[] NOT NULL DEFAULT '{}',
      ADD "credential_kind" text NOT NULL DEFAULT 'DIDACTIC',
      ADD "scope_statement" text NOT NULL DEFAULT '',
      ADD "disclosure" jsonb,
      ADD "released_on" date,
      ADD "credit_ends_on" date,
      ADD "content_reviewed_on" date`);
    // Hours of 60 minutes become minutes; objectives get keys by position.
    await db.query(`UPDATE "course_versions" SET
      "credit_minutes" = round("ce_hours" * 60),
      "objective_keys" = ARRAY(
        SELECT 'objective-' || i FROM generate_subscripts("learning_objectives", 1) AS i ORDER BY i),
      "released_on" = ("published_at" AT TIME ZONE 'UTC')::date`);
    await db.query(`ALTER TABLE "course_versions" DROP COLUMN "ce_hours",
      ADD CONSTRAINT "course_versions_credit_minutes_check" CHECK ("credit_minutes" BETWEEN 0 AND 6000),
      ADD CONSTRAINT "course_versions_objective_keys_check"
        CHECK (cardinality("objective_keys") = cardinality("learning_objectives")),
      ADD CONSTRAINT "course_versions_credential_kind_check"
        CHECK ("credential_kind" IN ('DIDACTIC', 'LIVE', 'HYBRID'))`);

    await db.query(`ALTER TABLE "lessons" ADD "pilot" jsonb`);

    await db.query(`ALTER TABLE "course_approvals"
      ADD "minutes_per_hour" integer NOT NULL DEFAULT 60,
      ADD "hour_increment" numeric(3,2) NOT NULL DEFAULT 0.25,
      ADD CONSTRAINT "course_approvals_minutes_per_hour_check" CHECK ("minutes_per_hour" IN (50, 60)),
      ADD CONSTRAINT "course_approvals_hour_increment_check"
        CHECK ("hour_increment" IN (0.1, 0.25, 0.5, 1))`);

    await db.query(`
      CREATE TABLE "course_version_gate_overrides" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "stage" text NOT NULL,
        "codes" text[] NOT NULL,
        "reason" text NOT NULL,
        "overridden_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "course_version_gate_overrides_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "course_version_gate_overrides_stage_check" CHECK ("stage" IN ('SUBMIT', 'PUBLISH')),
        CONSTRAINT "course_version_gate_overrides_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_version_gate_overrides_overridden_by_fkey" FOREIGN KEY ("overridden_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "course_version_gate_overrides_version_id_idx"
      ON "course_version_gate_overrides" ("version_id", "created_at")`);

    await db.query(`ALTER TABLE "quizzes"
      ADD "blueprint" jsonb,
      ADD "retake_wait_minutes" integer NOT NULL DEFAULT 0,
      ADD CONSTRAINT "quizzes_retake_wait_check" CHECK ("retake_wait_minutes" BETWEEN 0 AND 10080)`);

    await db.query(`
      CREATE TABLE "quiz_accommodations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "quiz_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "extra_attempts" integer NOT NULL,
        "extra_time_percent" integer NOT NULL,
        "reason" text NOT NULL,
        "granted_by" uuid NOT NULL,
        "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "quiz_accommodations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "quiz_accommodations_quiz_id_user_id_key" UNIQUE ("quiz_id", "user_id"),
        CONSTRAINT "quiz_accommodations_extra_check"
          CHECK ("extra_attempts" BETWEEN 0 AND 20 AND "extra_time_percent" BETWEEN 0 AND 300),
        CONSTRAINT "quiz_accommodations_quiz_id_fkey" FOREIGN KEY ("quiz_id")
          REFERENCES "quizzes" ("id") ON DELETE CASCADE,
        CONSTRAINT "quiz_accommodations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id"),
        CONSTRAINT "quiz_accommodations_granted_by_fkey" FOREIGN KEY ("granted_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(
      `CREATE INDEX "quiz_accommodations_user_id_idx" ON "quiz_accommodations" ("user_id")`,
    );

    await db.query(`ALTER TABLE "lesson_progress"
      ADD "active_seconds" integer NOT NULL DEFAULT 0,
      ADD "reached_end_seconds" integer`);
    await db.query(`UPDATE "lesson_progress" SET "active_seconds" = "credited_seconds"`);
    // The observed-time report reads completed progress lesson by lesson.
    await db.query(
      `CREATE INDEX "lesson_progress_lesson_id_idx" ON "lesson_progress" ("lesson_id")`,
    );

    await db.query(`ALTER TABLE "certificates"
      ADD "credit_minutes" integer NOT NULL DEFAULT 0,
      ADD "online_minutes" integer NOT NULL DEFAULT 0,
      ADD "live_minutes" integer NOT NULL DEFAULT 0,
      ADD "credential_kind" text NOT NULL DEFAULT 'DIDACTIC',
      ADD "scope_statement" text NOT NULL DEFAULT '',
      ADD "disclosure" jsonb`);
    await db.query(`UPDATE "certificates"
      SET "credit_minutes" = round("ce_hours" * 60), "online_minutes" = round("ce_hours" * 60)`);

    await db.query(`ALTER TABLE "credential_programs"
      ADD "credential_kind" text NOT NULL DEFAULT 'DIDACTIC',
      ADD "scope_statement" text NOT NULL DEFAULT ''`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "credential_programs"
      DROP COLUMN "credential_kind", DROP COLUMN "scope_statement"`);
    await db.query(`ALTER TABLE "certificates" DROP COLUMN "credit_minutes",
      DROP COLUMN "online_minutes", DROP COLUMN "live_minutes", DROP COLUMN "credential_kind",
      DROP COLUMN "scope_statement", DROP COLUMN "disclosure"`);
    await db.query(`DROP INDEX "lesson_progress_lesson_id_idx"`);
    await db.query(`ALTER TABLE "lesson_progress"
      DROP COLUMN "active_seconds", DROP COLUMN "reached_end_seconds"`);
    await db.query(`DROP TABLE "quiz_accommodations"`);
    await db.query(`ALTER TABLE "quizzes" DROP CONSTRAINT "quizzes_retake_wait_check",
      DROP COLUMN "blueprint", DROP COLUMN "retake_wait_minutes"`);
    await db.query(`DROP TABLE "course_version_gate_overrides"`);
    await db.query(`ALTER TABLE "course_approvals"
      DROP CONSTRAINT "course_approvals_minutes_per_hour_check",
      DROP CONSTRAINT "course_approvals_hour_increment_check",
      DROP COLUMN "minutes_per_hour", DROP COLUMN "hour_increment"`);
    await db.query(`ALTER TABLE "lessons" DROP COLUMN "pilot"`);
    await db.query(`ALTER TABLE "course_versions" ADD "ce_hours" numeric(5,2) NOT NULL DEFAULT 0`);
    await db.query(`UPDATE "course_versions" SET "ce_hours" = round("credit_minutes" / 60.0, 2)`);
    await db.query(`ALTER TABLE "course_versions" ALTER COLUMN "ce_hours" DROP DEFAULT,
      DROP CONSTRAINT "course_versions_credit_minutes_check",
      DROP CONSTRAINT "course_versions_objective_keys_check",
      DROP CONSTRAINT "course_versions_credential_kind_check",
      DROP COLUMN "credit_minutes", DROP COLUMN "objective_keys", DROP COLUMN "credential_kind",
      DROP COLUMN "scope_statement", DROP COLUMN "disclosure", DROP COLUMN "released_on",
      DROP COLUMN "credit_ends_on", DROP COLUMN "content_reviewed_on"`);
  }
}
