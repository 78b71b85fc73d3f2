import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller, RequestContext } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { clearSessionCookie, CurrentCaller, CurrentContext, RateLimitService } from '@community-hub/api-auth';
import { originOf as sessionOriginOf } from '../accounts.resolver';
import { AccountsService } from '../accounts.service';
import { DataExport } from '../models/data-export.model';
import { AccountDeletionService } from './account-deletion.service';
import { DataExportService } from './data-export.service';

/** The person's UK GDPR rights over their own account: a copy of their data, and erasure. Signed-in callers only (the guard). */
@Resolver(() => DataExport)
export class PersonalDataResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly deletion: AccountDeletionService,
    private readonly accounts: AccountsService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => DataExport, { description: 'Starts preparing a zip of your data; you are notified when it is ready.' })
  async requestMyDataExport(@CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext): Promise<DataExport> {
    const row = await this.exports.request(caller.userId, sessionOriginOf(ctx));
    return DataExport.from(row, this.exports.statusOf(row));
  }

  @Query(() => [DataExport], { description: 'Your own data exports, newest first.' })
  async myDataExports(@CurrentCaller() caller: Caller): Promise<DataExport[]> {
    return (await this.exports.listFor(caller.userId)).map((row) => DataExport.from(row, this.exports.statusOf(row)));
  }

  @ResolveField(() => String, { nullable: true, description: 'A short-lived link to the zip while READY (ask again for a fresh one).' })
  downloadUrl(@Parent() item: DataExport, @Context() ctx: RequestContext): Promise<string | null> {
    return this.exports.downloadUrl(item.entity, ctx.caller?.userId, originOf(ctx, this.config));
  }

  @Mutation(() => Boolean, {
    description: 'Erases your account: name, email, sessions, memberships, representations, preferences. Posts and documents stay, shown as "Former member".',
  })
  async deleteMyAccount(
    @Args('password', { type: () => String, nullable: true }) password: string | null,
    @CurrentCaller() caller: Caller,
    @CurrentContext() ctx: RequestContext,
  ): Promise<boolean> {
    const user = await this.accounts.requireById(caller.userId);
    // Wrong passwords count as sign-in guesses do (10 per account in 5 minutes).
    await this.rateLimits.limitPasswordGuesses(user.email, () => this.deletion.confirmPassword(caller.userId, password));
    await this.deletion.deleteAccount(caller.userId, sessionOriginOf(ctx));
    if (ctx.res) clearSessionCookie(ctx.res, this.config.production);
    return true;
  }
}

function originOf(ctx: RequestContext, config: AppConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const req = ctx.req;
  return req ? `${req.protocol}://${req.get('host')}` : `http://localhost:${config.port}`;
}
