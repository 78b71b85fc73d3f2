import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { type Caller, DomainError, ErrorCode, notFound } from '@community-hub/api-common';
import { AccountErrorReason } from '@community-hub/shared-validation';
import { TokenService } from '@community-hub/api-auth';
import { type BusMessage, EventBus } from '@community-hub/api-pubsub';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { type SecurityEventContext, SecurityLogService } from '../security-log/security-log.service';
import { SessionEntity } from './session.entity';

/** Bus topic: a session (`sessionId`) or all of a person's sessions (`userId`, but `exceptSessionId`) ended. */
export const SESSIONS_ENDED = 'sessions.ended';
/** A cached session check is trusted this long at most, in case its bus message was missed. */
export const SESSION_CHECK_TTL_MS = 30_000;
/**
 * Opens the one statement of an uncached session check, so statement counts can tell it
 * apart: it is paid once per session per SESSION_CHECK_TTL_MS, not by each request.
 */
export const SESSION_CHECK_SQL_MARKER = '/* session check */';
/** `last_seen_at` is written at most this often per session. */
export const LAST_SEEN_INTERVAL_SECONDS = 60;

/** Where a sign-in comes from: the request's User-Agent and client address. */
export interface SessionOrigin {
  userAgent?: string | null;
  address?: string | null;
  /** A provider sign-in with the provider's multi-factor (OIDC `amr`). */
  providerMfa?: boolean;
}

/** What ended: one session, or a person's sessions but one. Heard by every instance (and its open sockets). */
export type SessionsEnded = { sessionId: string; userId: string } | { userId: string; exceptSessionId?: string | null };

/** A cached answer for a session id: open for `caller` until `expiresAtMs`, or (caller null) not open. */
interface CheckedSession {
  caller: Readonly<Caller> | null;
  expiresAtMs: number;
}

/**
 * Server-side sessions. A token names a session (signed, see TokenService); a request's
 * caller is that session's person while the session is open. The check is cached in
 * memory per session for at most 30 s, and every instance drops its entries as soon as
 * a session ends (a message on the event bus), so a signed-out token is anonymous
 * everywhere at once; the whole cache goes when the bus reconnects (it replays nothing).
 * A cached check costs no database statement; an uncached one costs one, which also
 * moves `last_seen_at` when it is more than a minute old.
 */
