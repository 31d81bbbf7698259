import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practical examinations of hybrid programs (issue 18): a program's versioned checklists, and
 * the examiners' signed records, which the database itself refuses to change or delete.
 */
export class PracticalExams1766102400000 implements MigrationInterface {
  name = 'PracticalExams1766102400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "practical_checklists" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "program_id" uuid NOT NULL,
        "title" text NOT NULL,
        "version" integer NOT NULL,
        "items" jsonb NOT NULL,
        "non_critical_pass_percent" integer NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "practical_checklists_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "practical_checklists_program_id_version_key" UNIQUE ("program_id", "version"),
        CONSTRAINT "practical_checklists_version_check" CHECK ("version" >= 1),
        CONSTRAINT "practical_checklists_percent_check"
          CHECK ("non_critical_pass_percent" BETWEEN 0 AND 100),
        CONSTRAINT "practical_checklists_program_id_fkey" FOREIGN KEY ("program_id")
          REFERENCES "credential_programs" ("id"),
        CONSTRAINT "practical_checklists_created_by_fkey" FOREIGN KEY ("created_by")
          REFERENCES "users" ("id")
      )`);
    await db.query(`
      CREATE TABLE "practical_exam_records" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "checklist_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "examiner_id" uuid NOT NULL,
        "examiner_name" text NOT NULL,
        "examined_on" date NOT NULL,
        "session_id" uuid,
        "results" jsonb NOT NULL,
        "passed" boolean NOT NULL,
        "summary" text,
        "replaces_id" uuid,
        "correction_reason" text,
        "signed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "signature" text NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "practical_exam_records_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "practical_exam_records_replaces_id_key" UNIQUE ("replaces_id"),
        CONSTRAINT "practical_exam_records_not_self_check" CHECK ("examiner_id" <> "candidate_id"),
        CONSTRAINT "practical_exam_records_correction_check"
          CHECK (("replaces_id" IS NULL) = ("correction_reason" IS NULL)),
        CONSTRAINT "practical_exam_records_checklist_id_fkey" FOREIGN KEY ("checklist_id")
          REFERENCES "practical_checklists" ("id"),
        CONSTRAINT "practical_exam_records_candidate_id_fkey" FOREIGN KEY ("candidate_id")
          REFERENCES "users" ("id"),
        CONSTRAINT "practical_exam_records_examiner_id_fkey" FOREIGN KEY ("examiner_id")
          REFERENCES "users" ("id"),
        CONSTRAINT "practical_exam_records_session_id_fkey" FOREIGN KEY ("session_id")
          REFERENCES "live_sessions" ("id"),
        CONSTRAINT "practical_exam_records_replaces_id_fkey" FOREIGN KEY ("replaces_id")
          REFERENCES "practical_exam_records" ("id")
      )`);
    await db.query(`CREATE INDEX "practical_exam_records_candidate_idx"
      ON "practical_exam_records" ("candidate_id", "created_at", "id")`);
    await db.query(`CREATE INDEX "practical_exam_records_checklist_idx"
      ON "practical_exam_records" ("checklist_id", "created_at", "id")`);
    await db.query(`CREATE INDEX "practical_exam_records_examiner_idx"
      ON "practical_exam_records" ("examiner_id", "created_at", "id")`);
    await db.query(`CREATE INDEX "practical_exam_records_session_id_idx"
      ON "practical_exam_records" ("session_id")`);
    // A signed record is evidence for a board: the database refuses to change or delete it,
    // so not even a bug can. A correction is a new row naming the one it replaces. A checklist
    // graded records, so it never changes either: a change is a new version.
    await db.query(`
      CREATE FUNCTION "practical_exams_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable: a change is a new row', TG_TABLE_NAME;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER "practical_exam_records_no_change"
      BEFORE UPDATE OR DELETE ON "practical_exam_records"
      FOR EACH ROW EXECUTE FUNCTION "practical_exams_immutable"()`);
    await db.query(`
      CREATE TRIGGER "practical_checklists_no_change" BEFORE UPDATE ON "practical_checklists"
      FOR EACH ROW EXECUTE FUNCTION "practical_exams_immutable"()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "practical_exam_records"`);
    await db.query(`DROP TABLE "practical_checklists"`);
    await db.query(`DROP FUNCTION "practical_exams_immutable"()`);
  }
}
