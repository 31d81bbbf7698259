import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Skills a course names but assesses only in its hands-on part. None for existing versions. */
export class HandsOnObjectives1765756800000 implements MigrationInterface {
  name = 'HandsOnObjectives1765756800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "course_versions" ADD "hands_on_objectives" text array NOT NULL DEFAULT '{}'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "course_versions" DROP COLUMN "hands_on_objectives"`);
  }
}
