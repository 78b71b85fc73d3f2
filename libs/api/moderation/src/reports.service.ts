import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import {
  badInput,
  type Caller,
  isUniqueViolation,
  notFound,
  type Page,
  paginate,
  type RequestContext,
  requestLoader,
} from '@community-hub/api-common';
import { AccountsService } from '@community-hub/api-accounts';
import { Permission, SpaceAccessService, SpaceKind, SpacePermission } from '@community-hub/api-access';
import { EventScope, EventsService } from '@community-hub/api-events';
import { ForumService } from '@community-hub/api-forum';
import { LibraryService } from '@community-hub/api-library';
import { MembershipEntity, NetworksService, SpaceEntity } from '@community-hub/api-networks';
import { EventBus } from '@community-hub/api-pubsub';
import { AuditService } from './audit.service';
import { ReportContentInput, ReportsArgs, ResolveReportInput } from './dto/moderation.input';
import { ReportAction, ReportAudience, ReportEntity, ReportKind, ReportStatus } from './entities/report.entity';
import { actionNotAvailable, alreadyResolved } from './moderation.errors';
import { ModerationNotices } from './moderation.notices';
import { SuspensionsService } from './suspensions.service';

/** Published when a queue's open count may have changed: `{ audience, networkId, spaceId }`. */
export const REPORTS_CHANGED = 'moderation.reports-changed';

const REPORTS_BY_ID = Symbol('reports-by-id');
const EXCERPT_MAX = 160;
const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
};

/** What is known of a reported thing when the report is made. */
interface Subject {
  spaceId: string | null;
  networkId: string | null;
  audience: ReportAudience;
  subjectUserId: string | null;
  excerpt: string;
}

