import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningCredentials1764460800000 implements MigrationInterface {
  name = 'LearningCredentials1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "course_versions" ADD "certificate_validity_months" integer`);

    await db.query(`
      CREATE TABLE "enrollments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "course_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "status" text NOT NULL,
        "enrolled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "completed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "enrollments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "enrollments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id"),
        CONSTRAINT "enrollments_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id"),
        CONSTRAINT "enrollments_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id"),
        CONSTRAINT "enrollments_user_version_key" UNIQUE ("user_id", "version_id")
      )`);
    // One enrollment in progress per learner and course: a new version is taken after
    // completing (or instead of) the old one, never beside it.
    await db.query(`
      CREATE UNIQUE INDEX "enrollments_one_active_idx" ON "enrollments" ("user_id", "course_id")
      WHERE "status" = 'ACTIVE'`);
    await db.query(`CREATE INDEX "enrollments_version_id_idx" ON "enrollments" ("version_id")`);

    await db.query(`
      CREATE TABLE "lesson_progress" (
        "enrollment_id" uuid NOT NULL,
        "lesson_id" uuid NOT NULL,
        "credited_seconds" integer NOT NULL DEFAULT 0,
        "last_activity_at" TIMESTAMP WITH TIME ZONE,
        "completed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "lesson_progress_pkey" PRIMARY KEY ("enrollment_id", "lesson_id"),
        CONSTRAINT "lesson_progress_enrollment_id_fkey" FOREIGN KEY ("enrollment_id")
          REFERENCES "enrollments" ("id") ON DELETE CASCADE,
        CONSTRAINT "lesson_progress_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lessons" ("id")
      )`);

    // One activity clock per learner: seat time is credited against the learner's previous
    // report on any lesson, so lessons open side by side cannot earn at once.
    await db.query(`
      CREATE TABLE "learner_activity" (
        "user_id" uuid NOT NULL,
        "lesson_id" uuid NOT NULL,
        "last_report_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "learner_activity_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "learner_activity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id")
      )`);

    await db.query(`
      CREATE TABLE "course_evaluations" (
        "enrollment_id" uuid NOT NULL,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "objectives_met" integer NOT NULL,
        "content_relevance" integer NOT NULL,
        "presentation_quality" integer NOT NULL,
        "free_of_commercial_bias" boolean NOT NULL,
        "would_recommend" boolean NOT NULL,
        "intended_practice_change" text NOT NULL DEFAULT '',
        "comments" text NOT NULL DEFAULT '',
        CONSTRAINT "course_evaluations_pkey" PRIMARY KEY ("enrollment_id"),
        CONSTRAINT "course_evaluations_enrollment_id_fkey" FOREIGN KEY ("enrollment_id")
          REFERENCES "enrollments" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_evaluations_ratings_check" CHECK (
          "objectives_met" BETWEEN 1 AND 5 AND "content_relevance" BETWEEN 1 AND 5
          AND "presentation_quality" BETWEEN 1 AND 5)
      )`);

    await db.query(`
      CREATE TABLE "credential_programs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "title" text NOT NULL,
        "description" text NOT NULL,
        "validity_months" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "credential_programs_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "credential_programs_slug_key" UNIQUE ("slug")
      )`);
    await db.query(`
      CREATE TABLE "credential_program_courses" (
        "program_id" uuid NOT NULL,
        "course_id" uuid NOT NULL,
        CONSTRAINT "credential_program_courses_pkey" PRIMARY KEY ("program_id", "course_id"),
        CONSTRAINT "credential_program_courses_program_id_fkey" FOREIGN KEY ("program_id")
          REFERENCES "credential_programs" ("id") ON DELETE CASCADE,
        CONSTRAINT "credential_program_courses_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id")
      )`);
    await db.query(
      `CREATE INDEX "credential_program_courses_course_id_idx" ON "credential_program_courses" ("course_id")`,
    );

    // Every certificate has its own bit in the revocation status list.
    await db.query(`CREATE SEQUENCE "certificates_status_index_seq" MINVALUE 0 START 0`);
    await db.query(`
      CREATE TABLE "certificates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "kind" text NOT NULL,
        "user_id" uuid NOT NULL,
        "enrollment_id" uuid,
        "program_id" uuid,
        "holder_name" text NOT NULL,
        "license_number" text,
        "license_state" text,
        "title" text NOT NULL,
        "course_slug" text,
        "course_version" integer,
        "provider" text NOT NULL,
        "approvals" jsonb NOT NULL DEFAULT '[]',
        "ce_hours" numeric(6,2) NOT NULL,
        "completed_on" date NOT NULL,
        "expires_on" date,
        "delivery_method" text NOT NULL DEFAULT 'online',
        "status_list_index" integer NOT NULL DEFAULT nextval('certificates_status_index_seq'),
        "credential_jwt" text NOT NULL,
        "issued_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_reason" text,
        "revoked_by" uuid,
        CONSTRAINT "certificates_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "certificates_code_key" UNIQUE ("code"),
        CONSTRAINT "certificates_status_list_index_key" UNIQUE ("status_list_index"),
        CONSTRAINT "certificates_enrollment_id_key" UNIQUE ("enrollment_id"),
        CONSTRAINT "certificates_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id"),
        CONSTRAINT "certificates_enrollment_id_fkey" FOREIGN KEY ("enrollment_id")
          REFERENCES "enrollments" ("id"),
        CONSTRAINT "certificates_program_id_fkey" FOREIGN KEY ("program_id")
          REFERENCES "credential_programs" ("id"),
        CONSTRAINT "certificates_revoked_by_fkey" FOREIGN KEY ("revoked_by") REFERENCES "users" ("id"),
        CONSTRAINT "certificates_kind_check" CHECK (
          ("kind" = 'COURSE' AND "enrollment_id" IS NOT NULL AND "program_id" IS NULL)
          OR ("kind" = 'PROGRAM' AND "program_id" IS NOT NULL AND "enrollment_id" IS NULL))
      )`);
    await db.query(
      `CREATE INDEX "certificates_user_id_idx" ON "certificates" ("user_id", "completed_on")`,
    );
    // A program credential once per learner and completion day, even under a race.
    await db.query(`
      CREATE UNIQUE INDEX "certificates_program_once_idx" ON "certificates"
      ("program_id", "user_id", "completed_on") WHERE "kind" = 'PROGRAM'`);
    await db.query(
      `CREATE INDEX "certificates_revoked_idx" ON "certificates" ("status_list_index") WHERE "revoked_at" IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "certificates"`);
    await db.query(`DROP SEQUENCE "certificates_status_index_seq"`);
    await db.query(`DROP TABLE "credential_program_courses"`);
    await db.query(`DROP TABLE "credential_programs"`);
    await db.query(`DROP TABLE "course_evaluations"`);
    await db.query(`DROP TABLE "learner_activity"`);
    await db.query(`DROP TABLE "lesson_progress"`);
    await db.query(`DROP TABLE "enrollments"`);
    await db.query(`ALTER TABLE "course_versions" DROP COLUMN "certificate_validity_months"`);
  }
}
