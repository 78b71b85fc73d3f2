import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { DomainError, ErrorCode } from '@community-hub/api-common';
import { normaliseEmail } from '@community-hub/shared-validation';
import { AUTH_ATTEMPT_STORE, type AuthAttemptStore } from './auth-attempt-store';

/** Cyber Essentials: at most 10 password guesses per account in any 5 minutes. */
export const PASSWORD_GUESSES_PER_ACCOUNT = 10;
export const PASSWORD_GUESS_WINDOW_SECONDS = 5 * 60;
/** Keys longer than this (an address from a long X-Forwarded-For entry) are stored hashed. */
const MAX_PLAIN_KEY_LENGTH = 100;

/**
 * Slows down password guessing and sign-up floods, for the whole installation: the
 * counts live in PostgreSQL (or Redis with REDIS_URL), which every instance shares.
 * - each client address and each account: AUTH_RATE_LIMIT_PER_MINUTE attempts a minute;
 * - each account: at most 10 wrong passwords in any 5 minutes, however slowly tried.
 * An account is known by its email in the one normalised form accounts are stored
 * under (`normaliseEmail`), so another spelling of it shares its budget.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly logger = new Logger(RateLimitService.name);
  private readonly perAddress: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(
    @Inject(AUTH_ATTEMPT_STORE) private readonly store: AuthAttemptStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const points = config.auth.rateLimitPerMinute;
    this.perAddress = store.limiter('auth-ip', points, 60);
    this.perAccount = store.limiter('auth-account', points, 60);
  }

  /** A sign-in or sign-up attempt from `address` for the account `email` (as typed). */
  async consumeAuthAttempt(address: string | undefined, email: string): Promise<void> {
    await this.counted(async () => {
      await this.perAddress.consume(plainOrHashed(address ?? 'unknown'));
      await this.perAccount.consume(accountKey(email));
    });
  }

  /**
   * Runs `verify` (a password check for `email`) as one guess on the account: refused
   * once 10 wrong ones were made in the last 5 minutes; a right one is not counted.
   */
  async limitPasswordGuesses<T>(email: string, verify: () => Promise<T>): Promise<T> {
    const key = accountKey(email);
    const guess = await this.counted(() => this.store.countGuess(key, PASSWORD_GUESSES_PER_ACCOUNT, PASSWORD_GUESS_WINDOW_SECONDS));
    if (!guess.counted) throw rateLimited(guess.msBeforeNext);
    const result = await verify();
    await this.store.uncountGuess(key).catch((error: Error) => this.logger.warn(`Could not take back a right guess: ${error.message}`));
    return result;
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }

  private async counted<T>(count: () => Promise<T>): Promise<T> {
    try {
      return await count();
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext);
      // The store did not answer: refuse, coded, rather than let the attempt through uncounted.
      this.logger.warn(`Sign-in attempt not counted: ${(rejection as Error)?.message ?? rejection}`);
      throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'Signing in is briefly unavailable. Please try again in a moment.');
    }
  }
}

function rateLimited(msBeforeNext: number): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError(ErrorCode.RATE_LIMITED, `Too many attempts. Please wait ${retryAfterSeconds} seconds and try again.`, {
    retryAfterSeconds,
  });
}

/** The account's key: a hash of its normalised email (no addresses stored in the clear, fixed length). */
export function accountKey(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('base64url');
}

function plainOrHashed(key: string): string {
  return key.length <= MAX_PLAIN_KEY_LENGTH ? key : createHash('sha256').update(key).digest('base64url');
}
