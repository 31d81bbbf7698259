import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person may delete their account (docs/privacy.md). The account row stays, emptied, with
 * `deleted_at`; its certificates stay until `retain_until` for licensing boards, and the
 * purge finds them by that date.
 */
export class Privacy1765238400000 implements MigrationInterface {
  name = 'Privacy1765238400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`ALTER TABLE "certificates" ADD "retain_until" date`);
    await db.query(`
      CREATE INDEX "certificates_retain_until_idx" ON "certificates" ("retain_until")
        WHERE "retain_until" IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "certificates_retain_until_idx"`);
    await db.query(`ALTER TABLE "certificates" DROP COLUMN "retain_until"`);
    await db.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
  }
}
