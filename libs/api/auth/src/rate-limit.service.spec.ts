import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '@community-hub/api-common';
import { loadConfig } from '@community-hub/api-config';
import type { AuthAttemptStore, GuessCount } from './auth-attempt-store';
import { accountKey, RateLimitService } from './rate-limit.service';

/** The stores' contract in one process (the PostgreSQL and Redis stores are tested across instances in accounts.int-spec). */
class MemoryAttemptStore implements AuthAttemptStore {
  readonly guesses = new Map<string, { count: number; expire: number }>();
  limiter(keyPrefix: string, points: number, seconds: number) {
    return new RateLimiterMemory({ keyPrefix, points, duration: seconds });
  }
  async countGuess(key: string, limit: number, seconds: number): Promise<GuessCount> {
    const now = Date.now();
    const entry = this.guesses.get(key);
    const count = entry && entry.expire > now ? entry.count : 0;
    if (count >= limit) return { counted: false, msBeforeNext: entry!.expire - now };
    this.guesses.set(key, { count: count + 1, expire: now + seconds * 1000 });
    return { counted: true, msBeforeNext: seconds * 1000 };
  }
  async uncountGuess(key: string): Promise<void> {
    const entry = this.guesses.get(key);
    if (entry && entry.count > 0) entry.count--;
  }
  async close(): Promise<void> {}
}

function service(perMinute: number, store: AuthAttemptStore = new MemoryAttemptStore()) {
  return new RateLimitService(store, loadConfig({ AUTH_RATE_LIMIT_PER_MINUTE: String(perMinute), DATA_DIR: '/tmp/rate-limit-spec' }));
}

async function codeOf(attempt: Promise<unknown>): Promise<string | null> {
  try {
    await attempt;
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}

const wrong = () => Promise.reject(new DomainError(ErrorCode.UNAUTHENTICATED, 'Email or password is not right'));
const right = () => Promise.resolve('signed in');

describe('RateLimitService', () => {
  it('lets the allowed attempts through, then refuses with RATE_LIMITED and a wait', async () => {
    const limits = service(3);
    for (let i = 0; i < 3; i++) expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', 'a@example.org'))).toBeNull();
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', 'a@example.org'))).toBe(ErrorCode.RATE_LIMITED);
    // Another address is counted apart; the same account from it is too, until its own limit.
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.2', 'b@example.org'))).toBeNull();
  });

  it('knows an account by its normalised email: case, spaces and Unicode spelling share one budget', async () => {
    const nfc = 'zoë@example.org'.normalize('NFC');
    const nfd = ' ZOË@Example.org '.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(accountKey(nfd)).toBe(accountKey(nfc));
    const limits = service(2);
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', nfc))).toBeNull();
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.2', nfd))).toBeNull();
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.3', nfc))).toBe(ErrorCode.RATE_LIMITED);
  });

  it('refuses the 11th wrong password on an account, and does not count right ones', async () => {
    const limits = service(1000);
    for (let i = 0; i < 9; i++) expect(await codeOf(limits.limitPasswordGuesses('a@example.org', wrong))).toBe(ErrorCode.UNAUTHENTICATED);
    // Right passwords in between take their own guess back.
    for (let i = 0; i < 3; i++) expect(await limits.limitPasswordGuesses('a@example.org', right)).toBe('signed in');
    expect(await codeOf(limits.limitPasswordGuesses('a@example.org', wrong))).toBe(ErrorCode.UNAUTHENTICATED);
    // Ten wrong ones: the next is refused before the password is even checked, right or not.
    const verify = jest.fn(right);
    expect(await codeOf(limits.limitPasswordGuesses('A@example.org', verify))).toBe(ErrorCode.RATE_LIMITED);
    expect(verify).not.toHaveBeenCalled();
    expect(await codeOf(limits.limitPasswordGuesses('b@example.org', wrong))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses an attempt it could not count (the store did not answer) with SERVICE_UNAVAILABLE', async () => {
    const store = new MemoryAttemptStore();
    store.countGuess = () => Promise.reject(new Error('connect ECONNREFUSED'));
    const limits = service(3, store);
    (limits as unknown as { perAddress: { consume: () => Promise<never> } }).perAddress = {
      consume: () => Promise.reject(new Error('connect ECONNREFUSED')),
    };
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', 'a@example.org'))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(await codeOf(limits.limitPasswordGuesses('a@example.org', right))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });
});
