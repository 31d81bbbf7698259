import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Images and captioned videos in lessons; the bytes live in MediaStorage, not here. */
export class LessonMedia1765497600000 implements MigrationInterface {
  name = 'LessonMedia1765497600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "lesson_media" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "lesson_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "kind" text NOT NULL,
        "storage_key" text NOT NULL,
        "content_type" text NOT NULL,
        "bytes" integer NOT NULL,
        "width" integer,
        "height" integer,
        "alt_text" text,
        "duration_seconds" integer,
        "captions_key" text,
        "transcript" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "lesson_media_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "lesson_media_kind_check" CHECK ("kind" IN ('IMAGE', 'VIDEO')),
        CONSTRAINT "lesson_media_lesson_id_fkey" FOREIGN KEY ("lesson_id")
          REFERENCES "lessons"("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX "lesson_media_lesson_id_idx" ON "lesson_media" ("lesson_id", "position")`,
    );
    await db.query(`CREATE INDEX "lesson_media_storage_key_idx" ON "lesson_media" ("storage_key")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "lesson_media"`);
  }
}
