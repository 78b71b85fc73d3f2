import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import type { Caller, RequestContext } from '@community-hub/api-common';
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
import { LoginInput, RegisterInput, UpdateProfileInput } from './dto/register.input';
import { AuthPayload, User } from './models/user.model';

@Resolver(() => User)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: TokenService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @AllowAnonymous()
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in.' })
  async register(@Args('input') input: RegisterInput, @CurrentContext() ctx: RequestContext): Promise<AuthPayload> {
    await this.rateLimits.consumeAuthAttempt(ctx.req?.ip, input.email.trim().toLowerCase());
    return this.signIn(await this.accounts.register(input), ctx);
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @CurrentContext() ctx: RequestContext): Promise<AuthPayload> {
    await this.rateLimits.consumeAuthAttempt(ctx.req?.ip, input.email.trim().toLowerCase());
    return this.signIn(await this.accounts.verifyCredentials(input.email, input.password), ctx);
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Clears the session cookie. Bearer tokens simply expire.' })
  logout(@CurrentContext() ctx: RequestContext): boolean {
    clearSessionCookie(ctx.res, this.config.production);
    return true;
  }

  @AllowAnonymous()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  async me(@CurrentCaller() caller: Caller | null): Promise<User | null> {
    if (!caller) return null;
    const user = await this.accounts.findById(caller.userId);
    return user ? User.from(user) : null;
  }

  @Mutation(() => User)
  async updateMyProfile(@Args('input') input: UpdateProfileInput, @CurrentCaller() caller: Caller): Promise<User> {
    return User.from(await this.accounts.updateName(caller.userId, input.name));
  }

  @ResolveField(() => String, { nullable: true })
  email(@Parent() user: User, @CurrentCaller() caller: Caller | null): string | null {
    return user.isSelf || caller?.userId === user.id ? user.email : null;
  }

  private signIn(user: Parameters<typeof User.from>[0], ctx: RequestContext): AuthPayload {
    const token = this.tokens.signSession(user.id);
    setSessionCookie(ctx.res, token, this.tokens.sessionTtlSeconds, this.config.production);
    return { token, user: Object.assign(User.from(user), { isSelf: true }) };
  }
}
