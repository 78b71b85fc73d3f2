import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { IdArg, type Caller, type RequestContext } from '@community-hub/api-common';
import { SecretText } from '@community-hub/api-common';
import { CurrentCaller, CurrentContext } from '@community-hub/api-auth';
import { originOf } from '../accounts.resolver';
import { AccountsService } from '../accounts.service';
import { User } from '../models/user.model';
import { TwoFactorSetup } from './two-factor.model';
import { TwoFactorService } from './two-factor.service';

@ArgsType()
class TwoFactorCodeArgs {
  @Field({ description: 'A 6-digit code from the authenticator app (disabling also takes a recovery code).' })
  @IsString()
  @MaxLength(40)
  @SecretText()
  code: string;
}

@Resolver(() => User)
export class TwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly accounts: AccountsService,
  ) {}

  @Mutation(() => TwoFactorSetup, { description: 'Starts turning on two-factor sign-in: a new secret to add to an authenticator app.' })
  setupTwoFactor(@CurrentCaller() caller: Caller): Promise<TwoFactorSetup> {
    return this.twoFactor.setup(caller.userId);
  }

  @Mutation(() => [String], { description: 'Turns two-factor sign-in on with a code from the app; answers ten single-use recovery codes, shown once.' })
  enableTwoFactor(@Args() { code }: TwoFactorCodeArgs, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext): Promise<string[]> {
    return this.twoFactor.enable(caller.userId, code, originOf(ctx));
  }

  @Mutation(() => Boolean, {
    description:
      "Platform admins: turn someone's two-factor sign-in off (lost phone and recovery codes); every session of theirs ends. False when it was not on.",
  })
  resetUserTwoFactor(@IdArg('userId') userId: string, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.twoFactor.resetByAdmin(caller, userId, originOf(ctx));
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off with a current code or a recovery code.' })
  disableTwoFactor(@Args() { code }: TwoFactorCodeArgs, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.twoFactor.disable(caller.userId, code, originOf(ctx));
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether two-factor sign-in is on. Visible only to the user themselves.' })
  async twoFactorEnabled(@Parent() user: User, @CurrentCaller() caller: Caller | null): Promise<boolean | null> {
    if (!user.isSelf && caller?.userId !== user.id) return null;
    const self = await this.accounts.findById(user.id);
    return self ? this.twoFactor.isEnabled(self) : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'True for a platform admin who must turn on two-factor before admin-only operations (ADMIN_REQUIRE_TWO_FACTOR). Visible only to the user themselves.',
  })
  async twoFactorSetupRequired(@Parent() user: User, @CurrentCaller() caller: Caller | null): Promise<boolean | null> {
    if (!user.isSelf && caller?.userId !== user.id) return null;
    const self = await this.accounts.findById(user.id);
    return self ? this.twoFactor.mustSetUp(self) : null;
  }
}
