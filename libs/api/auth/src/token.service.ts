import { Inject, Injectable, Logger } from '@nestjs/common';
import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';

const ISSUER = 'community-hub';

/** What a session token says: whose it is and which server-side session it stands for. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  expiresAtMs: number;
}

/**
 * Signs and checks the tokens the API hands out: session tokens for people, and
 * short-lived purpose tokens (e.g. a one-off storage transfer). A purpose token
 * is never accepted as a session and vice versa. A session token only names a
 * server-side session (`sid`): whether that session is still open is the
 * accounts library's SessionService's to say; the signature here spares it a
 * database look-up for forged or expired tokens.
 */
@Injectable()
export class TokenService {
  /** Made once: jsonwebtoken would otherwise turn the secret string into a key object on every call. */
  private readonly secret: KeyObject;
  /** AUTH_SECRET_PREVIOUS during a rotation: verifies tokens signed before it, signs nothing. */
  private readonly previousSecret: KeyObject | null;
  /**
   * Session tokens whose signature was already verified, until they expire: the same
   * token verifies the same way every time (the secret does not change while the
   * process runs), and a person's every request carries the same one. Only successes
   * are kept. This says nothing about the session being open.
   */
  private readonly verifiedSessions = new LRUCache<string, Readonly<SessionClaims>>({ max: 10_000 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secret = createSecretKey(Buffer.from(config.auth.secret ?? localSigningSecret(config.dataDir), 'utf8'));
    this.previousSecret = config.auth.previousSecret ? createSecretKey(Buffer.from(config.auth.previousSecret, 'utf8')) : null;
  }

  /** A token for the server-side session `sessionId` of `userId`, valid until `expiresAt`. */
  signSession(userId: string, sessionId: string, expiresAt: Date): string {
    return jwt.sign({ typ: 'session', sid: sessionId, exp: Math.floor(expiresAt.getTime() / 1000) }, this.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: ISSUER,
    });
  }

  get sessionTtlSeconds(): number {
    return this.config.auth.tokenTtlHours * 3600;
  }

  /**
   * The claims of a well-signed, unexpired session token, or null if it is missing,
   * expired, forged or of the old stateless kind (no session id). Callers must still
   * ask SessionService whether the session is open.
   */
  verifySessionToken(token: string | undefined | null): Readonly<SessionClaims> | null {
    if (!token) return null;
    const verified = this.verifiedSessions.get(token);
    if (verified) {
      if (Date.now() < verified.expiresAtMs) return verified;
      this.verifiedSessions.delete(token);
    }
    try {
      const claims = this.verifyEither(token);
      if (
        typeof claims === 'object' &&
        claims.typ === 'session' &&
        typeof claims.sub === 'string' &&
        typeof claims.sid === 'string' &&
        typeof claims.exp === 'number'
      ) {
        const session = Object.freeze({ userId: claims.sub, sessionId: claims.sid, expiresAtMs: claims.exp * 1000 });
        this.verifiedSessions.set(token, session);
        return session;
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
      const claims = this.verifyEither(token);
      if (typeof claims === 'object' && claims.typ === purpose) return claims as T & { exp: number };
    } catch {
      // invalid or expired
    }
    return null;
  }

  /**
   * Checks with the current secret, then with the previous one (if set): during a
   * rotation, tokens handed out before it keep working until they expire or the
   * previous secret is removed. Throws like jwt.verify when neither accepts it.
   */
  private verifyEither(token: string): string | jwt.JwtPayload {
    try {
      return jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
    } catch (error) {
      if (!this.previousSecret || !(error instanceof jwt.JsonWebTokenError) || error instanceof jwt.TokenExpiredError) throw error;
      return jwt.verify(token, this.previousSecret, { algorithms: ['HS256'], issuer: ISSUER });
    }
  }
}

/**
 * With no AUTH_SECRET (a laptop), a random secret is made once and kept in the
 * data directory so sessions survive restarts. Production requires AUTH_SECRET
 * (several instances must share one secret).
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
