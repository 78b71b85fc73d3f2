import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource, IsNull, Not } from 'typeorm';
import { badInput, type Caller, DomainError, ErrorCode, notFound, unauthenticated } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { localSigningSecret, RateLimitService } from '@community-hub/api-auth';
import { UserEntity } from '../entities/user.entity';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { type SecurityEventContext, SecurityLogService } from '../security-log/security-log.service';
import { SessionService } from '../sessions/session.service';
import { PlatformAdminAccess } from './platform-admin-access';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SecretBox } from './two-factor-crypto';
import { invalidCode, twoFactorRequired, TwoFactorReason } from './two-factor.errors';
import { TwoFactorSecretEntity } from './two-factor-secret.entity';

export const TOTP_ISSUER = 'Community Hub';
export const RECOVERY_CODE_COUNT = 10;
/** One period either side of now (30 s each way) for clock drift, as RFC 6238 section 5.2 recommends. */
const EPOCH_TOLERANCE_SECONDS = 30;

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
}

/**
 * Two-factor sign-in (RFC 6238 TOTP, SHA-1, 6 digits, 30 s, through otplib) and its
 * ten single-use recovery codes. A code is accepted once: the last accepted time step
 * is kept and a code of that step or an earlier one is refused, in one conditional
 * UPDATE so two requests racing with the same code cannot both pass.
 */
