import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions that correct safety or legal content, the notices their publication leaves for
 * those who completed an earlier version, and the email topic that lets a person stop the
 * emails (the notices stay on the transcript).
 */
export class CorrectionNotices1765670400000 implements MigrationInterface {
  name = 'CorrectionNotices1765670400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "course_version_corrections" (
        "version_id" uuid NOT NULL,
        "kinds" text[] NOT NULL,
        "summary" text NOT NULL,
        "marked_by" uuid NOT NULL,
        "marked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "course_version_corrections_pkey" PRIMARY KEY ("version_id"),
        CONSTRAINT "course_version_corrections_kinds_check"
          CHECK (cardinality("kinds") > 0 AND "kinds" <@ ARRAY['SAFETY', 'LEGAL']::text[]),
        CONSTRAINT "course_version_corrections_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_version_corrections_marked_by_fkey" FOREIGN KEY ("marked_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(`
      CREATE TABLE "correction_notices" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "course_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "version_number" integer NOT NULL,
        "kinds" text[] NOT NULL,
        "summary" text NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "read_at" TIMESTAMP(3) WITH TIME ZONE,
        CONSTRAINT "correction_notices_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "correction_notices_user_version_key" UNIQUE ("user_id", "version_id"),
        CONSTRAINT "correction_notices_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id"),
        CONSTRAINT "correction_notices_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id"),
        CONSTRAINT "correction_notices_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id")
      )`);
    await db.query(`CREATE INDEX "correction_notices_user_created_idx"
      ON "correction_notices" ("user_id", "created_at", "id")`);
    await db.query(`CREATE INDEX "correction_notices_version_id_idx"
      ON "correction_notices" ("version_id")`);
    await db.query(`ALTER TABLE "users" ADD "course_corrections" boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" DROP COLUMN "course_corrections"`);
    await db.query(`DROP TABLE "correction_notices"`);
    await db.query(`DROP TABLE "course_version_corrections"`);
  }
}
