import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The state rules for dry needling as dated versions: seeded from
 * libs/regulation/data/dry-needling.yaml at start-up (`recorded_by` null) and added to by
 * admins through the API (audited). A version is never changed: a correction is a new row
 * with the same effective date, and the later one recorded wins. A clinic names the state it
 * practises in, for the eligibility column of its compliance report.
 */
export class DryNeedlingRules1766275200000 implements MigrationInterface {
  name = 'DryNeedlingRules1766275200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "dry_needling_rules" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "state" text NOT NULL,
        "state_name" text NOT NULL,
        "effective_from" date,
        "rule" jsonb NOT NULL,
        "content_hash" text NOT NULL,
        "reason" text,
        "recorded_by" uuid,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "dry_needling_rules_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "dry_needling_rules_state_content_key" UNIQUE ("state", "content_hash"),
        CONSTRAINT "dry_needling_rules_recorded_by_fkey" FOREIGN KEY ("recorded_by")
          REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    // Versions of a state, in order: the lookup every eligibility answer makes.
    await db.query(`
      CREATE INDEX "dry_needling_rules_state_idx" ON "dry_needling_rules"
      ("state", "effective_from", "recorded_at")`);
    await db.query(`
      CREATE OR REPLACE FUNCTION "dry_needling_rules_immutable"() RETURNS trigger AS $$
      BEGIN
        -- Erasing the admin who recorded a version forgets who did, and nothing else.
        IF TG_OP = 'UPDATE' AND NEW."recorded_by" IS NULL
           AND (NEW."state", NEW."state_name", NEW."effective_from", NEW."rule",
                NEW."content_hash", NEW."reason", NEW."recorded_at")
               IS NOT DISTINCT FROM
               (OLD."state", OLD."state_name", OLD."effective_from", OLD."rule",
                OLD."content_hash", OLD."reason", OLD."recorded_at") THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'dry needling rule versions are never changed: record a new version';
      END $$ LANGUAGE plpgsql`);
    await db.query(`
      CREATE TRIGGER "dry_needling_rules_immutable" BEFORE UPDATE OR DELETE ON "dry_needling_rules"
      FOR EACH ROW EXECUTE FUNCTION "dry_needling_rules_immutable"()`);
    await db.query(`ALTER TABLE "organizations" ADD "state" text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "organizations" DROP COLUMN "state"`);
    await db.query(`DROP TABLE "dry_needling_rules"`);
    await db.query(`DROP FUNCTION "dry_needling_rules_immutable"()`);
  }
}
