import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A course may ask learners to finish a module's lessons before its quiz. Off for existing ones. */
export class QuizzesAfterLessons1765324800000 implements MigrationInterface {
  name = 'QuizzesAfterLessons1765324800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "course_versions" ADD "quizzes_after_lessons" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "course_versions" DROP COLUMN "quizzes_after_lessons"`);
  }
}
