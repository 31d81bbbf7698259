import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seconds a learner's page reported a lesson's video playing: a video lesson needs them. */
export class WatchedSeconds1765584000000 implements MigrationInterface {
  name = 'WatchedSeconds1765584000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "lesson_progress" ADD "watched_seconds" integer NOT NULL DEFAULT 0`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "lesson_progress" DROP COLUMN "watched_seconds"`);
  }
}