@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rateLimits: RateLimitService,
    private readonly securityLog: SecurityLogService,
    private readonly sessions: SessionService,
    private readonly adminAccess: PlatformAdminAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.auth.secret ?? localSigningSecret(config.dataDir));
  }

  isEnabled(user: Pick<UserEntity, 'twoFactorEnabledAt'>): boolean {
    return user.twoFactorEnabledAt !== null && user.twoFactorEnabledAt !== undefined;
  }

  /** A new secret, kept aside until `enable` proves the authenticator app has it. */
  async setup(userId: string): Promise<TwoFactorSetup> {
    const user = await this.requireUser(userId);
    if (this.isEnabled(user)) throw alreadyEnabled();
    const secret = generateSecret();
    await this.db.query(
      `INSERT INTO two_factor_secrets (user_id, secret_encrypted, last_time_step) VALUES ($1, $2, NULL)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_time_step = NULL, created_at = now()`,
      [userId, this.box.seal(secret)],
    );
    return { secret, otpauthUrl: generateURI({ issuer: TOTP_ISSUER, label: user.email, secret }) };
  }

  /** Turns two-factor on with a code from the app; answers the ten recovery codes (shown once, stored hashed). */
  async enable(userId: string, code: string, origin: SecurityEventContext = {}): Promise<string[]> {
    const user = await this.requireUser(userId);
    if (this.isEnabled(user)) throw alreadyEnabled();
    const accepted = await this.rateLimits.limitPasswordGuesses(user.email, async () => {
      if (!(await this.acceptTotp(userId, code))) {
        await this.securityLog.record(userId, SecurityEventKind.TWO_FACTOR_FAILED, { ...origin, detail: 'wrong code while turning two-factor on' });
        throw invalidCode();
      }
      return true;
    });
    if (!accepted) throw invalidCode();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.db.transaction(async (manager) => {
      await manager.delete(RecoveryCodeEntity, { userId });
      await manager.insert(RecoveryCodeEntity, codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
      await manager.update(UserEntity, { id: userId }, { twoFactorEnabledAt: () => 'now()' });
      await this.securityLog.record(userId, SecurityEventKind.TWO_FACTOR_ENABLED, origin, manager);
    });
    return codes;
  }

  /** Turns two-factor off with a current code (or a recovery code). */
  async disable(userId: string, code: string, origin: SecurityEventContext = {}): Promise<boolean> {
    const user = await this.requireUser(userId);
    if (!this.isEnabled(user)) {
      throw new DomainError(ErrorCode.CONFLICT, 'Two-factor sign-in is not on', { reason: TwoFactorReason.NOT_ENABLED });
    }
    await this.rateLimits.limitPasswordGuesses(user.email, async () => {
      if (!(await this.acceptCode(userId, code, origin))) {
        await this.securityLog.record(userId, SecurityEventKind.TWO_FACTOR_FAILED, { ...origin, detail: 'wrong code while turning two-factor off' });
        throw invalidCode();
      }
    });
    await this.reset(userId, origin);
    return true;
  }

  /**
   * Sign-in's second step for an account with two-factor on: a current TOTP code, or an
   * unused recovery code (then used up). Refuses with TWO_FACTOR_REQUIRED. The caller
   * counts the attempt against the account's guess budget.
   */
  async checkSignInCode(userId: string, code: string | null | undefined, origin: SecurityEventContext = {}): Promise<void> {
    if (!code?.trim()) throw twoFactorRequired(TwoFactorReason.CODE_MISSING);
    if (!(await this.acceptCode(userId, code, origin))) {
      await this.securityLog.record(userId, SecurityEventKind.TWO_FACTOR_FAILED, { ...origin, detail: 'wrong sign-in code' });
      throw twoFactorRequired(TwoFactorReason.CODE_INVALID);
    }
  }

  /**
   * A platform admin turns someone's two-factor off (they lost their phone and their
   * recovery codes): the secret and codes go, every session of theirs ends, and both the
   * person's and the admin's security logs say so. False when it was not on. An admin
   * turns their own off with a code (`disable`), not here.
   */
  async resetByAdmin(caller: Caller, userId: string, origin: SecurityEventContext = {}): Promise<boolean> {
    await this.adminAccess.require(caller, "Only platform admins can reset someone's two-factor sign-in");
    if (userId === caller.userId) {
      throw badInput('Turn your own two-factor sign-in off on your profile page, with a code', [{ field: 'userId', message: 'is you' }]);
    }
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: userId }, select: { id: true, twoFactorEnabledAt: true, deletedAt: true } });
    if (!user || user.deletedAt) throw notFound('Person');
    if (!this.isEnabled(user)) return false;
    await this.reset(userId, { ...origin, detail: 'reset by a platform admin' });
    await this.sessions.endAllFor(userId, { ...origin, detail: 'two-factor reset by a platform admin' });
    await this.securityLog.record(caller.userId, SecurityEventKind.TWO_FACTOR_DISABLED, { ...origin, detail: `reset the two-factor sign-in of ${userId}` });
    return true;
  }

  /** Turns two-factor off without a code (the person's own `disable`, or a platform admin's reset). */
  async reset(userId: string, origin: SecurityEventContext = {}): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.delete(TwoFactorSecretEntity, { userId });
      await manager.delete(RecoveryCodeEntity, { userId });
      const { affected } = await manager.update(UserEntity, { id: userId, twoFactorEnabledAt: Not(IsNull()) }, { twoFactorEnabledAt: null });
      if (affected) await this.securityLog.record(userId, SecurityEventKind.TWO_FACTOR_DISABLED, origin, manager);
    });
  }

  /** True when a platform admin signing in still has to set two-factor up (the web client then asks for it). */
  mustSetUp(user: Pick<UserEntity, 'isPlatformAdmin' | 'twoFactorEnabledAt'>): boolean {
    return this.config.auth.adminRequireTwoFactor && user.isPlatformAdmin && !this.isEnabled(user);
  }

  private async acceptCode(userId: string, code: string, origin: SecurityEventContext): Promise<boolean> {
    const compact = code.replace(/[\s-]/g, '');
    if (/^\d{6}$/.test(compact)) return this.acceptTotp(userId, compact);
    const used = await this.useRecoveryCode(userId, compact);
    if (used) await this.securityLog.record(userId, SecurityEventKind.RECOVERY_CODE_USED, origin);
    return used;
  }

  private async acceptTotp(userId: string, code: string): Promise<boolean> {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return false;
    const [row]: { secret_encrypted: string; last_time_step: string | null }[] = await this.db.query(
      'SELECT secret_encrypted, last_time_step FROM two_factor_secrets WHERE user_id = $1',
      [userId],
    );
    if (!row) return false;
    const result = await verify({
      secret: this.box.open(row.secret_encrypted),
      token,
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
      ...(row.last_time_step === null ? {} : { afterTimeStep: Number(row.last_time_step) }),
    });
    if (!result.valid || !('timeStep' in result)) return false;
    // Only one request may use this time step: the same code sent twice at once passes once.
    const claimed: unknown[] = await this.db.query(
      `UPDATE two_factor_secrets SET last_time_step = $2
        WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2) RETURNING 1`,
      [userId, result.timeStep],
    );
    return firstRowCount(claimed) > 0;
  }

  private async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (normalised.length !== 16) return false;
    const used: unknown[] = await this.db.query(
      `UPDATE two_factor_recovery_codes SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, hashRecoveryCode(normalised)],
    );
    return firstRowCount(used) > 0;
  }

  private async requireUser(userId: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user) throw unauthenticated('Your account no longer exists; please sign in again');
    return user;
  }
}

/** An UPDATE ... RETURNING through DataSource.query answers [rows, count] with the pg driver. */
function firstRowCount(result: unknown[]): number {
  if (Array.isArray(result[0])) return (result[0] as unknown[]).length;
  return result.length;
}

const alreadyEnabled = () =>
  new DomainError(ErrorCode.CONFLICT, 'Two-factor sign-in is already on. Turn it off first to use another app.', {
    reason: TwoFactorReason.ALREADY_ENABLED,
  });

/** 16 characters of lower-case base32 (80 bits), shown in groups of four. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[^a-z0-9]/g, '')).digest('hex');
}
