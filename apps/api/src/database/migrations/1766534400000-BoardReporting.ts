import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting completions to CE Broker (issue 19, item 5): a course's reporting settings, one
 * line per completion and reported board with its status, and the roster files exported.
 * `board_report_export_lines.line_id` is unique: a line is in one export at most, however
 * many exports run at once.
 */
export class BoardReporting1766534400000 implements MigrationInterface {
  name = 'BoardReporting1766534400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "board_reporting_settings" (
        "course_id" uuid NOT NULL,
        "provider_number" text NOT NULL,
        "course_number" text NOT NULL,
        "boards" jsonb NOT NULL,
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "updated_by" uuid NOT NULL,
        CONSTRAINT "board_reporting_settings_pkey" PRIMARY KEY ("course_id"),
        CONSTRAINT "board_reporting_settings_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "board_reporting_settings_updated_by_fkey" FOREIGN KEY ("updated_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(`
      CREATE TABLE "board_report_exports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "created_by" uuid NOT NULL,
        "line_count" integer NOT NULL,
        "filename" text NOT NULL,
        "content" bytea NOT NULL,
        "sha256" text NOT NULL,
        CONSTRAINT "board_report_exports_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "board_report_exports_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "board_report_exports_created_by_fkey" FOREIGN KEY ("created_by")
          REFERENCES "users" ("id"),
        CONSTRAINT "board_report_exports_line_count_check" CHECK ("line_count" > 0)
      )`);
    await db.query(
      `CREATE INDEX "board_report_exports_course_id_created_at_idx"
         ON "board_report_exports" ("course_id", "created_at")`,
    );
    await db.query(`
      CREATE TABLE "board_report_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "enrollment_id" uuid NOT NULL,
        "certificate_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "state" text NOT NULL,
        "profession" text NOT NULL,
        "holder_name" text NOT NULL,
        "license_number" text,
        "completed_on" date NOT NULL,
        "ce_hours" numeric(6,2) NOT NULL,
        "status" text NOT NULL,
        "reason" text,
        "note" text,
        "export_id" uuid,
        "exported_at" TIMESTAMP(3) WITH TIME ZONE,
        "result_recorded_at" TIMESTAMP(3) WITH TIME ZONE,
        "result_recorded_by" uuid,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "board_report_lines_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "board_report_lines_completion_key" UNIQUE ("enrollment_id", "state", "profession"),
        CONSTRAINT "board_report_lines_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "board_report_lines_certificate_id_fkey" FOREIGN KEY ("certificate_id")
          REFERENCES "certificates" ("id") ON DELETE CASCADE,
        CONSTRAINT "board_report_lines_export_id_fkey" FOREIGN KEY ("export_id")
          REFERENCES "board_report_exports" ("id"),
        CONSTRAINT "board_report_lines_result_recorded_by_fkey" FOREIGN KEY ("result_recorded_by")
          REFERENCES "users" ("id"),
        CONSTRAINT "board_report_lines_status_check"
          CHECK ("status" IN ('PENDING', 'EXPORTED', 'ACCEPTED', 'REJECTED', 'NOT_REPORTABLE')),
        CONSTRAINT "board_report_lines_exported_check"
          CHECK (("status" IN ('EXPORTED', 'ACCEPTED', 'REJECTED')) = ("export_id" IS NOT NULL)
             AND ("export_id" IS NULL) = ("exported_at" IS NULL)),
        CONSTRAINT "board_report_lines_reason_check"
          CHECK ("status" NOT IN ('REJECTED', 'NOT_REPORTABLE') OR "reason" IS NOT NULL),
        CONSTRAINT "board_report_lines_pending_license_check"
          CHECK ("status" <> 'PENDING' OR "license_number" IS NOT NULL)
      )`);
    await db.query(
      `CREATE INDEX "board_report_lines_course_id_status_idx"
         ON "board_report_lines" ("course_id", "status", "created_at", "id")`,
    );
    await db.query(
      `CREATE INDEX "board_report_lines_course_id_created_at_idx"
         ON "board_report_lines" ("course_id", "created_at", "id")`,
    );
    await db.query(
      `CREATE INDEX "board_report_lines_certificate_id_idx" ON "board_report_lines" ("certificate_id")`,
    );
    await db.query(
      `CREATE INDEX "board_report_lines_export_id_idx" ON "board_report_lines" ("export_id")`,
    );
    await db.query(`
      CREATE TABLE "board_report_export_lines" (
        "export_id" uuid NOT NULL,
        "line_id" uuid NOT NULL,
        CONSTRAINT "board_report_export_lines_pkey" PRIMARY KEY ("export_id", "line_id"),
        CONSTRAINT "board_report_export_lines_line_id_key" UNIQUE ("line_id"),
        CONSTRAINT "board_report_export_lines_export_id_fkey" FOREIGN KEY ("export_id")
          REFERENCES "board_report_exports" ("id") ON DELETE CASCADE,
        CONSTRAINT "board_report_export_lines_line_id_fkey" FOREIGN KEY ("line_id")
          REFERENCES "board_report_lines" ("id") ON DELETE CASCADE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "board_report_export_lines"`);
    await db.query(`DROP TABLE "board_report_lines"`);
    await db.query(`DROP TABLE "board_report_exports"`);
    await db.query(`DROP TABLE "board_reporting_settings"`);
  }
}
