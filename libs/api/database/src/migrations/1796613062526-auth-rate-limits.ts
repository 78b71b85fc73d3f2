import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and sign-up counts shared by every API instance (rate-limiter-flexible's
 * RateLimiterPostgres layout: `expire` in milliseconds since the epoch). Keys are
 * a limit's prefix and a client address or a hash of the account's email.
 */
export class AuthRateLimits1796613062526 implements MigrationInterface {
  name = 'AuthRateLimits1796613062526';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "auth_rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_auth_rate_limits" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('CREATE INDEX "auth_rate_limits_expire_idx" ON "auth_rate_limits" ("expire")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "auth_rate_limits"');
  }
}
