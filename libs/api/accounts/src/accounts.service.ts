import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import argon2 from 'argon2';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  DomainError,
  ErrorCode,
  isUniqueViolation,
  requestLoader,
  type RequestContext,
  unauthenticated,
} from '@community-hub/api-common';
import { isValidEmail, normaliseEmail } from '@community-hub/shared-validation';
import { RateLimitService } from '@community-hub/api-auth';
import { UserEntity } from './entities/user.entity';
import { requireAcceptablePassword } from './password-policy';
import { SecurityEventKind } from './security-log/security-event-kind';
import { type SecurityEventContext, SecurityLogService } from './security-log/security-log.service';
import { type SessionOrigin, SessionService } from './sessions/session.service';

const USERS_BY_ID = Symbol('users-by-id');

/** The name a deleted account's posts and documents show. */
export const FORMER_MEMBER_NAME = 'Former member';

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login under ~50 ms on a small server.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** The stored form of a password (argon2id, OWASP baseline). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);
  // Compared against when the email is unknown, so both paths take the same time.
  private readonly dummyHash = argon2.hash('not-a-real-password', HASH_OPTIONS);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async register(input: { email: string; password: string; name: string }): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    if (!isValidEmail(email)) {
      throw badInput('That does not look like an email address', [{ field: 'email', message: 'invalid email' }]);
    }
    if (!name) throw badInput('Please give your name', [{ field: 'name', message: 'must not be empty' }]);
    requireAcceptablePassword(input.password);
    if (await this.users.exists({ where: { email } })) throw this.emailTaken();
    const passwordHash = await argon2.hash(input.password, HASH_OPTIONS);
    try {
      return await this.users.save(this.users.create({ email, name, passwordHash }));
    } catch (error) {
      // Two sign-ups with the same email at once: the unique index decides.
      if (isUniqueViolation(error)) {
        throw this.emailTaken();
      }
      throw error;
    }
  }

  /** The account these credentials open; a wrong password for a known account is recorded in its security log. */
  async verifyCredentials(emailInput: string, password: string, origin: SessionOrigin = {}): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { email: normaliseEmail(emailInput) } });
    const usable = user && !user.deletedAt && user.passwordHash ? user : null;
    const ok = await argon2.verify(usable?.passwordHash ?? (await this.dummyHash), password);
    if (!usable || !ok) {
      if (usable) await this.securityLog.record(usable.id, SecurityEventKind.SIGN_IN_FAILED, { ...origin, detail: 'wrong password' });
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Email or password is not right');
    }
    return usable;
  }

  /** A rule that may refuse a sign-in (moderation: a platform suspension); true refuses. Kept by the sessions, which ask it whenever one starts. */
  registerSignInCheck(refuses: (userId: string) => Promise<boolean>): void {
    this.sessions.registerSignInCheck(refuses);
  }

  /** Throws FORBIDDEN (reason ACCOUNT_SUSPENDED) when a registered check refuses this person's sign-in. */
  async requireSignInAllowed(user: Pick<UserEntity, 'id'>, origin: SessionOrigin = {}): Promise<void> {
    await this.sessions.requireSignInAllowed(user.id, origin);
  }

  /** Opens a session for a person who just proved who they are (refused while they are suspended), and records the sign-in. */
  async startSession(user: Pick<UserEntity, 'id'>, origin: SessionOrigin = {}, detail?: string): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const session = await this.sessions.start(user.id, origin);
    await this.securityLog.record(user.id, SecurityEventKind.SIGN_IN, { ...origin, detail });
    return session;
  }

  /**
   * Changes the caller's password: the current one must be right (counted as a password
   * guess, like signing in), the new one must meet the password rule. Every other session
   * of the person ends, on every instance; this one stays. Answers a token for it.
   */
  async changePassword(
    caller: Caller,
    input: { currentPassword: string; newPassword: string },
    origin: SessionOrigin = {},
  ): Promise<{ user: UserEntity; token: string; expiresAt: Date }> {
    const user = await this.requireById(caller.userId);
    const currentHash = user.passwordHash;
    if (currentHash === null) {
      // Made by a provider sign-in: there is no current password to prove, and setting a first
      // one here would let a stolen session add a way in. The person keeps signing in through the provider.
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Your account has no password: you sign in through your organisation’s provider', {
        reason: 'NO_PASSWORD',
      });
    }
    await this.rateLimits.consumeAuthAttempt(origin.address ?? undefined, user.email);
    await this.rateLimits.limitPasswordGuesses(user.email, async () => {
      if (!(await argon2.verify(currentHash, input.currentPassword))) {
        await this.securityLog.record(user.id, SecurityEventKind.PASSWORD_CHANGE_FAILED, { ...origin, detail: 'current password not right' });
        throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Your current password is not right', { reason: 'WRONG_PASSWORD' });
      }
    });
    requireAcceptablePassword(input.newPassword);
    const passwordHash = await argon2.hash(input.newPassword, HASH_OPTIONS);
    await this.users.update({ id: user.id }, { passwordHash });
    await this.securityLog.record(user.id, SecurityEventKind.PASSWORD_CHANGED, origin);
    // This device stays signed in (a caller without a session, e.g. one that just ended, gets a new one).
    const session = (await this.sessions.reissue(caller)) ?? (await this.sessions.start(user.id, origin));
    await this.sessions.endAllFor(user.id, { ...origin, exceptSessionId: session.sessionId, detail: 'password changed' });
    return { user: { ...user, passwordHash }, token: session.token, expiresAt: session.expiresAt };
  }

  /** Ends the caller's own session (signing out); anonymous callers have none. */
  async signOut(caller: Caller | null, context: SecurityEventContext = {}): Promise<void> {
    if (caller?.sessionId) await this.sessions.end(caller.sessionId, { ...context, kind: SecurityEventKind.SIGN_OUT });
  }

  async findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  /** The account with this address (e.g. the sender of an email), or null. */
  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: normaliseEmail(email) } });
  }

  async requireById(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user || user.deletedAt) throw unauthenticated('Your account no longer exists; please sign in again');
    return user;
  }

  async updateName(id: string, name: string): Promise<UserEntity> {
    const trimmed = name.trim();
    if (!trimmed) throw badInput('Please give your name', [{ field: 'name', message: 'must not be empty' }]);
    const user = await this.requireById(id);
    user.name = trimmed;
    return this.users.save(user);
  }

  /** Makes sure the configured platform admin exists, can sign in with the configured password, and is admin. */
  async ensurePlatformAdmin(emailInput: string, password: string): Promise<UserEntity> {
    const email = normaliseEmail(emailInput);
    const existing = await this.users.findOne({ where: { email } });
    if (existing) {
      const samePassword = existing.passwordHash !== null && (await argon2.verify(existing.passwordHash, password));
      if (!existing.isPlatformAdmin || !samePassword || !existing.emailVerified) {
        existing.isPlatformAdmin = true;
        // The bootstrap admin's address is the operator's own: it counts as verified.
        existing.emailVerified = true;
        if (!samePassword) existing.passwordHash = await argon2.hash(password, HASH_OPTIONS);
        await this.users.save(existing);
        this.logger.log(`Platform admin ${email} updated from ADMIN_EMAIL/ADMIN_PASSWORD`);
        if (!samePassword) {
          // Whoever signed in with the old password must not stay signed in.
          await this.securityLog.record(existing.id, SecurityEventKind.PASSWORD_CHANGED, { detail: 'ADMIN_PASSWORD changed at start-up' });
          await this.sessions.endAllFor(existing.id, { detail: 'ADMIN_PASSWORD changed at start-up' });
        }
      }
      return existing;
    }
    const created = await this.users.save(
      this.users.create({ email, name: 'Platform admin', passwordHash: await argon2.hash(password, HASH_OPTIONS), isPlatformAdmin: true, emailVerified: true }),
    );
    this.logger.log(`Platform admin ${email} created from ADMIN_EMAIL/ADMIN_PASSWORD`);
    return created;
  }

  /** Used by seeders (demo accounts, which count as verified): creates the account if missing, leaves it alone otherwise. */
  async ensureUser(input: { email: string; password: string; name: string }): Promise<UserEntity> {
    const existing = await this.users.findOne({ where: { email: normaliseEmail(input.email) } });
    if (existing) return existing;
    const created = await this.register(input);
    await this.users.update({ id: created.id }, { emailVerified: true });
    created.emailVerified = true;
    return created;
  }

  /** Users by id without their password hashes (for names and ids in responses). */
  async findManyPublic(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.find({ where: { id: In([...ids]) }, select: { id: true, name: true, email: true, isPlatformAdmin: true, emailVerified: true, createdAt: true, deletedAt: true } });
  }

  usersById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, UserEntity | null> {
    return requestLoader(context, USERS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.findManyPublic(ids), (u) => u.id),
      ),
    );
  }

  private emailTaken() {
    return conflict('An account with that email already exists. Try signing in instead.');
  }
}
