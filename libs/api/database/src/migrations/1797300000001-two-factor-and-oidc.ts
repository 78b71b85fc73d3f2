import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP secret encrypted at rest, hashed single-use recovery codes)
 * and OpenID Connect links (an account is found by the provider's issuer and subject).
 * A session remembers whether the provider did MFA (`sessions.provider_mfa`).
 * Accounts made through the provider have no password, so `password_hash` may be null.
 */
export class TwoFactorAndOidc1797300000001 implements MigrationInterface {
  name = 'TwoFactorAndOidc1797300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "users" ADD "two_factor_enabled_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(
      'CREATE TABLE "two_factor_secrets" ("user_id" uuid NOT NULL, "secret_encrypted" character varying(255) NOT NULL, "last_time_step" bigint, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_two_factor_secrets" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "two_factor_secrets" ADD CONSTRAINT "FK_two_factor_secrets_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE TABLE "two_factor_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_two_factor_recovery_codes" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "two_factor_recovery_codes_user_code_key" ON "two_factor_recovery_codes" ("user_id", "code_hash")');
    await queryRunner.query(
      'ALTER TABLE "two_factor_recovery_codes" ADD CONSTRAINT "FK_two_factor_recovery_codes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE TABLE "oidc_links" ("issuer" character varying(500) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_oidc_links" PRIMARY KEY ("issuer", "subject"))',
    );
    await queryRunner.query('CREATE INDEX "oidc_links_user_idx" ON "oidc_links" ("user_id")');
    await queryRunner.query(
      'ALTER TABLE "oidc_links" ADD CONSTRAINT "FK_oidc_links_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // A session opened by a provider sign-in with the provider's MFA (the admin two-factor gate accepts it).
    await queryRunner.query('ALTER TABLE "sessions" ADD "provider_mfa" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "provider_mfa"');
    await queryRunner.query('DROP TABLE "oidc_links"');
    await queryRunner.query('DROP TABLE "two_factor_recovery_codes"');
    await queryRunner.query('DROP TABLE "two_factor_secrets"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "two_factor_enabled_at"');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL');
  }
}
