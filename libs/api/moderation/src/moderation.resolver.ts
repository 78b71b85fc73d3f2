import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page, PageArgs, type RequestContext } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Consortium } from '@community-hub/api-consortia';
import { ForumService, Post } from '@community-hub/api-forum';
import { Network, NetworksService } from '@community-hub/api-networks';
import { SearchHit, SearchKind } from '@community-hub/api-search';
import { AuditService } from './audit.service';
import { BlocksService } from './blocks.service';
import { PlatformSuspensionInput, ReportContentInput, ReportsArgs, ResolveReportInput, SetNewcomerPostHoldInput } from './dto/moderation.input';
import { ReportKind } from './entities/report.entity';
import { AuditEntry, AuditEntryConnection, Report, ReportConnection } from './models/report.model';
import { ModerationLiveService } from './moderation-live.service';
import { ReportsService } from './reports.service';
import { SafetySettingsService } from './safety-settings.service';
import { SuspensionsService } from './suspensions.service';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly live: ModerationLiveService,
    private readonly networks: NetworksService,
    private readonly forum: ForumService,
  ) {}

  @Mutation(() => Report, { description: 'Reports something the caller can see. Reporting the same thing again while it is open returns the same report.' })
  async reportContent(@CurrentCaller() caller: Caller, @Args('input') input: ReportContentInput): Promise<Report> {
    return Report.from(await this.reports.report(caller, input), false);
  }

  @Mutation(() => Report, { description: "Whoever handles the report (the network's coordinators, the consortium's lead, platform admins) acts on it, with a note; every open report about the same thing is resolved and each reporter told." })
  async resolveReport(@CurrentCaller() caller: Caller, @Args('input') input: ResolveReportInput): Promise<Report> {
    return Report.from(await this.reports.resolve(caller, input));
  }

  @Query(() => ReportConnection, { description: 'The reports the caller made, newest first, with their outcome.' })
  async myReports(@CurrentCaller() caller: Caller, @Args() args: ReportsArgs): Promise<Page<Report>> {
    return mapPage(await this.reports.mine(caller, args), (r) => Report.from(r, false));
  }

  @Query(() => ReportConnection, { description: "Platform admins: reports about people's profiles." })
  async platformReports(@CurrentCaller() caller: Caller, @Args() args: ReportsArgs): Promise<Page<Report>> {
    return mapPage(await this.reports.platformQueue(caller, args), (r) => Report.from(r));
  }

  @Subscription(() => Int, { description: "Coordinators: the network's count of open reports, whenever it may have changed." })
  openReportCountChanged(@CurrentCaller() caller: Caller, @IdArg('networkId') networkId: string, @Context() ctx: RequestContext) {
    return this.live.watchOpenCount(caller, networkId, ctx);
  }

  @ResolveField(() => [Report], { description: 'Handlers: every report about the same thing with the same status (the queue groups them), newest first.' })
  async sameSubject(@Parent() report: Report, @Context() ctx: RequestContext): Promise<Report[]> {
    const entity = (await this.reports.reportsById(ctx).load(report.id))!;
    return (await this.reports.sameSubject(ctx.caller, entity, entity.status)).map((r) => Report.from(r));
  }

  @ResolveField(() => String, { nullable: true, description: 'Where the thing is in the web client (null when it is gone).' })
  async path(@Parent() report: Report, @Context() ctx: RequestContext): Promise<string | null> {
    if (report.kind === ReportKind.USER) return `/people/${report.targetId}`;
    const network = report.networkId ? await this.networks.networksById(ctx).load(report.networkId) : null;
    if (!network) return null;
    const base = `/n/${network.slug}`;
    switch (report.kind) {
      case ReportKind.THREAD:
        return `${base}/t/${report.targetId}`;
      case ReportKind.POST: {
        const post = await this.forum.postsById(ctx).load(report.targetId);
        return post ? `${base}/t/${post.threadId}#post-${post.position}` : null;
      }
      case ReportKind.DOCUMENT:
        return `${base}/d/${report.targetId}`;
      case ReportKind.EVENT:
        return `${base}/e/${report.targetId}`;
    }
  }
}

@Resolver(() => Network)
export class NetworkModerationResolver {
  constructor(
    private readonly queue: ReportsService,
    private readonly audit: AuditService,
    private readonly settings: SafetySettingsService,
  ) {}

  @ResolveField(() => ReportConnection, { description: "Coordinators: the moderation queue, newest first (reports about a consortium's workspace go to its lead instead)." })
  async reports(@Parent() network: Network, @Args() args: ReportsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Report>> {
    return mapPage(await this.queue.networkQueue(caller, network.id, args), (r) => Report.from(r));
  }

  @ResolveField(() => Int, { description: 'Coordinators: open reports in the queue (the badge).' })
  async openReportCount(@Parent() network: Network, @CurrentCaller() caller: Caller | null): Promise<number> {
    return this.queue.openCount(caller, network.id);
  }

  @ResolveField(() => AuditEntryConnection, { description: 'Coordinators and platform admins: every moderation action in this network, newest first.' })
  async auditLog(@Parent() network: Network, @Args() args: PageArgs, @CurrentCaller() caller: Caller | null): Promise<Page<AuditEntry>> {
    return mapPage(await this.audit.networkLog(caller, network.id, args), AuditEntry.from);
  }

  @ResolveField(() => String, { description: 'Coordinators: where to download the audit log as CSV (send the same credentials).' })
  async auditLogCsvPath(@Parent() network: Network, @CurrentCaller() caller: Caller | null): Promise<string> {
    await this.queue.openCount(caller, network.id);
    return `/moderation/audit/${network.id}.csv`;
  }

  @ResolveField(() => Boolean, {
    description: "Coordinators: the setting \"hold newcomers' first posts for approval\": a newcomer's post waits in `heldPosts` until one of theirs is approved here.",
  })
  async holdsNewcomerPosts(@Parent() network: Network, @CurrentCaller() caller: Caller | null): Promise<boolean> {
    return this.settings.holdsNewcomerPosts(caller, network.id);
  }
}

@Resolver(() => Consortium)
export class ConsortiumModerationResolver {
  constructor(private readonly queue: ReportsService) {}

