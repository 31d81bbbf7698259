import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The renewal planner (issue 19): continuing education the learner earned outside Fascicle,
 * with its certificate file, and the renewal reminders already sent.
 */
export class Renewals1766448000000 implements MigrationInterface {
  name = 'Renewals1766448000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "outside_ce_records" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "provider" text NOT NULL,
        "title" text NOT NULL,
        "completed_on" date NOT NULL,
        "hours" numeric(6,2) NOT NULL,
        "self_paced" boolean NOT NULL,
        "topics" text array NOT NULL,
        "file_key" text NOT NULL,
        "file_type" text NOT NULL,
        "file_name" text NOT NULL,
        "file_bytes" integer NOT NULL,
        "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "outside_ce_records_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "outside_ce_records_hours_check" CHECK ("hours" > 0 AND "hours" <= 200),
        CONSTRAINT "outside_ce_records_file_type_check"
          CHECK ("file_type" IN ('application/pdf', 'image/png', 'image/jpeg')),
        CONSTRAINT "outside_ce_records_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id")
      )`);
    // The planner, the list and the audit pack all read one person's records by date.
    await db.query(`CREATE INDEX "outside_ce_records_user_idx"
      ON "outside_ce_records" ("user_id", "completed_on", "id")`);
    // A reminder is sent once per license, cycle (its end date) and threshold: the primary key
    // makes a second run, or a second replica, find the row and send nothing.
    await db.query(`
      CREATE TABLE "renewal_reminders" (
        "license_id" uuid NOT NULL,
        "cycle_end" date NOT NULL,
        "days_before" integer NOT NULL,
        "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "renewal_reminders_pkey" PRIMARY KEY ("license_id", "cycle_end", "days_before"),
        CONSTRAINT "renewal_reminders_license_id_fkey" FOREIGN KEY ("license_id")
          REFERENCES "licenses" ("id") ON DELETE CASCADE
      )`);
    // The reminder job asks for the licenses renewing in a window of dates.
    await db.query(`CREATE INDEX "licenses_expires_on_idx" ON "licenses" ("expires_on")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "licenses_expires_on_idx"`);
    await db.query(`DROP TABLE "renewal_reminders"`);
    await db.query(`DROP TABLE "outside_ce_records"`);
  }
}
