import Redis from 'ioredis';
import { type RateLimiterAbstract, RateLimiterPostgres, RateLimiterRedis } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Created by the AuthRateLimits migration, in RateLimiterPostgres's layout (`expire` in ms since the epoch). */
export const AUTH_RATE_LIMIT_TABLE = 'auth_rate_limits';

/** Nest token of the store the sign-in limits count in. */
export const AUTH_ATTEMPT_STORE = Symbol('AUTH_ATTEMPT_STORE');

export interface GuessCount {
  /** False when `limit` guesses were already counted: this one was not. */
  counted: boolean;
  /** Until the count is forgotten. */
  msBeforeNext: number;
}

/**
 * Where sign-in attempts are counted: a store every API instance shares
 * (PostgreSQL, or Redis when REDIS_URL is set), so a limit holds for the
 * installation however many instances serve it.
 */
export interface AuthAttemptStore {
  /** `points` attempts per key in a fixed window of `seconds` (rate-limiter-flexible). */
  limiter(keyPrefix: string, points: number, seconds: number): RateLimiterAbstract;
  /**
   * Counts one password guess for `key` unless `limit` are counted already. The count
   * is forgotten `seconds` after the last counted guess, so no `seconds`-long span
   * ever holds more than `limit` counted guesses (a fixed window would allow twice
   * that across its boundary).
   */
  countGuess(key: string, limit: number, seconds: number): Promise<GuessCount>;
  /** Takes one counted guess back: it was the right password. */
  uncountGuess(key: string): Promise<void>;
  close(): Promise<void>;
}

const GUESS_PREFIX = 'auth-guess:';
/** Expired rows are deleted this often, an hour after they expired (as RateLimiterPostgres would itself). */
const CLEANUP_INTERVAL_MS = 5 * 60_000;

/** The default store: a table in the application's own database. */
export class PostgresAttemptStore implements AuthAttemptStore {
  private readonly cleanup: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {
    this.cleanup = setInterval(() => {
      dataSource.query(`DELETE FROM ${AUTH_RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now() - 3_600_000]).catch(() => undefined);
    }, CLEANUP_INTERVAL_MS);
    this.cleanup.unref();
  }

  limiter(keyPrefix: string, points: number, seconds: number): RateLimiterAbstract {
    return new RateLimiterPostgres({
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: AUTH_RATE_LIMIT_TABLE,
      // The migration made the table; the library's own CREATE TABLE and cleanup timer stay off.
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration: seconds,
    });
  }

  async countGuess(key: string, limit: number, seconds: number): Promise<GuessCount> {
    const now = Date.now();
    const expire = now + seconds * 1000;
    // One statement: the row lock of ON CONFLICT orders concurrent guesses, and the WHERE leaves a full count untouched.
    const counted: unknown[] = await this.dataSource.query(
      `INSERT INTO ${AUTH_RATE_LIMIT_TABLE} AS t (key, points, expire) VALUES ($1, 1, $3)
       ON CONFLICT (key) DO UPDATE SET points = CASE WHEN t.expire <= $2 THEN 1 ELSE t.points + 1 END, expire = $3
       WHERE t.expire <= $2 OR t.points < $4
       RETURNING points`,
      [GUESS_PREFIX + key, now, expire, limit],
    );
    if (counted.length) return { counted: true, msBeforeNext: seconds * 1000 };
    const [row] = (await this.dataSource.query(`SELECT expire FROM ${AUTH_RATE_LIMIT_TABLE} WHERE key = $1`, [GUESS_PREFIX + key])) as {
      expire: string;
    }[];
    return { counted: false, msBeforeNext: Math.max(0, Number(row?.expire ?? now) - now) };
  }

  async uncountGuess(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE ${AUTH_RATE_LIMIT_TABLE} SET points = points - 1 WHERE key = $1 AND points > 0`, [GUESS_PREFIX + key]);
  }

  async close(): Promise<void> {
    clearInterval(this.cleanup);
  }
}

/** GET, then SET with a fresh expiry only while under the limit; answers {counted 0/1, ms left}. */
const COUNT_GUESS_SCRIPT = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n >= tonumber(ARGV[1]) then return {0, redis.call('PTTL', KEYS[1])} end
redis.call('SET', KEYS[1], n + 1, 'PX', ARGV[2])
return {1, tonumber(ARGV[2])}
`;
/** DECR keeps the key's expiry. */
const UNCOUNT_GUESS_SCRIPT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 0
`;
const REDIS_PREFIX = 'community-hub:';

/** With REDIS_URL: the counts live in Redis, with Redis's own expiry. */
export class RedisAttemptStore implements AuthAttemptStore {
  private readonly client: Redis;

  constructor(url: string) {
    this.client = new Redis(url, { maxRetriesPerRequest: 2 });
    // Errors reach the callers (a refused sign-in); without a listener ioredis would also print each one.
    this.client.on('error', () => undefined);
  }

  limiter(keyPrefix: string, points: number, seconds: number): RateLimiterAbstract {
    return new RateLimiterRedis({ storeClient: this.client, keyPrefix: REDIS_PREFIX + keyPrefix, points, duration: seconds });
  }

  async countGuess(key: string, limit: number, seconds: number): Promise<GuessCount> {
    const [counted, ms] = (await this.client.eval(COUNT_GUESS_SCRIPT, 1, REDIS_PREFIX + GUESS_PREFIX + key, limit, seconds * 1000)) as [
      number,
      number,
    ];
    return { counted: counted === 1, msBeforeNext: Math.max(0, ms) };
  }

  async uncountGuess(key: string): Promise<void> {
    await this.client.eval(UNCOUNT_GUESS_SCRIPT, 1, REDIS_PREFIX + GUESS_PREFIX + key);
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
