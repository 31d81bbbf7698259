import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalog1764288000000 implements MigrationInterface {
  name = 'Catalog1764288000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "action" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "details" jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users" ("id")
      )`);
    await db.query(
      `CREATE INDEX "audit_events_subject_idx" ON "audit_events" ("subject_id", "seq")`,
    );
    await db.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("actor_id", "seq")`);
    // Append-only, enforced by the database itself and not only by the code that writes it.
    await db.query(`
      CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER "audit_events_no_change" BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"()`);

    await db.query(`
      CREATE TABLE "courses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "published_version_id" uuid,
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "courses_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "courses_slug_key" UNIQUE ("slug"),
        CONSTRAINT "courses_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users" ("id")
      )`);
    await db.query(`
      CREATE TABLE "course_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" text NOT NULL,
        "title" text NOT NULL,
        "summary" text NOT NULL,
        "audience" text NOT NULL,
        "ce_hours" numeric(5,2) NOT NULL,
        "learning_objectives" text array NOT NULL DEFAULT '{}',
        "topic_tags" text array NOT NULL DEFAULT '{}',
        "changelog" text NOT NULL DEFAULT '',
        "review_comment" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "submitted_by" uuid,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "published_by" uuid,
        "retired_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "course_versions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "course_versions_course_id_number_key" UNIQUE ("course_id", "number"),
        CONSTRAINT "course_versions_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_versions_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "users" ("id"),
        CONSTRAINT "course_versions_published_by_fkey" FOREIGN KEY ("published_by") REFERENCES "users" ("id")
      )`);
    // At most one version in the making per course: the draft instructors edit or the one
    // under review. Two concurrent "new version" requests cannot both succeed.
    await db.query(`
      CREATE UNIQUE INDEX "course_versions_one_open_idx" ON "course_versions" ("course_id")
      WHERE "status" IN ('DRAFT', 'IN_REVIEW')`);
    await db.query(
      `CREATE INDEX "course_versions_status_idx" ON "course_versions" ("status", "submitted_at")`,
    );
    await db.query(`
      CREATE INDEX "course_versions_search_idx" ON "course_versions"
      USING gin (to_tsvector('english', "title" || ' ' || "summary"))`);
    await db.query(
      `CREATE INDEX "course_versions_topic_tags_idx" ON "course_versions" USING gin ("topic_tags")`,
    );
    await db.query(`
      ALTER TABLE "courses" ADD CONSTRAINT "courses_published_version_id_fkey"
      FOREIGN KEY ("published_version_id") REFERENCES "course_versions" ("id")`);
    await db.query(
      `CREATE INDEX "courses_published_version_id_idx" ON "courses" ("published_version_id")`,
    );

    await db.query(`
      CREATE TABLE "course_authors" (
        "course_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "course_authors_pkey" PRIMARY KEY ("course_id", "user_id"),
        CONSTRAINT "course_authors_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_authors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id")
      )`);
    await db.query(`CREATE INDEX "course_authors_user_id_idx" ON "course_authors" ("user_id")`);

    await db.query(`
      CREATE TABLE "course_prerequisites" (
        "course_id" uuid NOT NULL,
        "prerequisite_id" uuid NOT NULL,
        CONSTRAINT "course_prerequisites_pkey" PRIMARY KEY ("course_id", "prerequisite_id"),
        CONSTRAINT "course_prerequisites_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_prerequisites_prerequisite_id_fkey" FOREIGN KEY ("prerequisite_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_prerequisites_not_self_check" CHECK ("course_id" <> "prerequisite_id")
      )`);
    await db.query(
      `CREATE INDEX "course_prerequisites_prerequisite_id_idx" ON "course_prerequisites" ("prerequisite_id")`,
    );

    await db.query(`
      CREATE TABLE "course_approvals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "body" text NOT NULL,
        "approval_number" text NOT NULL,
        "valid_from" date NOT NULL,
        "valid_until" date,
        "is_sample" boolean NOT NULL DEFAULT false,
        "recorded_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "course_approvals_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "course_approvals_course_id_fkey" FOREIGN KEY ("course_id")
          REFERENCES "courses" ("id") ON DELETE CASCADE,
        CONSTRAINT "course_approvals_recorded_by_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users" ("id")
      )`);
    await db.query(
      `CREATE INDEX "course_approvals_course_id_idx" ON "course_approvals" ("course_id", "valid_from")`,
    );

    await db.query(`
      CREATE TABLE "course_modules" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "objectives" text array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "course_modules_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "course_modules_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX "course_modules_version_id_idx" ON "course_modules" ("version_id", "position")`,
    );

    await db.query(`
      CREATE TABLE "lessons" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "module_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "body_markdown" text NOT NULL,
        "seat_time_minutes" integer NOT NULL,
        "references" jsonb NOT NULL DEFAULT '[]',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "lessons_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "lessons_module_id_fkey" FOREIGN KEY ("module_id")
          REFERENCES "course_modules" ("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "lessons_module_id_idx" ON "lessons" ("module_id", "position")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "lessons"`);
    await db.query(`DROP TABLE "course_modules"`);
    await db.query(`DROP TABLE "course_approvals"`);
    await db.query(`DROP TABLE "course_prerequisites"`);
    await db.query(`DROP TABLE "course_authors"`);
    await db.query(`ALTER TABLE "courses" DROP CONSTRAINT "courses_published_version_id_fkey"`);
    await db.query(`DROP TABLE "course_versions"`);
    await db.query(`DROP TABLE "courses"`);
    await db.query(`DROP TABLE "audit_events"`);
    await db.query(`DROP FUNCTION "audit_events_append_only"()`);
  }
}
