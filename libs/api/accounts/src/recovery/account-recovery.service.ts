import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { SpaceAccessService } from '@community-hub/api-access';
import { badInput, type Caller, conflict, isUniqueViolation, unauthenticated } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig, publicBaseUrl } from '@community-hub/api-config';
import { JobQueue, type Job } from '@community-hub/api-jobs';
import { MailService } from '@community-hub/api-mail';
import {
  AccountErrorReason,
  EMAIL_VERIFICATION_TTL_HOURS,
  isValidEmail,
  normaliseEmail,
  PASSWORD_RESET_TTL_MINUTES,
} from '@community-hub/shared-validation';
import { AccountsService, hashPassword } from '../accounts.service';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { SecurityLogService } from '../security-log/security-log.service';
import { type SessionOrigin, SessionService } from '../sessions/session.service';
import { emailNotVerified, linkNotUsable } from '../accounts.errors';
import { AccountTokenEntity, AccountTokenPurpose } from '../entities/account-token.entity';
import { UserEntity } from '../entities/user.entity';
import { requireAcceptablePassword } from '../password-policy';
import { twoFactorRequired, TwoFactorReason } from '../two-factor/two-factor.errors';
import { emailChangedNotice, passwordResetEmail, verifyEmail } from './account-emails';

/** The job that sends every account email, so a request never waits for (or reveals anything through) mail. */
export const ACCOUNT_EMAIL_JOB = 'accounts-email';

