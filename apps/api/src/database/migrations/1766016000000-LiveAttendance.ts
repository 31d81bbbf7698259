import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance at live sessions (check-in and check-out by the rotating code, instructors'
 * corrections), and sessions that belong to a credential program rather than one course.
 */
export class LiveAttendance1766016000000 implements MigrationInterface {
  name = 'LiveAttendance1766016000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "live_sessions" ALTER COLUMN "course_id" DROP NOT NULL`);
    await db.query(`ALTER TABLE "live_sessions" ADD "program_id" uuid`);
    await db.query(`ALTER TABLE "live_sessions"
      ADD CONSTRAINT "live_sessions_program_id_fkey" FOREIGN KEY ("program_id")
        REFERENCES "credential_programs" ("id")`);
    await db.query(`ALTER TABLE "live_sessions"
      ADD CONSTRAINT "live_sessions_owner_check"
        CHECK (("course_id" IS NULL) <> ("program_id" IS NULL))`);
    await db.query(`CREATE INDEX "live_sessions_program_starts_idx"
      ON "live_sessions" ("program_id", "starts_at", "id")`);
    await db.query(`
      CREATE TABLE "live_session_attendance" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "checked_in_at" TIMESTAMP(3) WITH TIME ZONE,
        "checked_out_at" TIMESTAMP(3) WITH TIME ZONE,
        "check_in_window" integer,
        "check_out_window" integer,
        "corrected_at" TIMESTAMP(3) WITH TIME ZONE,
        "corrected_by" uuid,
        "correction_reason" text,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "live_session_attendance_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "live_session_attendance_session_user_key" UNIQUE ("session_id", "user_id"),
        CONSTRAINT "live_session_attendance_times_check"
          CHECK ("checked_out_at" IS NULL OR ("checked_in_at" IS NOT NULL AND "checked_out_at" > "checked_in_at")),
        CONSTRAINT "live_session_attendance_correction_check"
          CHECK (("corrected_at" IS NULL) = ("correction_reason" IS NULL)),
        CONSTRAINT "live_session_attendance_session_id_fkey" FOREIGN KEY ("session_id")
          REFERENCES "live_sessions" ("id"),
        CONSTRAINT "live_session_attendance_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id"),
        CONSTRAINT "live_session_attendance_corrected_by_fkey" FOREIGN KEY ("corrected_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "live_session_attendance_user_id_idx"
      ON "live_session_attendance" ("user_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "live_session_attendance"`);
    // Program sessions have no course to fall back to: they go with the column.
    await db.query(`DELETE FROM "live_session_registrations" WHERE "session_id" IN
      (SELECT "id" FROM "live_sessions" WHERE "program_id" IS NOT NULL)`);
    await db.query(`DELETE FROM "live_sessions" WHERE "program_id" IS NOT NULL`);
    await db.query(`DROP INDEX "live_sessions_program_starts_idx"`);
    await db.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "live_sessions_owner_check"`);
    await db.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "live_sessions_program_id_fkey"`);
    await db.query(`ALTER TABLE "live_sessions" DROP COLUMN "program_id"`);
    await db.query(`ALTER TABLE "live_sessions" ALTER COLUMN "course_id" SET NOT NULL`);
  }
}
