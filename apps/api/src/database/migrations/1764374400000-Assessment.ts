import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessment1764374400000 implements MigrationInterface {
  name = 'Assessment1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "question_banks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "question_banks_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "question_banks_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX "question_banks_version_id_idx" ON "question_banks" ("version_id")`,
    );

    await db.query(`
      CREATE TABLE "questions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "bank_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "position" integer NOT NULL,
        "type" text NOT NULL,
        "stem_markdown" text NOT NULL,
        "explanation_markdown" text NOT NULL,
        "reference" text NOT NULL,
        "objective_tag" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "questions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "questions_bank_id_fkey" FOREIGN KEY ("bank_id")
          REFERENCES "question_banks" ("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "questions_bank_id_idx" ON "questions" ("bank_id", "position")`);

    await db.query(`
      CREATE TABLE "question_options" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "question_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "text" text NOT NULL,
        "is_correct" boolean NOT NULL,
        CONSTRAINT "question_options_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "question_options_question_id_fkey" FOREIGN KEY ("question_id")
          REFERENCES "questions" ("id") ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX "question_options_question_id_idx" ON "question_options" ("question_id", "position")`,
    );

    await db.query(`
      CREATE TABLE "quizzes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "module_id" uuid,
        "bank_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "passing_score_percent" integer NOT NULL,
        "question_count" integer,
        "shuffle_questions" boolean NOT NULL,
        "shuffle_options" boolean NOT NULL,
        "time_limit_seconds" integer,
        "max_attempts" integer,
        "scoring" text NOT NULL,
        "review_content" text NOT NULL,
        "review_timing" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "quizzes_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "quizzes_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "course_versions" ("id") ON DELETE CASCADE,
        CONSTRAINT "quizzes_module_id_fkey" FOREIGN KEY ("module_id")
          REFERENCES "course_modules" ("id") ON DELETE CASCADE,
        CONSTRAINT "quizzes_bank_id_fkey" FOREIGN KEY ("bank_id") REFERENCES "question_banks" ("id"),
        CONSTRAINT "quizzes_passing_score_check"
          CHECK ("passing_score_percent" BETWEEN 1 AND 100)
      )`);
    await db.query(`CREATE INDEX "quizzes_version_id_idx" ON "quizzes" ("version_id")`);
    await db.query(`CREATE INDEX "quizzes_bank_id_idx" ON "quizzes" ("bank_id")`);
    // One quiz per module, one final exam per version.
    await db.query(`CREATE UNIQUE INDEX "quizzes_module_id_key" ON "quizzes" ("module_id")`);
    await db.query(`
      CREATE UNIQUE INDEX "quizzes_one_final_exam_idx" ON "quizzes" ("version_id")
      WHERE "module_id" IS NULL`);

    await db.query(`
      CREATE TABLE "quiz_attempts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "quiz_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "attempt_number" integer NOT NULL,
        "status" text NOT NULL,
        "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "deadline_at" TIMESTAMP WITH TIME ZONE,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "submitted_late" boolean NOT NULL DEFAULT false,
        "score_points" numeric(8,4),
        "max_points" integer NOT NULL,
        "score_percent" numeric(5,2),
        "passed" boolean,
        CONSTRAINT "quiz_attempts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "quiz_attempts_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "quizzes" ("id"),
        CONSTRAINT "quiz_attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id"),
        CONSTRAINT "quiz_attempts_number_key" UNIQUE ("quiz_id", "user_id", "attempt_number")
      )`);
    await db.query(
      `CREATE INDEX "quiz_attempts_user_id_idx" ON "quiz_attempts" ("user_id", "quiz_id")`,
    );
    await db.query(
      `CREATE INDEX "quiz_attempts_quiz_status_idx" ON "quiz_attempts" ("quiz_id", "status")`,
    );
    // At most one attempt in progress per learner and quiz, even under concurrent starts.
    await db.query(`
      CREATE UNIQUE INDEX "quiz_attempts_one_open_idx" ON "quiz_attempts" ("quiz_id", "user_id")
      WHERE "status" = 'IN_PROGRESS'`);

    await db.query(`
      CREATE TABLE "attempt_questions" (
        "attempt_id" uuid NOT NULL,
        "question_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "option_order" uuid array NOT NULL,
        "selected_option_ids" uuid array,
        "answered_at" TIMESTAMP WITH TIME ZONE,
        "points" numeric(6,4),
        CONSTRAINT "attempt_questions_pkey" PRIMARY KEY ("attempt_id", "question_id"),
        CONSTRAINT "attempt_questions_attempt_id_fkey" FOREIGN KEY ("attempt_id")
          REFERENCES "quiz_attempts" ("id") ON DELETE CASCADE,
        CONSTRAINT "attempt_questions_question_id_fkey" FOREIGN KEY ("question_id")
          REFERENCES "questions" ("id")
      )`);
    await db.query(
      `CREATE INDEX "attempt_questions_question_id_idx" ON "attempt_questions" ("question_id")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "attempt_questions"`);
    await db.query(`DROP TABLE "quiz_attempts"`);
    await db.query(`DROP TABLE "quizzes"`);
    await db.query(`DROP TABLE "question_options"`);
    await db.query(`DROP TABLE "questions"`);
    await db.query(`DROP TABLE "question_banks"`);
  }
}
