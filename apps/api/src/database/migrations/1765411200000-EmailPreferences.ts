import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which optional emails a person gets: credential reminders, and clinic notices to admins. */
export class EmailPreferences1765411200000 implements MigrationInterface {
  name = 'EmailPreferences1765411200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" ADD "credential_reminders" boolean NOT NULL DEFAULT true`);
    await db.query(`ALTER TABLE "users" ADD "clinic_notices" boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" DROP COLUMN "clinic_notices"`);
    await db.query(`ALTER TABLE "users" DROP COLUMN "credential_reminders"`);
  }
}
