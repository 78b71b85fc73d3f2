import { Inject, Injectable, Logger } from '@nestjs/common';
import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import type { Caller } from '@community-hub/api-common';

const ISSUER = 'community-hub';

/**
 * Signs and checks the tokens the API hands out: session tokens for people, and
 * short-lived purpose tokens (e.g. a one-off storage transfer). A purpose token
 * is never accepted as a session and vice versa.
 */
@Injectable()
export class TokenService {
  /** Made once: jsonwebtoken would otherwise turn the secret string into a key object on every call. */
  private readonly secret: KeyObject;
  /**
   * Session tokens already verified, until they expire: the same token verifies the
   * same way every time (the secret does not change while the process runs), and a
   * person's every request carries the same one. Only successes are kept.
   */
  private readonly verifiedSessions = new LRUCache<string, { caller: Readonly<Caller>; expiresAtMs: number }>({ max: 10_000 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secret = createSecretKey(Buffer.from(config.auth.secret ?? localSigningSecret(config.dataDir), 'utf8'));
  }

  signSession(userId: string): string {
    return jwt.sign({ typ: 'session' }, this.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: ISSUER,
      expiresIn: this.config.auth.tokenTtlHours * 3600,
    });
  }

  get sessionTtlSeconds(): number {
    return this.config.auth.tokenTtlHours * 3600;
  }

  /** The caller a bearer token stands for, or null if it is missing, expired or forged. */
  verifySession(token: string | undefined | null): Caller | null {
    if (!token) return null;
    const verified = this.verifiedSessions.get(token);
    if (verified) {
      if (Date.now() < verified.expiresAtMs) return verified.caller;
      this.verifiedSessions.delete(token);
    }
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof claims === 'object' && claims.typ === 'session' && typeof claims.sub === 'string') {
        const caller = Object.freeze({ userId: claims.sub });
        if (typeof claims.exp === 'number') this.verifiedSessions.set(token, { caller, expiresAtMs: claims.exp * 1000 });
        return caller;
      }
    } catch {
      // expired, malformed or badly signed: treated as anonymous
    }
    return null;
  }

  signPurpose<T extends object>(purpose: string, claims: T, ttlSeconds: number): string {
    return jwt.sign({ ...claims, typ: purpose }, this.secret, { algorithm: 'HS256', issuer: ISSUER, expiresIn: ttlSeconds });
  }

  verifyPurpose<T extends object>(purpose: string, token: string): (T & { exp: number }) | null {
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof claims === 'object' && claims.typ === purpose) return claims as T & { exp: number };
    } catch {
      // invalid or expired
    }
    return null;
  }
}

/**
 * With no AUTH_SECRET (a laptop), a random secret is made once and kept in the
 * data directory so sessions survive restarts. Production requires AUTH_SECRET.
 * With API_WORKERS > 1 the primary calls this before forking, so workers starting
 * together on a fresh DATA_DIR all read the same secret instead of each writing one.
 */
export function localSigningSecret(dataDir: string): string {
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  new Logger(TokenService.name).log(`Created a signing secret in ${file}`);
  return secret;
}
