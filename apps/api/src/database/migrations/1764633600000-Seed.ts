import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Seed1764633600000 implements MigrationInterface {
  name = 'Seed1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "seed_records" (
        "key" text NOT NULL,
        "value" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "seed_records_pkey" PRIMARY KEY ("key")
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "seed_records"`);
  }
}
