import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1764547200000 implements MigrationInterface {
  name = 'Organizations1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "organizations_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users" ("id")
      )`);
    await db.query(`
      CREATE TABLE "memberships" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" text NOT NULL,
        "status" text NOT NULL,
        "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "ended_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "memberships_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "memberships_organization_id_fkey" FOREIGN KEY ("organization_id")
          REFERENCES "organizations" ("id"),
        CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id")
      )`);
    // One current membership per person and clinic; past ones stay as history.
    await db.query(`
      CREATE UNIQUE INDEX "memberships_one_active_idx" ON "memberships" ("organization_id", "user_id")
      WHERE "status" = 'ACTIVE'`);
    await db.query(`CREATE INDEX "memberships_user_id_idx" ON "memberships" ("user_id", "status")`);
    await db.query(
      `CREATE INDEX "memberships_organization_id_idx" ON "memberships" ("organization_id", "status", "joined_at")`,
    );
    await db.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "email" text NOT NULL,
        "role" text NOT NULL,
        "token_hash" text NOT NULL,
        "invited_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "accepted_by" uuid,
        CONSTRAINT "invitations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "invitations_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "invitations_organization_id_fkey" FOREIGN KEY ("organization_id")
          REFERENCES "organizations" ("id"),
        CONSTRAINT "invitations_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users" ("id"),
        CONSTRAINT "invitations_accepted_by_fkey" FOREIGN KEY ("accepted_by") REFERENCES "users" ("id")
      )`);
    await db.query(
      `CREATE INDEX "invitations_organization_id_idx" ON "invitations" ("organization_id", "created_at")`,
    );

    // What a clinic requires of its staff: a credential program or a single course.
    await db.query(`
      CREATE TABLE "required_credentials" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "label" text NOT NULL,
        "program_id" uuid,
        "course_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "required_credentials_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "required_credentials_organization_id_fkey" FOREIGN KEY ("organization_id")
          REFERENCES "organizations" ("id"),
        CONSTRAINT "required_credentials_program_id_fkey" FOREIGN KEY ("program_id")
          REFERENCES "credential_programs" ("id"),
        CONSTRAINT "required_credentials_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id"),
        CONSTRAINT "required_credentials_one_target_check"
          CHECK (("program_id" IS NULL) <> ("course_id" IS NULL))
      )`);
    await db.query(
      `CREATE INDEX "required_credentials_organization_id_idx" ON "required_credentials" ("organization_id")`,
    );
    // A reminder is sent once per certificate and threshold: the primary key makes a second
    // run (or a second replica) find the row and send nothing.
    await db.query(`
      CREATE TABLE "credential_reminders" (
        "certificate_id" uuid NOT NULL,
        "days_before" integer NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "credential_reminders_pkey" PRIMARY KEY ("certificate_id", "days_before"),
        CONSTRAINT "credential_reminders_certificate_id_fkey" FOREIGN KEY ("certificate_id")
          REFERENCES "certificates" ("id")
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "credential_reminders"`);
    await db.query(`DROP TABLE "required_credentials"`);
    await db.query(`DROP TABLE "invitations"`);
    await db.query(`DROP TABLE "memberships"`);
    await db.query(`DROP TABLE "organizations"`);
  }
}