/**
 * Reports and the moderation queue. Who handles a report is fixed when it is
 * made: the coordinators of the network the thing is in; the lead of a
 * consortium for anything in its private workspace (never the network's
 * coordinators, who may not even know it exists); platform admins for a
 * person's profile. Resolving acts on the thing through the domain that owns
 * it (the forum's own removal, the library's soft delete, the calendar's
 * cancellation, the network's suspension) and resolves every open report
 * about it, telling each reporter the outcome.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ReportEntity) private readonly reports: Repository<ReportEntity>,
    private readonly access: SpaceAccessService,
    private readonly accounts: AccountsService,
    private readonly networks: NetworksService,
    private readonly forum: ForumService,
    private readonly library: LibraryService,
    private readonly events: EventsService,
    private readonly suspensions: SuspensionsService,
    private readonly audit: AuditService,
    private readonly notices: ModerationNotices,
    private readonly bus: EventBus,
  ) {}

  // ---- reporting ------------------------------------------------------------------

  /** Anyone signed in who can see the thing (NOT_FOUND otherwise). A second report while one is open returns the first. */
  async report(caller: Caller, input: ReportContentInput): Promise<ReportEntity> {
    const subject = await this.subjectOf(caller, input.kind, input.id);
    const open = () => this.reports.findOne({ where: { reporterId: caller.userId, kind: input.kind, targetId: input.id, status: ReportStatus.OPEN } });
    const existing = await open();
    if (existing) return existing;
    let report: ReportEntity;
    try {
      report = await this.db.transaction(async (tx) => {
        const saved = await tx.save(
          tx.create(ReportEntity, {
            reporterId: caller.userId,
            kind: input.kind,
            targetId: input.id,
            reason: input.reason,
            note: input.note.trim(),
            ...subject,
          }),
        );
        await this.notices.write(tx, {
          change: 'REPORTED',
          reports: [{ id: saved.id, reporterId: caller.userId }],
          kind: saved.kind,
          action: null,
          networkId: saved.networkId,
          excerpt: saved.excerpt,
        });
        return saved;
      });
    } catch (error) {
      // Two clicks at once: the partial unique index let one through.
      if (isUniqueViolation(error)) return (await open())!;
      throw error;
    }
    await this.announce(report);
    return report;
  }

  private async subjectOf(caller: Caller, kind: ReportKind, id: string): Promise<Omit<Subject, never>> {
    if (kind === ReportKind.USER) {
      const user = await this.accounts.findById(id);
      if (!user) throw notFound('Person');
      if (user.id === caller.userId) throw badInput('You cannot report yourself', [{ field: 'id', message: 'not yourself' }]);
      return { spaceId: null, networkId: null, audience: ReportAudience.PLATFORM, subjectUserId: user.id, excerpt: excerptOf(user.name) };
    }
    const loaders = { loaders: new Map<symbol, unknown>() };
    let spaceId: string;
    let subjectUserId: string;
    let text: string;
    switch (kind) {
      case ReportKind.POST: {
        ({ spaceId } = await this.access.requireOne(caller, Permission.POST_READ, id));
        const post = (await this.forum.postsById(loaders).load(id))!;
        if (post.deletedAt) throw notFound('Post');
        subjectUserId = post.authorId;
        text = post.body;
        break;
      }
      case ReportKind.THREAD: {
        ({ spaceId } = await this.access.requireOne(caller, Permission.THREAD_READ, id));
        const thread = (await this.forum.threadsById(loaders).load(id))!;
        subjectUserId = thread.authorId;
        text = thread.title;
        break;
      }
      case ReportKind.DOCUMENT: {
        const document = await this.library.findDocument(caller, id);
        if (!document) throw notFound('Document');
        spaceId = document.spaceId;
        subjectUserId = document.createdById;
        text = document.title;
        break;
      }
      case ReportKind.EVENT: {
        const event = await this.events.requireEvent(caller, id);
        spaceId = event.spaceId;
        subjectUserId = event.organiserId;
        text = event.details.title;
        break;
      }
    }
    const space = await this.db.getRepository(SpaceEntity).findOneByOrFail({ id: spaceId });
    const audience = space.kind === SpaceKind.CONSORTIUM ? ReportAudience.CONSORTIUM : ReportAudience.NETWORK;
    return { spaceId, networkId: space.networkId, audience, subjectUserId, excerpt: excerptOf(text) };
  }

  // ---- the queue --------------------------------------------------------------------

  /** A network's queue: its coordinators and admins (platform admins too). Consortium workspaces' reports are not in it. */
  async networkQueue(caller: Caller | null, networkId: string, args: ReportsArgs): Promise<Page<ReportEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    return this.page(
      this.reports.createQueryBuilder('r').where('r.network_id = :networkId AND r.audience = :audience', { networkId, audience: ReportAudience.NETWORK }),
      args,
    );
  }

  /** A consortium's queue: the lead organisation's representatives only (invisible to everyone else). */
  async consortiumQueue(caller: Caller | null, consortiumId: string, args: ReportsArgs): Promise<Page<ReportEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, consortiumId, { resource: 'Consortium' });
    return this.page(
      this.reports.createQueryBuilder('r').where('r.space_id = :consortiumId AND r.audience = :audience', { consortiumId, audience: ReportAudience.CONSORTIUM }),
      args,
    );
  }

  /** Reports about people's profiles: platform admins. */
  async platformQueue(caller: Caller, args: ReportsArgs): Promise<Page<ReportEntity>> {
    await this.networks.requirePlatformAdmin(caller);
    return this.page(this.reports.createQueryBuilder('r').where('r.audience = :audience', { audience: ReportAudience.PLATFORM }), args);
  }

  /** The reports the caller made, newest first. */
  async mine(caller: Caller, args: ReportsArgs): Promise<Page<ReportEntity>> {
    return this.page(this.reports.createQueryBuilder('r').where('r.reporter_id = :me', { me: caller.userId }), args);
  }

  private page(query: ReturnType<Repository<ReportEntity>['createQueryBuilder']>, args: ReportsArgs): Promise<Page<ReportEntity>> {
    query.andWhere('r.status = :status', { status: args.status ?? ReportStatus.OPEN });
    return paginate(query, args, { columns: ['r.created_at', 'r.id'], direction: 'DESC', cursorOf: (r) => [r.createdAt.toISOString(), r.id] });
  }

  /** Open reports in a network's queue, for the badge. */
  async openCount(caller: Caller | null, networkId: string): Promise<number> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    return this.countOpen(networkId);
  }

  countOpen(networkId: string): Promise<number> {
    return this.reports.count({ where: { networkId, audience: ReportAudience.NETWORK, status: ReportStatus.OPEN } });
  }

  /** Whether the caller handles reports of this audience and place. */
  async mayHandle(caller: Caller | null, report: Pick<ReportEntity, 'audience' | 'networkId' | 'spaceId'>): Promise<boolean> {
    if (!caller) return false;
    switch (report.audience) {
      case ReportAudience.NETWORK:
        return this.access.can(caller, SpacePermission.MODERATE, report.networkId!);
      case ReportAudience.CONSORTIUM:
        return this.access.can(caller, SpacePermission.MODERATE, report.spaceId!);
      case ReportAudience.PLATFORM:
        return (await this.accounts.findById(caller.userId))?.isPlatformAdmin ?? false;
    }
  }

  /** Every report about the same thing in the same queue (the queue shows them grouped), newest first. */
  async sameSubject(caller: Caller | null, report: ReportEntity, status: ReportStatus): Promise<ReportEntity[]> {
    if (!(await this.mayHandle(caller, report))) return [];
    return this.reports.find({ where: { kind: report.kind, targetId: report.targetId, audience: report.audience, status }, order: { createdAt: 'DESC' } });
  }

  reportsById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, ReportEntity | null> {
    return requestLoader(context, REPORTS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.reports.find({ where: { id: In([...ids]) } });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
    );
  }

  // ---- resolving -------------------------------------------------------------------

  async resolve(caller: Caller, input: ResolveReportInput): Promise<ReportEntity> {
    const report = await this.reports.findOne({ where: { id: input.reportId } });
    // Someone who does not handle it is told it does not exist (a report names who made it).
    if (!report || !(await this.mayHandle(caller, report))) throw notFound('Report');
    if (report.status !== ReportStatus.OPEN) throw alreadyResolved();
    const note = input.note.trim();
    await this.act(caller, report, input.action, note);
    const resolved = await this.db.transaction(async (tx) => {
      const [rows]: [{ id: string; reporter_id: string }[], number] = await tx.query(
        `UPDATE reports SET status = 'RESOLVED', action = $4, resolution_note = $5, resolved_by_id = $6, resolved_at = now()
          WHERE kind = $1 AND target_id = $2 AND audience = $3 AND status = 'OPEN' RETURNING id, reporter_id`,
        [report.kind, report.targetId, report.audience, input.action, note, caller.userId],
      );
      if (!rows.some((r) => r.id === report.id)) throw alreadyResolved();
      await this.audit.record(tx, {
        networkId: report.networkId,
        spaceId: report.spaceId,
        actorId: caller.userId,
        action: `REPORT_${input.action}`,
        subjectKind: report.kind,
        subjectId: report.targetId,
        note,
      });
      await this.notices.write(tx, {
        change: 'RESOLVED',
        reports: rows.map((r) => ({ id: r.id, reporterId: r.reporter_id })),
        kind: report.kind,
        action: input.action,
        networkId: report.networkId,
        excerpt: report.excerpt,
      });
      return tx.findOneByOrFail(ReportEntity, { id: report.id });
    });
    await this.announce(resolved);
    return resolved;
  }

  /** The action itself, through the domain that owns the thing; nothing is resolved if it fails. */
  private async act(caller: Caller, report: ReportEntity, action: ReportAction, note: string): Promise<void> {
    if (action === ReportAction.DISMISS) return;
    if (action === ReportAction.REMOVE_CONTENT) {
      switch (report.kind) {
        case ReportKind.POST:
          await this.forum.deletePost(caller, report.targetId, note || 'Removed by a coordinator after a report');
          return;
        case ReportKind.THREAD:
          await this.forum.removeThread(caller, report.targetId, note || 'Removed by a coordinator after a report');
          return;
        case ReportKind.DOCUMENT:
          await this.library.deleteDocument(caller, report.targetId);
          return;
        case ReportKind.EVENT:
          await this.events.cancelEvent(caller, { eventId: report.targetId, scope: EventScope.THIS_OCCURRENCE, reason: 'Removed by a coordinator' });
          return;
        case ReportKind.USER:
          throw actionNotAvailable('A profile cannot be removed; suspend the person instead');
      }
    }
    // SUSPEND_AUTHOR
    if (!report.subjectUserId) throw actionNotAvailable('The author is no longer known');
    if (report.subjectUserId === caller.userId) throw actionNotAvailable('You cannot suspend yourself');
    switch (report.audience) {
      case ReportAudience.PLATFORM:
        await this.suspensions.suspend(caller, report.subjectUserId, note);
        return;
      case ReportAudience.CONSORTIUM:
        throw actionNotAvailable("A consortium's lead can remove content; suspending someone from the network is for its coordinators");
      case ReportAudience.NETWORK: {
        const membership = await this.db.getRepository(MembershipEntity).findOne({ where: { networkId: report.networkId!, userId: report.subjectUserId } });
        if (!membership) throw actionNotAvailable('The author is no longer a member of this network');
        await this.networks.suspend(caller, membership.id);
        return;
      }
    }
  }

  private async announce(report: ReportEntity): Promise<void> {
    await this.bus.publish(REPORTS_CHANGED, { audience: report.audience, networkId: report.networkId, spaceId: report.spaceId });
  }

  /** Resolved reports older than the retention period are deleted; returns how many. */
  async purgeResolved(months: number, now = new Date()): Promise<number> {
    const [, affected]: [unknown, number] = await this.db.query(
      `DELETE FROM reports WHERE status = 'RESOLVED' AND resolved_at < $1::timestamptz - make_interval(months => $2)`,
      [now.toISOString(), months],
    );
    return affected;
  }
}