@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionService.name);
  private readonly checked = new LRUCache<string, CheckedSession>({ max: 50_000, ttl: SESSION_CHECK_TTL_MS });
  /** Checks under way, so a burst of requests with one token costs one statement. */
  private readonly loading = new Map<string, Promise<CheckedSession>>();
  /** Bumped whenever sessions end: a check that started before must not be cached after. */
  private generation = 0;
  private readonly endedListeners = new Set<(ended: SessionsEnded | null) => void>();
  private subscription: AsyncIterableIterator<BusMessage['payload']> | null = null;
  private stopReconnectListener: (() => void) | null = null;
  private closed = false;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly tokens: TokenService,
    private readonly bus: EventBus,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.stopReconnectListener = this.bus.onReconnect(() => this.flush('the event bus reconnected'));
    this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.stopReconnectListener?.();
    await this.subscription?.return?.();
  }

  /**
   * Checks that may refuse a sign-in (moderation: a platform suspension), registered by the
   * domain that owns the rule; true refuses. Asked by `start`, the one place a session
   * begins, so every way in (password, provider, password reset, sign-up) is covered.
   */
  private readonly signInChecks: ((userId: string) => Promise<boolean>)[] = [];

  registerSignInCheck(refuses: (userId: string) => Promise<boolean>): void {
    this.signInChecks.push(refuses);
  }

  /** Throws FORBIDDEN (reason ACCOUNT_SUSPENDED) when a registered check refuses this person's sign-in; the refusal is in their security log. */
  async requireSignInAllowed(userId: string, origin: SessionOrigin = {}): Promise<void> {
    for (const refuses of this.signInChecks) {
      if (await refuses(userId)) {
        await this.securityLog.record(userId, SecurityEventKind.SIGN_IN_FAILED, { ...origin, detail: 'account suspended' });
        throw new DomainError(ErrorCode.FORBIDDEN, 'This account is suspended; please contact the platform administrators', {
          reason: AccountErrorReason.ACCOUNT_SUSPENDED,
        });
      }
    }
  }

  /**
   * Opens a session for `userId` and signs its token, unless a sign-in check refuses the
   * person (see `registerSignInCheck`). Pass `within` to open it in the caller's transaction.
   */
  async start(userId: string, origin: SessionOrigin = {}, within?: EntityManager): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    await this.requireSignInAllowed(userId, origin);
    const expiresAt = new Date(Date.now() + this.tokens.sessionTtlSeconds * 1000);
    const repository = within ? within.getRepository(SessionEntity) : this.sessions;
    const { identifiers } = await repository.insert({
      userId,
      expiresAt,
      userAgent: origin.userAgent ? [...origin.userAgent].slice(0, 512).join('').slice(0, 512) : null,
      address: origin.address?.slice(0, 64) ?? null,
      providerMfa: origin.providerMfa ?? false,
    });
    const sessionId = identifiers[0].id as string;
    return { token: this.tokens.signSession(userId, sessionId, expiresAt), sessionId, expiresAt };
  }

  /** A fresh token for the caller's own open session (same session, same expiry), or null when it is not open. */
  async reissue(caller: Caller): Promise<{ token: string; sessionId: string; expiresAt: Date } | null> {
    if (!caller.sessionId) return null;
    const session = await this.sessions.findOne({
      where: { id: caller.sessionId, userId: caller.userId, endedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      select: { id: true, expiresAt: true },
    });
    if (!session) return null;
    return { token: this.tokens.signSession(caller.userId, session.id, session.expiresAt), sessionId: session.id, expiresAt: session.expiresAt };
  }

  /**
   * The caller a token stands for: its person while its session is open, else null
   * (anonymous). Forged and expired tokens are refused without a database statement;
   * a session checked in the last 30 s too.
   */
  async callerOf(token: string | null | undefined): Promise<Readonly<Caller> | null> {
    const claims = this.tokens.verifySessionToken(token);
    if (!claims) return null;
    const cached = this.checked.get(claims.sessionId) ?? (await this.load(claims.sessionId));
    if (!cached.caller || cached.caller.userId !== claims.userId || Date.now() >= cached.expiresAtMs) return null;
    return cached.caller;
  }

  /** Whether a session is open now (for sockets to re-check after the bus reconnects). */
  async isOpen(sessionId: string): Promise<boolean> {
    const cached = this.checked.get(sessionId) ?? (await this.load(sessionId));
    return cached.caller !== null && Date.now() < cached.expiresAtMs;
  }

  /** Ends one session (signing out). Answers whether it was open. */
  async end(sessionId: string, context: SecurityEventContext & { kind?: SecurityEventKind } = {}): Promise<boolean> {
    // A CTE, so the driver answers with the rows (a bare UPDATE ... RETURNING answers [rows, count]).
    const [row] = (await this.sessions.query(
      'WITH ended AS (UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL RETURNING user_id) SELECT user_id FROM ended',
      [sessionId],
    )) as { user_id: string }[];
    // Dropped here even when nothing changed: this instance must not answer from a stale entry.
    await this.announce(row ? { sessionId, userId: row.user_id } : null, sessionId);
    if (!row) return false;
    await this.securityLog.record(row.user_id, context.kind ?? SecurityEventKind.SESSION_ENDED, context);
    return true;
  }

  /**
   * Ends every open session of `userId` but `exceptSessionId` (a password change keeps
   * the device it was made on), on every instance. Call it after the change that caused
   * it has committed. Answers how many ended.
   */
  async endAllFor(userId: string, options: { exceptSessionId?: string | null } & SecurityEventContext = {}): Promise<number> {
    const query = this.sessions
      .createQueryBuilder()
      .update()
      .set({ endedAt: () => 'now()' })
      .where('user_id = :userId AND ended_at IS NULL', { userId });
    if (options.exceptSessionId) query.andWhere('id <> :except', { except: options.exceptSessionId });
    const ended = (await query.execute()).affected ?? 0;
    await this.announce({ userId, exceptSessionId: options.exceptSessionId ?? null });
    if (ended > 0) {
      const detail = options.detail ?? `${ended} session${ended === 1 ? '' : 's'} ended`;
      await this.securityLog.record(userId, SecurityEventKind.SESSION_ENDED, { ...options, detail });
    }
    return ended;
  }

  /** The caller's open sessions, most recently used first. */
  async listOwn(caller: Caller): Promise<SessionEntity[]> {
    return this.sessions.find({
      where: { userId: caller.userId, endedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC', id: 'ASC' },
      take: 200,
    });
  }

  /** Ends one of the caller's own sessions; someone else's (or an unknown id) is NOT_FOUND. */
  async revokeOwn(caller: Caller, sessionId: string, context: SecurityEventContext = {}): Promise<boolean> {
    const own = await this.sessions.exists({ where: { id: sessionId, userId: caller.userId, endedAt: IsNull(), expiresAt: MoreThan(new Date()) } });
    if (!own) throw notFound('Session');
    const current = sessionId === caller.sessionId;
    return this.end(sessionId, {
      ...context,
      kind: current ? SecurityEventKind.SIGN_OUT : SecurityEventKind.SESSION_ENDED,
      detail: current ? null : 'signed out from another device',
    });
  }

  /** Ends every session of the caller but the one they are using. */
  async revokeOthers(caller: Caller, context: SecurityEventContext = {}): Promise<number> {
    return this.endAllFor(caller.userId, { ...context, exceptSessionId: caller.sessionId, detail: 'signed out everywhere else' });
  }

  /** Listens (in this process) to sessions ending anywhere; `null` means "anything may have ended": re-check. */
  onEnded(listener: (ended: SessionsEnded | null) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  /** Deletes sessions expired or ended more than EXPIRED_SESSION_RETENTION_DAYS ago. */
  async purge(now = new Date()): Promise<number> {
    const days = this.config.auth.expiredSessionRetentionDays;
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where(`LEAST(expires_at, COALESCE(ended_at, expires_at)) < (:now::timestamptz - make_interval(days => :days))`, { now, days })
      .execute();
    return result.affected ?? 0;
  }

  /** Drops every cached check (and has sockets re-check theirs). */
  flush(reason: string): void {
    this.generation++;
    this.checked.clear();
    this.loading.clear();
    this.logger.debug?.(`Session checks flushed: ${reason}`);
    this.notify(null);
  }

  private load(sessionId: string): Promise<CheckedSession> {
    const loading = this.loading.get(sessionId);
    if (loading) return loading;
    const generation = this.generation;
    const started: Promise<CheckedSession> = this.check(sessionId)
      .then((checked) => {
        if (generation === this.generation) this.checked.set(sessionId, checked);
        return checked;
      })
      .finally(() => {
        if (this.loading.get(sessionId) === started) this.loading.delete(sessionId);
      });
    this.loading.set(sessionId, started);
    return started;
  }

  /** One statement: reads the session and, when it is open and last seen over a minute ago, moves `last_seen_at`. */
  private async check(sessionId: string): Promise<CheckedSession> {
    const rows: { user_id: string; expires_at: Date }[] = await this.sessions.query(
      `${SESSION_CHECK_SQL_MARKER} WITH s AS (
         SELECT id, user_id, expires_at, last_seen_at FROM sessions WHERE id = $1 AND ended_at IS NULL AND expires_at > now()
       ), touched AS (
         UPDATE sessions SET last_seen_at = now() FROM s
         WHERE sessions.id = s.id AND s.last_seen_at < now() - make_interval(secs => $2)
         RETURNING sessions.id
       )
       SELECT user_id, expires_at FROM s`,
      [sessionId, LAST_SEEN_INTERVAL_SECONDS],
    );
    const row = rows[0];
    if (!row) return { caller: null, expiresAtMs: Number.POSITIVE_INFINITY };
    return { caller: Object.freeze({ userId: row.user_id, sessionId }), expiresAtMs: new Date(row.expires_at).getTime() };
  }

  private async announce(ended: SessionsEnded | null, sessionId?: string): Promise<void> {
    if (ended) this.dropLocal(ended);
    else if (sessionId) {
      this.generation++;
      this.checked.delete(sessionId);
      this.loading.delete(sessionId);
    }
    if (!ended) return;
    try {
      await this.bus.publish(SESSIONS_ENDED, { ...ended });
    } catch (error) {
      // Other instances still stop trusting their entry within SESSION_CHECK_TTL_MS.
      this.logger.warn(`Could not announce an ended session on the event bus: ${(error as Error).message}`);
    }
  }

  /** Forgets cached checks of what ended, here. */
  private dropLocal(ended: SessionsEnded): void {
    this.generation++;
    // A check under way may have read the row before it ended: later requests start their own.
    this.loading.clear();
    if ('sessionId' in ended) {
      this.checked.delete(ended.sessionId);
    } else {
      for (const [id, entry] of this.checked.entries()) {
        if (entry.caller?.userId === ended.userId && id !== ended.exceptSessionId) this.checked.delete(id);
      }
    }
    this.notify(ended);
  }

  private notify(ended: SessionsEnded | null): void {
    for (const listener of [...this.endedListeners]) {
      try {
        listener(ended);
      } catch (error) {
        this.logger.warn(`A listener to ended sessions failed: ${(error as Error).message}`);
      }
    }
  }

  /** Hears every instance's ended sessions; if the subscription is cut off, flushes and listens again. */
  private listen(): void {
    if (this.closed) return;
    const subscription = this.bus.subscribe(SESSIONS_ENDED);
    this.subscription = subscription;
    void (async () => {
      try {
        for await (const payload of subscription) {
          const userId = typeof payload.userId === 'string' ? payload.userId : null;
          if (!userId) continue;
          if (typeof payload.sessionId === 'string') this.dropLocal({ sessionId: payload.sessionId, userId });
          else this.dropLocal({ userId, exceptSessionId: typeof payload.exceptSessionId === 'string' ? payload.exceptSessionId : null });
        }
      } catch (error) {
        this.logger.warn(`Lost the ended-sessions subscription (${(error as Error).message}); listening again`);
      }
      if (!this.closed) {
        this.flush('the ended-sessions subscription was cut off');
        this.listen();
      }
    })();
  }
}
