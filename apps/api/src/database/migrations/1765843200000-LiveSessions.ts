import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live sessions of a course (in-person labs and live webinars) and learners' places at them:
 * a seat, a waitlist place in order of arrival, or a cancellation.
 */
export class LiveSessions1765843200000 implements MigrationInterface {
  name = 'LiveSessions1765843200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "live_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "venue" text,
        "join_url" text,
        "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "capacity" integer NOT NULL,
        "instructors" integer NOT NULL,
        "learners_per_instructor" integer NOT NULL,
        "cutoff_hours" integer NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "cancelled_at" TIMESTAMP(3) WITH TIME ZONE,
        CONSTRAINT "live_sessions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "live_sessions_kind_check" CHECK ("kind" IN ('LAB', 'WEBINAR')),
        CONSTRAINT "live_sessions_place_check" CHECK (("kind" = 'LAB' AND "venue" IS NOT NULL) OR ("kind" = 'WEBINAR' AND "join_url" IS NOT NULL)),
        CONSTRAINT "live_sessions_times_check" CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "live_sessions_capacity_check" CHECK ("capacity" > 0 AND "capacity" <= "instructors" * "learners_per_instructor"),
        CONSTRAINT "live_sessions_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id"),
        CONSTRAINT "live_sessions_created_by_fkey" FOREIGN KEY ("created_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "live_sessions_course_starts_idx"
      ON "live_sessions" ("course_id", "starts_at", "id")`);
    await db.query(`CREATE INDEX "live_sessions_starts_idx"
      ON "live_sessions" ("starts_at", "id")`);
    await db.query(`
      CREATE TABLE "live_session_registrations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "status" text NOT NULL,
        "queue_number" integer NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "live_session_registrations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "live_session_registrations_session_user_key" UNIQUE ("session_id", "user_id"),
        CONSTRAINT "live_session_registrations_session_queue_key" UNIQUE ("session_id", "queue_number"),
        CONSTRAINT "live_session_registrations_status_check"
          CHECK ("status" IN ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
        CONSTRAINT "live_session_registrations_session_id_fkey" FOREIGN KEY ("session_id")
          REFERENCES "live_sessions" ("id"),
        CONSTRAINT "live_session_registrations_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "live_session_registrations_user_id_idx"
      ON "live_session_registrations" ("user_id")`);
    await db.query(`CREATE INDEX "live_session_registrations_session_status_idx"
      ON "live_session_registrations" ("session_id", "status", "queue_number")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "live_session_registrations"`);
    await db.query(`DROP TABLE "live_sessions"`);
  }
}
