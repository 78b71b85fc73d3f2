import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email verification and password reset: `users.email_verified` (accounts made before
 * this count as verified), and single-use emailed tokens, stored only as a SHA-256
 * hash. `email` is the address a token proves (a new one, for a change of email).
 */
export class AccountRecovery1797200000001 implements MigrationInterface {
  name = 'AccountRecovery1797200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "email_verified" boolean NOT NULL DEFAULT false');
    await queryRunner.query('UPDATE "users" SET "email_verified" = true');
    await queryRunner.query("CREATE TYPE \"public\".\"account_token_purpose\" AS ENUM('PASSWORD_RESET', 'EMAIL_VERIFICATION')");
    await queryRunner.query(
      'CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" character varying(64) NOT NULL, "email" character varying(254) NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "account_tokens_hash_key" ON "account_tokens" ("token_hash")');
    await queryRunner.query('CREATE INDEX "account_tokens_user_idx" ON "account_tokens" ("user_id")');
    await queryRunner.query(
      'ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_account_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "account_tokens"');
    await queryRunner.query('DROP TYPE "public"."account_token_purpose"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_verified"');
  }
}
