import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Caller, forbidden } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { UserEntity } from '../entities/user.entity';
import { adminTwoFactorSetupRequired } from './two-factor.errors';

/**
 * Who may do what only platform admins may: one rule for every admin-only operation (the
 * people table, suspensions, moderation across networks, the security log of others, the
 * statements), so none of them forgets the two-factor requirement. Depends on nothing but the
 * database, so the security log and the two-factor service can both use it.
 */
@Injectable()
export class PlatformAdminAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws FORBIDDEN unless the caller is a platform admin who meets `requireTwoFactor`. */
  async require(caller: Pick<Caller, 'userId' | 'sessionId'>, message = 'Only a platform admin can do this'): Promise<void> {
    const admin = await this.db.getRepository(UserEntity).exists({ where: { id: caller.userId, isPlatformAdmin: true } });
    if (!admin) throw forbidden(message);
    await this.requireTwoFactor(caller);
  }

  /**
   * With ADMIN_REQUIRE_TWO_FACTOR on, a platform admin must have two-factor on, or be calling
   * from a session that the identity provider opened with its MFA (the flag is per session:
   * another session of the same person without it does not pass). Refuses FORBIDDEN, reason
   * TWO_FACTOR_SETUP_REQUIRED.
   */
  async requireTwoFactor(caller: Pick<Caller, 'userId' | 'sessionId'>): Promise<void> {
    if (!this.config.auth.adminRequireTwoFactor) return;
    const rows: { ready: boolean }[] = await this.db.query(
      `SELECT (u.two_factor_enabled_at IS NOT NULL OR EXISTS (
                 SELECT 1 FROM sessions s WHERE s.id = $2 AND s.user_id = u.id AND s.provider_mfa
                   AND s.ended_at IS NULL AND s.expires_at > now())) AS ready
         FROM users u WHERE u.id = $1`,
      [caller.userId, caller.sessionId ?? null],
    );
    if (!rows[0]?.ready) throw adminTwoFactorSetupRequired();
  }
}
