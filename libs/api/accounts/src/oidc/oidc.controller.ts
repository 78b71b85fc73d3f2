import { Controller, Get, Inject, Logger, NotFoundException, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AllowAnonymous, setSessionCookie, TokenService } from '@community-hub/api-auth';
import { DomainError, ErrorCode } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { SecurityLogService } from '../security-log/security-log.service';
import { SessionService } from '../sessions/session.service';
import { OidcService } from './oidc.service';

/**
 * The two browser steps of a provider sign-in: `start` sends the browser to the
 * provider, `callback` receives it back, signs in (the same httpOnly session cookie
 * as a password sign-in) and goes on to `next`, or to the sign-in page with
 * `?oidc=<reason>` when refused. 404 when OIDC_ISSUER is not set.
 */
@AllowAnonymous()
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly oidc: OidcService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('start')
  async start(@Query('next') next: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException();
    try {
      res.redirect(302, await this.oidc.start(res, typeof next === 'string' ? next : '/'));
    } catch (error) {
      const reason = /unexpected issuer/.test((error as Error).message) ? 'wrong-issuer' : 'unavailable';
      res.redirect(302, `/signin?oidc=${reason}`);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException();
    const origin = { address: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
    const { outcome, next } = await this.oidc.finish(req, res, origin).catch((error: Error) => {
      this.logger.error(`Provider sign-in could not finish: ${error.message}`);
      return { outcome: { refused: 'failed' as const }, next: '/' };
    });
    if ('refused' in outcome) {
      res.redirect(302, `/signin?oidc=${outcome.refused}&next=${encodeURIComponent(next)}`);
      return;
    }
    // A server-side session like a password sign-in's; it remembers whether the provider did MFA (the admin gate asks).
    // A platform suspension refuses it (recorded as SIGN_IN_FAILED by the sessions' check).
    let token: string;
    try {
      ({ token } = await this.sessions.start(outcome.user.id, { ...origin, providerMfa: outcome.mfa }));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === ErrorCode.FORBIDDEN)) throw error;
      res.redirect(302, `/signin?oidc=suspended&next=${encodeURIComponent(next)}`);
      return;
    }
    await this.securityLog.record(outcome.user.id, SecurityEventKind.OIDC_SIGN_IN, { ...origin, detail: outcome.mfa ? 'with the provider’s multi-factor' : null });
    setSessionCookie(res, token, this.tokens.sessionTtlSeconds, this.config.production);
    res.redirect(302, next);
  }
}