  @ResolveField(() => ReportConnection, { description: "The lead's representatives: reports about this consortium's workspace, newest first." })
  async reports(@Parent() consortium: Consortium, @Args() args: ReportsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Report>> {
    return mapPage(await this.queue.consortiumQueue(caller, consortium.id, args), (r) => Report.from(r));
  }
}

@Resolver(() => AuditEntry)
export class AuditEntriesResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => User, { nullable: true, description: 'Who acted.' })
  async actor(@Parent() entry: AuditEntry, @Context() ctx: RequestContext): Promise<User | null> {
    const user = entry.actorId ? await this.accounts.usersById(ctx).load(entry.actorId) : null;
    return user ? User.named(user) : null;
  }

  @Query(() => AuditEntryConnection, { description: 'Platform admins: every moderation action, platform suspensions included, newest first.' })
  async platformAuditLog(@CurrentCaller() caller: Caller, @Args() args: PageArgs): Promise<Page<AuditEntry>> {
    return mapPage(await this.audit.platformLog(caller, args), AuditEntry.from);
  }
}

@Resolver()
export class SafetyResolver {
  constructor(
    private readonly blocks: BlocksService,
    private readonly suspensions: SuspensionsService,
    private readonly settings: SafetySettingsService,
  ) {}

  @Mutation(() => Boolean, { description: 'Blocks a person: their posts are collapsed for you, their mentions do not reach you, and they cannot invite your organisations. They are not told.' })
  async blockUser(@CurrentCaller() caller: Caller, @IdArg('userId') userId: string): Promise<boolean> {
    return this.blocks.block(caller, userId);
  }

  @Mutation(() => Boolean)
  async unblockUser(@CurrentCaller() caller: Caller, @IdArg('userId') userId: string): Promise<boolean> {
    return this.blocks.unblock(caller, userId);
  }

  @Query(() => [User], { description: 'The people the caller blocked, most recent first.' })
  async myBlocks(@CurrentCaller() caller: Caller): Promise<User[]> {
    return (await this.blocks.blockedBy(caller)).map((u) => User.named(u));
  }

  @Mutation(() => Boolean, { description: 'Platform admins: suspend a person everywhere (every session ends, sign-in is refused until lifted).' })
  async suspendUser(@CurrentCaller() caller: Caller, @Args('input') input: PlatformSuspensionInput): Promise<boolean> {
    return this.suspensions.suspend(caller, input.userId, input.note);
  }

  @Mutation(() => Boolean, { description: 'Platform admins: lift a platform suspension.' })
  async liftUserSuspension(@CurrentCaller() caller: Caller, @Args('input') input: PlatformSuspensionInput): Promise<boolean> {
    return this.suspensions.lift(caller, input.userId, input.note);
  }

  @Query(() => [ID], { description: 'Platform admins: the ids of suspended people, most recent first.' })
  async suspendedUserIds(@CurrentCaller() caller: Caller): Promise<string[]> {
    return (await this.suspensions.list(caller)).map((s) => s.userId);
  }

  @Mutation(() => Boolean, {
    description: "Coordinators: set \"hold newcomers' first posts for approval\" (off by default; logged). Newcomers are accounts younger than NEWCOMER_DAYS.",
  })
  async setNewcomerPostHold(@CurrentCaller() caller: Caller, @Args('input') input: SetNewcomerPostHoldInput): Promise<boolean> {
    return this.settings.setHoldNewcomerPosts(caller, input.networkId, input.enabled);
  }
}

@Resolver(() => Post)
export class PostSafetyResolver {
  constructor(private readonly blocks: BlocksService) {}

  @ResolveField(() => Boolean, { description: 'The caller blocked its author: show it collapsed ("Post from someone you blocked").' })
  async authorBlocked(@Parent() post: Post, @Context() ctx: RequestContext): Promise<boolean> {
    return this.blocks.blockedByMe(ctx).load(post.authorId);
  }
}

@Resolver(() => SearchHit)
export class SearchHitSafetyResolver {
  constructor(
    private readonly blocks: BlocksService,
    private readonly forum: ForumService,
  ) {}

  @ResolveField(() => Boolean, { description: 'A post or thread whose author the caller blocked: show it collapsed.' })
  async authorBlocked(@Parent() hit: SearchHit, @Context() ctx: RequestContext): Promise<boolean> {
    if (!ctx.caller) return false;
    let authorId: string | undefined;
    if (hit.kind === SearchKind.POST) authorId = (await this.forum.postsById(ctx).load(hit.id))?.authorId;
    else if (hit.kind === SearchKind.THREAD) authorId = (await this.forum.threadsById(ctx).load(hit.id))?.authorId;
    return authorId ? this.blocks.blockedByMe(ctx).load(authorId) : false;
  }
}

