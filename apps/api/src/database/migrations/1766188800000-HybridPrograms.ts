import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hybrid programs (issue 18): what a program asks beyond its courses, and whether a
 * supervisor meets the program state's own dry needling rule (Florida asks it).
 */
export class HybridPrograms1766188800000 implements MigrationInterface {
  name = 'HybridPrograms1766188800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "hybrid_program_rules" (
        "program_id" uuid NOT NULL,
        "requirements" jsonb NOT NULL,
        "supervisor_rule" jsonb,
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "hybrid_program_rules_pkey" PRIMARY KEY ("program_id"),
        CONSTRAINT "hybrid_program_rules_program_id_fkey" FOREIGN KEY ("program_id")
          REFERENCES "credential_programs" ("id")
      )`);
    await db.query(
      `ALTER TABLE "supervisor_qualifications" ADD "meets_state_qualification" boolean`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "supervisor_qualifications" DROP COLUMN "meets_state_qualification"`,
    );
    await db.query(`DROP TABLE "hybrid_program_rules"`);
  }
}
