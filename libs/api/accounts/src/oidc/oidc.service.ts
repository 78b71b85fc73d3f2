import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import { type BaseClient, generators, Issuer } from 'openid-client';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig, publicBaseUrl } from '@community-hub/api-config';
import { TokenService } from '@community-hub/api-auth';
import { normaliseEmail } from '@community-hub/shared-validation';
import { UserEntity } from '../entities/user.entity';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { type SecurityEventContext, SecurityLogService } from '../security-log/security-log.service';
import { OidcLinkEntity } from './oidc-link.entity';

export const OIDC_FLOW_COOKIE = 'ch_oidc_flow';
export const OIDC_LINK_COOKIE = 'ch_oidc_link';
const FLOW_PURPOSE = 'oidc-flow';
const LINK_PURPOSE = 'oidc-link';
const FLOW_TTL_SECONDS = 10 * 60;
const LINK_TTL_SECONDS = 15 * 60;
/** How recent a provider sign-in must be to confirm deleting a password-less account. */
export const FRESH_SIGN_IN_SECONDS = 5 * 60;

/** Why a provider sign-in did not end signed in; the sign-in page explains each (`?oidc=<reason>`). */
export type OidcRefusal =
  | 'failed'
  | 'email-unverified'
  | 'wrong-issuer'
  | 'link-password'
  | 'linked-elsewhere'
  | 'admin-mfa'
  | 'suspended';

export type OidcOutcome = { user: UserEntity; mfa: boolean } | { refused: OidcRefusal };

interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/** Not `iss`/`sub`: those name the signed cookie's own issuer and subject. */
interface PendingLink {
  providerIssuer: string;
  providerSubject: string;
  email: string;
}

