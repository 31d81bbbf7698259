import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a clinic requires a member to hold its required credentials. Some clinic admins
 * practise (and needle), some only run the clinic: admins who were members before this
 * change start as not required, everyone else as required; each clinic can switch it per
 * member. The default stays true, so a membership inserted without it is counted.
 */
export class MembersRequiredToHold1765152000000 implements MigrationInterface {
  name = 'MembersRequiredToHold1765152000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "memberships" ADD "required_to_hold" boolean NOT NULL DEFAULT true`,
    );
    await db.query(
      `UPDATE "memberships" SET "required_to_hold" = false WHERE "role" = 'ORG_ADMIN'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "memberships" DROP COLUMN "required_to_hold"`);
  }
}
