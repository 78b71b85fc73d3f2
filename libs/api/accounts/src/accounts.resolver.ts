import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { type Caller, IdArg, type RequestContext } from '@community-hub/api-common';
import {
  AllowAnonymous,
  clearSessionCookie,
  CurrentCaller,
  CurrentContext,
  RateLimitService,
  setSessionCookie,
  TokenService,
} from '@community-hub/api-auth';
import { AccountsService } from './accounts.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { OidcService } from './oidc/oidc.service';
import { TwoFactorService } from './two-factor/two-factor.service';
import { AccountRecoveryService } from './recovery/account-recovery.service';
import { LoginInput, RegisterInput, UpdateProfileInput } from './dto/register.input';
import { AuthPayload, User } from './models/user.model';

@Resolver(() => User)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: TokenService,
    private readonly rateLimits: RateLimitService,
    private readonly twoFactor: TwoFactorService,
    private readonly oidc: OidcService,
    private readonly recovery: AccountRecoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @AllowAnonymous()
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in; emails a link to confirm the address.' })
  async register(@Args('input') input: RegisterInput, @CurrentContext() ctx: RequestContext): Promise<AuthPayload> {
    await this.rateLimits.consumeAuthAttempt(ctx.clientAddress, input.email);
    const user = await this.accounts.register(input);
    await this.recovery.queueVerificationEmail(user);
    return this.signIn(user, ctx, 'signed up');
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @CurrentContext() ctx: RequestContext): Promise<AuthPayload> {
    await this.rateLimits.consumeAuthAttempt(ctx.clientAddress, input.email);
    const user = await this.rateLimits.limitPasswordGuesses(input.email, () =>
      this.accounts.verifyCredentials(input.email, input.password, originOf(ctx)),
    );
    if (this.twoFactor.isEnabled(user)) {
      // A wrong code counts against the same per-account budget as a wrong password.
      if (!input.code?.trim()) await this.twoFactor.checkSignInCode(user.id, input.code);
      await this.rateLimits.limitPasswordGuesses(input.email, () => this.twoFactor.checkSignInCode(user.id, input.code, originOf(ctx)));
    }
    // A platform suspension (moderation) refuses here, where the session starts: nothing is linked before.
    const payload = await this.signIn(user, ctx);
    await this.oidc.linkPendingAfterPasswordSignIn(ctx.req, ctx.res, user, originOf(ctx));
    return payload;
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, { description: "Ends the caller's session on every API instance (the token is anonymous from now on) and clears the cookie." })
  async logout(@CurrentContext() ctx: RequestContext): Promise<boolean> {
    await this.accounts.signOut(ctx.caller, originOf(ctx));
    clearSessionCookie(ctx.res, this.config.production);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Changes the password (the current one must be right; rate-limited like signing in). Every other session of the person ends; this one stays (its token is returned).',
  })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentContext() ctx: RequestContext): Promise<AuthPayload> {
    const { user, token } = await this.accounts.changePassword(ctx.caller!, input, originOf(ctx));
    setSessionCookie(ctx.res, token, this.tokens.sessionTtlSeconds, this.config.production);
    return { token, user: Object.assign(User.from(user), { isSelf: true }) };
  }

  @AllowAnonymous()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  async me(@CurrentCaller() caller: Caller | null): Promise<User | null> {
    if (!caller) return null;
    const user = await this.accounts.findById(caller.userId);
    return user ? User.from(user) : null;
  }

  @AllowAnonymous()
  @Query(() => User, {
    nullable: true,
    description: 'A person\'s profile: what the caller may see of them (never their email, unless it is the caller). Null when there is no such person.',
  })
  async user(@IdArg('id') id: string): Promise<User | null> {
    const user = await this.accounts.findById(id);
    return user ? User.from(user) : null;
  }

  @Mutation(() => User)
  async updateMyProfile(@Args('input') input: UpdateProfileInput, @CurrentCaller() caller: Caller): Promise<User> {
    return User.from(await this.accounts.updateName(caller.userId, input.name));
  }

  @ResolveField(() => Boolean, {
    description: 'The person followed the link emailed to their address; until then they can read and join, but not post, upload or answer events.',
  })
  async emailVerified(@Parent() user: User, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    if (user.emailVerified !== undefined) return user.emailVerified;
    return (await this.accounts.usersById(ctx).load(user.id))?.emailVerified ?? false;
  }

  @ResolveField(() => String, { nullable: true })
  email(@Parent() user: User, @CurrentCaller() caller: Caller | null): string | null {
    return user.isSelf || caller?.userId === user.id ? user.email : null;
  }

  private async signIn(user: Parameters<typeof User.from>[0], ctx: RequestContext, detail?: string): Promise<AuthPayload> {
    const { token } = await this.accounts.startSession(user, originOf(ctx), detail);
    setSessionCookie(ctx.res, token, this.tokens.sessionTtlSeconds, this.config.production);
    return { token, user: Object.assign(User.from(user), { isSelf: true }) };
  }
}

/** Where a request comes from, for sessions and the security log. */
export function originOf(ctx: Pick<RequestContext, 'clientAddress' | 'userAgent'>): { address: string | null; userAgent: string | null } {
  return { address: ctx.clientAddress ?? null, userAgent: ctx.userAgent ?? null };
}