/**
 * OpenID Connect sign-in (openid-client 5) with one configured provider: authorization
 * code with PKCE, state and nonce kept in a short-lived signed httpOnly cookie. Only a
 * verified email from the configured issuer is accepted. An account is found by
 * (issuer, subject) once linked; a new address makes a new password-less account; an
 * address that belongs to a password account is linked only after that person signs in
 * once with the password (the pending link waits in a signed cookie).
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private client: Promise<BaseClient> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.auth.oidc);
  }

  get buttonLabel(): string | null {
    return this.config.auth.oidc?.buttonLabel ?? null;
  }

  get redirectUri(): string {
    return `${publicBaseUrl(this.config)}/auth/oidc/callback`;
  }

  /** The provider's authorization URL; the flow's secrets go into a cookie for the callback. */
  async start(res: Response, next: string): Promise<string> {
    const client = await this.oidcClient();
    const flow: FlowState = { state: generators.state(), nonce: generators.nonce(), verifier: generators.codeVerifier(), next: safeNext(next) };
    res.cookie(OIDC_FLOW_COOKIE, this.tokens.signPurpose(FLOW_PURPOSE, flow, FLOW_TTL_SECONDS), this.cookieOptions('/auth/oidc', FLOW_TTL_SECONDS));
    return client.authorizationUrl({
      scope: 'openid email profile',
      response_type: 'code',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: generators.codeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
  }

  /** Checks the provider's answer and finds, links or makes the account. Never throws for a refusal. */
  async finish(req: Request, res: Response, origin: SecurityEventContext = {}): Promise<{ outcome: OidcOutcome; next: string }> {
    const flow = this.tokens.verifyPurpose<FlowState>(FLOW_PURPOSE, cookieOf(req, OIDC_FLOW_COOKIE) ?? '');
    res.clearCookie(OIDC_FLOW_COOKIE, this.cookieOptions('/auth/oidc'));
    if (!flow) return { outcome: { refused: 'failed' }, next: '/' };
    let claims: Record<string, unknown>;
    try {
      const client = await this.oidcClient();
      const tokenSet = await client.callback(this.redirectUri, client.callbackParams(req), {
        state: flow.state,
        nonce: flow.nonce,
        code_verifier: flow.verifier,
        response_type: 'code',
      });
      claims = { ...tokenSet.claims() };
      if (claims['email'] === undefined || claims['email_verified'] === undefined) {
        claims = { ...(await client.userinfo(tokenSet)), ...claims };
      }
    } catch (error) {
      this.logger.warn(`Provider sign-in failed: ${(error as Error).message}`);
      const wrongIssuer = /issuer|iss mismatch|unexpected iss/i.test((error as Error).message);
      return { outcome: { refused: wrongIssuer ? 'wrong-issuer' : 'failed' }, next: flow.next };
    }
    return { outcome: await this.signIn(claims, res, origin), next: flow.next };
  }

  /**
   * After a password sign-in (and its two-factor code): links the provider identity
   * waiting in the pending-link cookie when it names this account's email.
   */
  async linkPendingAfterPasswordSignIn(
    req: Request | undefined,
    res: Response | undefined,
    user: Pick<UserEntity, 'id' | 'email'>,
    origin: SecurityEventContext = {},
  ): Promise<void> {
    const raw = req ? cookieOf(req, OIDC_LINK_COOKIE) : null;
    if (!raw) return;
    res?.clearCookie(OIDC_LINK_COOKIE, this.cookieOptions('/'));
    const pending = this.tokens.verifyPurpose<PendingLink>(LINK_PURPOSE, raw);
    if (!pending || pending.providerIssuer !== this.config.auth.oidc?.issuer || normaliseEmail(pending.email) !== user.email) return;
    const linked: unknown[] = await this.db.query(
      `WITH linked AS (INSERT INTO oidc_links (issuer, subject, user_id, email, last_sign_in_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (issuer, subject) DO NOTHING RETURNING 1) SELECT 1 FROM linked`,
      [pending.providerIssuer, pending.providerSubject, user.id, user.email],
    );
    if (linked.length) {
      await this.securityLog.record(user.id, SecurityEventKind.OIDC_LINKED, { ...origin, detail: 'linked after a password sign-in' });
    }
  }

  /**
   * For confirming sensitive steps (deleting a password-less account): true when this
   * person signed in through the provider within `withinSeconds` (default 5 minutes).
   */
  async hasFreshSignIn(userId: string, withinSeconds = FRESH_SIGN_IN_SECONDS): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM oidc_links WHERE user_id = $1 AND last_sign_in_at > now() - make_interval(secs => $2) LIMIT 1',
      [userId, withinSeconds],
    );
    return rows.length > 0;
  }

  /** Removes the person's provider links (account erasure; an admin unlinking). */
  async forget(userId: string): Promise<void> {
    await this.db.query('DELETE FROM oidc_links WHERE user_id = $1', [userId]);
  }

  private async signIn(claims: Record<string, unknown>, res: Response, origin: SecurityEventContext): Promise<OidcOutcome> {
    const issuer = this.config.auth.oidc!.issuer;
    if (claims['iss'] !== issuer) return { refused: 'wrong-issuer' };
    const subject = typeof claims['sub'] === 'string' ? claims['sub'] : '';
    const email = typeof claims['email'] === 'string' ? normaliseEmail(claims['email']) : '';
    if (!subject || !email) return { refused: 'failed' };
    if (claims['email_verified'] !== true && claims['email_verified'] !== 'true') return { refused: 'email-unverified' };
    const amr = Array.isArray(claims['amr']) ? claims['amr'].map(String) : [];
    const mfa = amr.some((method) => ['mfa', 'otp', 'hwk', 'swk'].includes(method));

    const users = this.db.getRepository(UserEntity);
    const links = this.db.getRepository(OidcLinkEntity);
    let user: UserEntity | null = null;
    const link = await links.findOne({ where: { issuer, subject } });
    if (link) {
      user = await users.findOne({ where: { id: link.userId } });
    } else {
      const existing = await users.findOne({ where: { email } });
      if (existing?.passwordHash) {
        // Prove the password once before the provider may sign in to this account.
        res.cookie(
          OIDC_LINK_COOKIE,
          this.tokens.signPurpose(LINK_PURPOSE, { providerIssuer: issuer, providerSubject: subject, email } satisfies PendingLink, LINK_TTL_SECONDS),
          this.cookieOptions('/', LINK_TTL_SECONDS),
        );
        return { refused: 'link-password' };
      }
      if (existing) return { refused: 'linked-elsewhere' };
      user = await this.createAccount(issuer, subject, email, typeof claims['name'] === 'string' ? claims['name'] : '', origin);
      if (!user) return { refused: 'failed' };
    }
    if (!user) return { refused: 'failed' };
    // Platform admins still need a second factor: the provider's MFA (amr), or ours through password sign-in.
    if (user.isPlatformAdmin && !mfa) return { refused: 'admin-mfa' };
    await links.update({ issuer, subject }, { lastSignInAt: () => 'now()', email });
    return { user, mfa };
  }

  private async createAccount(issuer: string, subject: string, email: string, name: string, origin: SecurityEventContext): Promise<UserEntity | null> {
    try {
      return await this.db.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, { email, name: name.trim().slice(0, 120) || email.split('@')[0], passwordHash: null }),
        );
        await manager.insert(OidcLinkEntity, { issuer, subject, userId: user.id, email });
        await this.securityLog.record(user.id, SecurityEventKind.OIDC_LINKED, { ...origin, detail: 'account made by a provider sign-in' }, manager);
        return user;
      });
    } catch (error) {
      // The same person's two first sign-ins at once: the other one made the account and link.
      if (!isUniqueViolation(error)) throw error;
      const link = await this.db.getRepository(OidcLinkEntity).findOne({ where: { issuer, subject } });
      return link ? this.db.getRepository(UserEntity).findOne({ where: { id: link.userId } }) : null;
    }
  }

  /** Discovered once; the discovered issuer must be exactly the configured one. */
  private oidcClient(): Promise<BaseClient> {
    const settings = this.config.auth.oidc;
    if (!settings) throw new Error('OIDC sign-in is not configured');
    this.client ??= (async () => {
      const issuer = await Issuer.discover(settings.issuer);
      if (issuer.metadata.issuer !== settings.issuer) {
        throw new Error(`unexpected issuer: ${settings.issuer} announces ${issuer.metadata.issuer}`);
      }
      return new issuer.Client({
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: [this.redirectUri],
        response_types: ['code'],
      });
    })();
    // A provider that was down at the first try is tried again next time.
    this.client.catch(() => (this.client = null));
    return this.client;
  }

  private cookieOptions(path: string, maxAgeSeconds?: number) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.production,
      path,
      ...(maxAgeSeconds ? { maxAge: maxAgeSeconds * 1000 } : {}),
    };
  }
}

function cookieOf(req: Pick<Request, 'headers'>, name: string): string | null {
  const header = req.headers.cookie;
  if (!header?.includes(name)) return null;
  return parseCookies(header)[name] || null;
}

function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
