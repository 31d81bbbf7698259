import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tokens sent by email (password reset, email verification) and when an account's address
 * was verified. Accounts that exist before this change count as verified: they were made
 * before verification existed, and their certificates were issued in their names already.
 */
export class AccountSelfService1764892800000 implements MigrationInterface {
  name = 'AccountSelfService1764892800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
    await db.query(`
      CREATE TABLE "account_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" text NOT NULL,
        "token_hash" text NOT NULL,
        "email" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "account_tokens_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "account_tokens_user_id_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users" ("id") ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX "account_tokens_user_id_idx" ON "account_tokens" ("user_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "account_tokens"`);
    await db.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
