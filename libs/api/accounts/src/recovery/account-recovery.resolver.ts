import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import type { Caller, RequestContext } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller, CurrentContext, RateLimitService, setSessionCookie, TokenService } from '@community-hub/api-auth';
import { EMAIL_MAX_LENGTH } from '@community-hub/shared-validation';
import { originOf } from '../accounts.resolver';
import { AccountsService } from '../accounts.service';
import { RequestEmailChangeInput, ResetPasswordInput } from '../dto/recovery.input';
import { AuthPayload, User } from '../models/user.model';
import { AccountRecoveryService } from './account-recovery.service';

@Resolver()
export class AccountRecoveryResolver {
  constructor(
    private readonly recovery: AccountRecoveryService,
    private readonly accounts: AccountsService,
    private readonly rateLimits: RateLimitService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @AllowAnonymous()
  @Mutation(() => Boolean, {
    description: 'Emails a single-use link (valid 1 hour) to reset the password. Always true, whether or not the account exists; only RATE_LIMITED differs.',
  })
  async requestPasswordReset(
    @Args('email', { type: () => String }) email: string,
    @CurrentContext() ctx: RequestContext,
  ): Promise<boolean> {
    await this.rateLimits.consumeAuthAttempt(ctx.clientAddress, String(email).slice(0, EMAIL_MAX_LENGTH));
    return this.recovery.requestPasswordReset(String(email).slice(0, EMAIL_MAX_LENGTH), originOf(ctx));
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayload, {
    description: 'Sets a new password with the emailed token (works once) and signs in on a new session; every other session of the person ends.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @CurrentContext() ctx: RequestContext): Promise<AuthPayload> {
    const { user, token } = await this.recovery.resetPassword(input.token, input.newPassword, originOf(ctx));
    setSessionCookie(ctx.res, token, this.tokens.sessionTtlSeconds, this.config.production);
    return { token, user: Object.assign(User.from(user), { isSelf: true }) };
  }

  @AllowAnonymous()
  @Mutation(() => User, { description: 'Follows an emailed verification link (works once): confirms the address, or makes a new address the account\'s.' })
  async verifyEmail(
    @Args('token', { type: () => String }) token: string,
    @CurrentCaller() caller: Caller | null,
    @CurrentContext() ctx: RequestContext,
  ): Promise<User> {
    const user = await this.recovery.verifyEmail(String(token).slice(0, 200), originOf(ctx));
    return Object.assign(User.from(user), { isSelf: caller?.userId === user.id });
  }

  @Mutation(() => Boolean, { description: 'Emails a new verification link to the caller (rate-limited like sign-in).' })
  async resendVerificationEmail(@CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    const user = await this.accounts.requireById(caller.userId);
    await this.rateLimits.consumeAuthAttempt(ctx.clientAddress, user.email);
    return this.recovery.resendVerificationEmail(caller);
  }

  @Mutation(() => Boolean, {
    description: 'Emails a confirmation link to a new address; the account\'s email changes when it is followed (verifyEmail), and the old address is told.',
  })
  async requestEmailChange(
    @Args('input') input: RequestEmailChangeInput,
    @CurrentCaller() caller: Caller,
    @CurrentContext() ctx: RequestContext,
  ): Promise<boolean> {
    const user = await this.accounts.requireById(caller.userId);
    await this.rateLimits.consumeAuthAttempt(ctx.clientAddress, user.email);
    return this.rateLimits.limitPasswordGuesses(user.email, () => this.recovery.requestEmailChange(caller, input.newEmail, input.password, originOf(ctx)),
    );
  }
}