export type AccountEmailJob =
  | { kind: 'password-reset'; email: string; origin?: SessionOrigin }
  | { kind: 'verify-email'; userId: string; email: string }
  | { kind: 'email-changed'; to: string; newEmail: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Password reset, email verification and change of email. Tokens are random (256 bits),
 * emailed as links, stored only as a SHA-256 hash, single-use and short-lived. Emails go
 * out from a background job: `requestPasswordReset` does the same work whether or not
 * the address has an account, so neither its answer nor its timing tells.
 */
@Injectable()
export class AccountRecoveryService implements OnModuleInit {
  private readonly logger = new Logger(AccountRecoveryService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AccountTokenEntity) private readonly tokens: Repository<AccountTokenEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly access: SpaceAccessService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // Posting, uploading and answering events need a confirmed address (asked by the access library).
    this.access.registerContributorCheck((caller) => this.requireVerified(caller));
    await this.jobs.work<AccountEmailJob>(ACCOUNT_EMAIL_JOB, (job) => this.sendAccountEmail(job), {
      retryLimit: 5,
      retryDelaySeconds: 10,
      retryBackoff: true,
      // A person waits for these: fetch several per poll rather than one per polling interval.
      batchSize: 10,
    });
  }

  async requireVerified(caller: Caller): Promise<void> {
    const user = await this.users.findOne({ where: { id: caller.userId }, select: { id: true, emailVerified: true } });
    if (!user) throw unauthenticated('Your account no longer exists; please sign in again');
    if (!user.emailVerified) throw emailNotVerified();
  }

  // ---- password reset ----------------------------------------------------------

  /** Queues the reset email (sent only if the address has an account); the caller learns nothing either way. */
  async requestPasswordReset(emailInput: string, origin: SessionOrigin = {}): Promise<true> {
    // The security log entry is written by the job, only for an account, so the answer's timing says nothing.
    await this.jobs.send<AccountEmailJob>(ACCOUNT_EMAIL_JOB, { kind: 'password-reset', email: normaliseEmail(emailInput), origin });
    return true;
  }

  /**
   * Sets a new password with an emailed token (once); the address is then proven too.
   * Signs in on a new session (as login does) and ends every other session of the person:
   * whoever knew the old password is signed out everywhere.
   */
  async resetPassword(
    token: string,
    newPassword: string,
    origin: SessionOrigin = {},
  ): Promise<{ user: UserEntity; token: string; sessionId: string; expiresAt: Date }> {
    requireAcceptablePassword(newPassword);
    const passwordHash = await hashPassword(newPassword);
    const userId = await this.db.transaction(async (tx) => {
      const claimed = await this.claim(tx.getRepository(AccountTokenEntity), AccountTokenPurpose.PASSWORD_RESET, token);
      const user = await tx.getRepository(UserEntity).findOne({ where: { id: claimed.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw linkNotUsable(AccountErrorReason.LINK_INVALID);
      await tx.getRepository(UserEntity).update(
        { id: user.id },
        { passwordHash, emailVerified: user.emailVerified || user.email === claimed.email },
      );
      // Any other reset link still in someone's inbox stops working.
      await tx.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`, [user.id]);
      return user.id;
    });
    await this.securityLog.record(userId, SecurityEventKind.PASSWORD_RESET, origin);
    const user = await this.accounts.requireById(userId);
    if (user.twoFactorEnabledAt) {
      // An emailed link proves the address, not the second factor: the password is set and every
      // session ends, but signing in still takes the new password and a code (TWO_FACTOR_REQUIRED).
      await this.sessions.endAllFor(userId, { ...origin, detail: 'password reset' });
      throw twoFactorRequired(TwoFactorReason.CODE_MISSING);
    }
    const session = await this.accounts.startSession(user, origin, 'after a password reset');
    await this.sessions.endAllFor(userId, { ...origin, exceptSessionId: session.sessionId, detail: 'password reset' });
    return { user, ...session };
  }

  // ---- email verification and change -------------------------------------------

  /** Queues a verification link to the account's address (after sign-up, or on request). */
  async queueVerificationEmail(user: Pick<UserEntity, 'id' | 'email'>): Promise<void> {
    await this.jobs.send<AccountEmailJob>(ACCOUNT_EMAIL_JOB, { kind: 'verify-email', userId: user.id, email: user.email });
  }

  /** Sends a new verification link unless the address is already confirmed. */
  async resendVerificationEmail(caller: Caller): Promise<true> {
    const user = await this.accounts.requireById(caller.userId);
    if (!user.emailVerified) await this.queueVerificationEmail(user);
    return true;
  }

  /** Emails a link to `newEmail`; the account's address changes only when it is followed. Needs the current password. */
  async requestEmailChange(caller: Caller, newEmailInput: string, password: string, origin: SessionOrigin = {}): Promise<true> {
    const user = await this.accounts.requireById(caller.userId);
    await this.accounts.verifyCredentials(user.email, password, origin).catch(() => {
      throw badInput('Your current password is not right', [{ field: 'password', message: 'not right' }]);
    });
    const newEmail = normaliseEmail(newEmailInput);
    if (!isValidEmail(newEmail)) throw badInput('That does not look like an email address', [{ field: 'newEmail', message: 'invalid email' }]);
    if (newEmail === user.email) throw badInput('That is already your email address', [{ field: 'newEmail', message: 'unchanged' }]);
    if (await this.users.exists({ where: { email: newEmail } })) throw conflict('Another account already uses that email address.');
    await this.jobs.send<AccountEmailJob>(ACCOUNT_EMAIL_JOB, { kind: 'verify-email', userId: user.id, email: newEmail });
    await this.securityLog.record(user.id, SecurityEventKind.EMAIL_CHANGE_REQUESTED, { ...origin, detail: 'a confirmation link was sent to the new address' });
    return true;
  }

  /**
   * Marks the account's address as confirmed when `email` is that address (a link sent to
   * it came back, e.g. a network invitation accepted by the account). Answers whether it
   * changed anything. `within` writes it in the caller's transaction.
   */
  async markEmailVerified(userId: string, email: string, within?: EntityManager): Promise<boolean> {
    const result = await (within ?? this.db.manager)
      .createQueryBuilder()
      .update(UserEntity)
      .set({ emailVerified: true })
      .where('id = :userId AND email = :email AND email_verified = false', { userId, email: normaliseEmail(email) })
      .execute();
    if (!result.affected) return false;
    await this.securityLog.record(userId, SecurityEventKind.EMAIL_VERIFIED, { detail: 'by accepting a network invitation sent to it' }, within);
    return true;
  }

  /**
   * Follows a verification link (once): confirms the account's address, or, for a link
   * sent to a new address, makes that the account's address and tells the old one.
   */
  async verifyEmail(token: string, origin: SessionOrigin = {}): Promise<UserEntity> {
    const { userId, previous } = await this.db.transaction(async (tx) => {
      const claimed = await this.claim(tx.getRepository(AccountTokenEntity), AccountTokenPurpose.EMAIL_VERIFICATION, token);
      const users = tx.getRepository(UserEntity);
      const user = await users.findOne({ where: { id: claimed.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw linkNotUsable(AccountErrorReason.LINK_INVALID);
      if (user.email === claimed.email) {
        await users.update({ id: user.id }, { emailVerified: true });
        await this.securityLog.record(user.id, SecurityEventKind.EMAIL_VERIFIED, origin, tx);
        return { userId: user.id, previous: null };
      }
      try {
        await users.update({ id: user.id }, { email: claimed.email, emailVerified: true });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('Another account now uses that email address.');
        throw error;
      }
      await this.jobs.sendWithin<AccountEmailJob>(tx, ACCOUNT_EMAIL_JOB, { kind: 'email-changed', to: user.email, newEmail: claimed.email });
      await this.securityLog.record(user.id, SecurityEventKind.EMAIL_CHANGED, { ...origin, detail: 'the new address was confirmed; the old one was told' }, tx);
      return { userId: user.id, previous: user.email };
    });
    if (previous) this.logger.log(`Account ${userId} changed its email address`);
    return this.accounts.requireById(userId);
  }

  // ---- tokens and emails -------------------------------------------------------

  /**
   * Makes a token for `email` and returns it (only its hash is stored): what the email
   * job puts in a link. Tests use it to follow a link without reading the mail folder.
   */
  async issueToken(userId: string, purpose: AccountTokenPurpose, email: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const ttlMs = purpose === AccountTokenPurpose.PASSWORD_RESET ? PASSWORD_RESET_TTL_MINUTES * 60_000 : EMAIL_VERIFICATION_TTL_HOURS * 3_600_000;
    await this.tokens.insert({ userId, purpose, email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs), usedAt: null });
    return token;
  }

  private async sendAccountEmail(job: Job<AccountEmailJob>): Promise<void> {
    const data = job.data;
    const base = publicBaseUrl(this.config);
    if (data.kind === 'password-reset') {
      const user = await this.users.findOne({ where: { email: data.email } });
      if (!user) return; // no account: nothing is sent, and the requester was told the same as anyone
      await this.securityLog.record(user.id, SecurityEventKind.PASSWORD_RESET_REQUESTED, data.origin ?? {});
      const token = await this.issueToken(user.id, AccountTokenPurpose.PASSWORD_RESET, user.email);
      await this.mail.send(passwordResetEmail(user.email, `${base}/reset-password?token=${token}`, PASSWORD_RESET_TTL_MINUTES));
    } else if (data.kind === 'verify-email') {
      const user = await this.users.findOne({ where: { id: data.userId } });
      if (!user || (user.email === data.email && user.emailVerified)) return;
      const token = await this.issueToken(user.id, AccountTokenPurpose.EMAIL_VERIFICATION, data.email);
      await this.mail.send(verifyEmail(data.email, `${base}/verify-email?token=${token}`, user.email !== data.email));
    } else {
      await this.mail.send(emailChangedNotice(data.to, data.newEmail));
    }
  }

  /** Marks a token used, once: of two requests with the same token, one gets it and the other LINK_USED. */
  private async claim(tokens: Repository<AccountTokenEntity>, purpose: AccountTokenPurpose, token: string): Promise<AccountTokenEntity> {
    const found = token ? await tokens.findOne({ where: { tokenHash: hashToken(token), purpose } }) : null;
    if (!found) throw linkNotUsable(AccountErrorReason.LINK_INVALID);
    if (found.usedAt) throw linkNotUsable(AccountErrorReason.LINK_USED);
    if (found.expiresAt.getTime() <= Date.now()) throw linkNotUsable(AccountErrorReason.LINK_EXPIRED);
    const result = await tokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL', { id: found.id })
      .execute();
    if (!result.affected) throw linkNotUsable(AccountErrorReason.LINK_USED);
    return found;
  }
}
