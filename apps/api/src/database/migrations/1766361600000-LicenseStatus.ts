import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Licenses as a board sees them (issue 19): each has a status (what the board's lookup
 * shows; expiry follows from `expires_on`, the renewal date, so it is not stored), and every
 * license on file counts as ACTIVE until its holder says otherwise.
 *
 * Certificates name the license they were earned under (`license_id`), beside the number and
 * state they printed, which stay as issued. Removing a license leaves its certificates, with
 * their printed copy, naming none. Certificates issued before this name the license that still
 * holds the number and state they printed, where one does.
 */
export class LicenseStatus1766361600000 implements MigrationInterface {
  name = 'LicenseStatus1766361600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "licenses" ADD "status" text NOT NULL DEFAULT 'ACTIVE'`);
    await db.query(`
      ALTER TABLE "licenses" ADD CONSTRAINT "licenses_status_check"
        CHECK ("status" IN ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'REVOKED'))`);

    await db.query(`ALTER TABLE "certificates" ADD "license_id" uuid`);
    await db.query(`
      ALTER TABLE "certificates" ADD CONSTRAINT "certificates_license_id_fkey"
        FOREIGN KEY ("license_id") REFERENCES "licenses" ("id") ON DELETE SET NULL`);
    // The foreign key's own lookups (SET NULL on delete) and "certificates under a license".
    await db.query(`CREATE INDEX "certificates_license_id_idx" ON "certificates" ("license_id")`);
    await db.query(`
      UPDATE "certificates" c SET "license_id" = l."id"
        FROM "licenses" l
       WHERE l."user_id" = c."user_id" AND l."state" = c."license_state"
         AND l."number" = c."license_number"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "certificates_license_id_idx"`);
    await db.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_license_id_fkey"`);
    await db.query(`ALTER TABLE "certificates" DROP COLUMN "license_id"`);
    await db.query(`ALTER TABLE "licenses" DROP CONSTRAINT "licenses_status_check"`);
    await db.query(`ALTER TABLE "licenses" DROP COLUMN "status"`);
  }
}
