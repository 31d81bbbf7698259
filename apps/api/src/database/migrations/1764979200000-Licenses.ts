import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person may hold several licenses (a state and a profession each); the primary one is
 * printed on new certificates. The license on each account moves to the new table as its
 * primary license.
 *
 * A certificate can now be reissued (the holder corrected their name or license): the new
 * certificate is the enrolment's (or program completion's) current one, and the old one
 * is marked `superseded_at` and names it in `superseded_by`. So the unique rules cover
 * current certificates only (no `superseded_at`: a reissue marks the old one first, then
 * inserts the new one it can then name).
 */
export class Licenses1764979200000 implements MigrationInterface {
  name = 'Licenses1764979200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "licenses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "state" text NOT NULL,
        "profession" text NOT NULL,
        "number" text NOT NULL,
        "issued_on" date,
        "expires_on" date,
        "is_primary" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "licenses_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "licenses_user_state_profession_key" UNIQUE ("user_id", "state", "profession"),
        CONSTRAINT "licenses_dates_check"
          CHECK ("issued_on" IS NULL OR "expires_on" IS NULL OR "expires_on" > "issued_on"),
        CONSTRAINT "licenses_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX "licenses_primary_idx" ON "licenses" ("user_id") WHERE "is_primary"`,
    );
    await db.query(`
      INSERT INTO "licenses" ("user_id", "state", "profession", "number", "is_primary")
      SELECT "id", "license_state", "profession", "license_number", true FROM "users"
       WHERE "license_number" IS NOT NULL AND "license_state" IS NOT NULL`);
    await db.query(`ALTER TABLE "users" DROP COLUMN "license_number"`);
    await db.query(`ALTER TABLE "users" DROP COLUMN "license_state"`);

    await db.query(`ALTER TABLE "certificates" ADD "superseded_by" uuid`);
    await db.query(`ALTER TABLE "certificates" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`
      ALTER TABLE "certificates" ADD CONSTRAINT "certificates_superseded_by_fkey"
        FOREIGN KEY ("superseded_by") REFERENCES "certificates" ("id")`);
    await db.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_enrollment_id_key"`);
    await db.query(`
      CREATE UNIQUE INDEX "certificates_current_enrollment_idx" ON "certificates"
      ("enrollment_id") WHERE "superseded_at" IS NULL`);
    await db.query(`DROP INDEX "certificates_program_once_idx"`);
    await db.query(`
      CREATE UNIQUE INDEX "certificates_program_once_idx" ON "certificates"
      ("program_id", "user_id", "completed_on")
      WHERE "kind" = 'PROGRAM' AND "superseded_at" IS NULL`);
    // Enrolment lookups of any certificate, current or not (the unique index covers current).
    await db.query(
      `CREATE INDEX "certificates_enrollment_id_idx" ON "certificates" ("enrollment_id")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to one certificate per enrolment: the reissued ones go, the first of each stays.
    await db.query(`DROP INDEX "certificates_enrollment_id_idx"`);
    await db.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_superseded_by_fkey"`);
    const reissued = `SELECT "superseded_by" FROM "certificates" WHERE "superseded_by" IS NOT NULL`;
    await db.query(`DELETE FROM "credential_reminders" WHERE "certificate_id" IN (${reissued})`);
    await db.query(`DELETE FROM "certificates" WHERE "id" IN (${reissued})`);
    await db.query(`DROP INDEX "certificates_program_once_idx"`);
    await db.query(`
      CREATE UNIQUE INDEX "certificates_program_once_idx" ON "certificates"
      ("program_id", "user_id", "completed_on") WHERE "kind" = 'PROGRAM'`);
    await db.query(`DROP INDEX "certificates_current_enrollment_idx"`);
    await db.query(`
      ALTER TABLE "certificates" ADD CONSTRAINT "certificates_enrollment_id_key"
        UNIQUE ("enrollment_id")`);
    await db.query(`ALTER TABLE "certificates" DROP COLUMN "superseded_at"`);
    await db.query(`ALTER TABLE "certificates" DROP COLUMN "superseded_by"`);

    await db.query(`ALTER TABLE "users" ADD "license_number" text`);
    await db.query(`ALTER TABLE "users" ADD "license_state" text`);
    await db.query(`
      UPDATE "users" u SET "license_number" = l."number", "license_state" = l."state"
        FROM "licenses" l WHERE l."user_id" = u."id" AND l."is_primary"`);
    await db.query(`DROP TABLE "licenses"`);
  }
}
