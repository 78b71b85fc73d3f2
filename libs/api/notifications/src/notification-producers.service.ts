import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCOUNTS_NOTICE, type AccountsNotice } from '@community-hub/api-accounts';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { CONSORTIA_NOTICE, type ConsortiaNotice } from '@community-hub/api-consortia';
import { EVENTS_NOTICE, type EventsNotice } from '@community-hub/api-events';
import { FORUM_HOLD_NOTICE, FORUM_NOTICE, FORUM_READ_NOTICE, type ForumHoldNotice, type ForumNotice, type ForumReadNotice } from '@community-hub/api-forum';
import { JobQueue, NOTICE_QUEUE } from '@community-hub/api-jobs';
import { LIBRARY_NOTICE, type LibraryNotice } from '@community-hub/api-library';
import { BlocksService, MODERATION_NOTICE, type ModerationNotice } from '@community-hub/api-moderation';
import { NETWORKS_NOTICE, type NetworksNotice } from '@community-hub/api-networks';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationKind } from './entities/notification.entity';
import { mentionedUserIds } from './mentions';
import { excerpt, NotificationsService } from './notifications.service';

/** Notices are fetched 20 at a time: a busy forum must not wait a polling interval per notice. */
const NOTICES = { ...NOTICE_QUEUE, batchSize: 20 };
const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
const DEADLINE_LABELS: Record<string, string> = { CLARIFICATION: 'clarification questions', EXPRESSION_OF_INTEREST: 'expressions of interest', SUBMISSION: 'submission' };

/**
 * Turns the notices other domains write (in the transaction of each change, as
 * pg-boss jobs) into notifications for the people concerned. A notice carries
 * everything needed, so no other domain's table is read here; whether a
 * recipient may read the space is asked of the access vocabulary. A notice is
 * retried until handled, and handling it twice tells nobody twice (one
 * notification per recipient and dedupe key).
 */
@Injectable()
export class NotificationProducersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly email: EmailDeliveryService,
    private readonly blocks: BlocksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ForumNotice>(FORUM_NOTICE, (job) => this.forum(job.data), NOTICES);
    await this.jobs.work<ForumReadNotice>(FORUM_READ_NOTICE, (job) => this.forumRead(job.data), NOTICES);
    await this.jobs.work<ForumHoldNotice>(FORUM_HOLD_NOTICE, (job) => this.forumHeld(job.data), NOTICES);
    await this.jobs.work<LibraryNotice>(LIBRARY_NOTICE, (job) => this.library(job.data), NOTICES);
    await this.jobs.work<EventsNotice>(EVENTS_NOTICE, (job) => this.events(job.data), NOTICES);
    await this.jobs.work<NetworksNotice>(NETWORKS_NOTICE, (job) => this.networks(job.data), NOTICES);
    await this.jobs.work<ConsortiaNotice>(CONSORTIA_NOTICE, (job) => this.consortia(job.data), NOTICES);
    await this.jobs.work<ModerationNotice>(MODERATION_NOTICE, (job) => this.moderation(job.data), NOTICES);
    await this.jobs.work<AccountsNotice>(ACCOUNTS_NOTICE, (job) => this.accounts(job.data), NOTICES);
    this.email.startSweeping(this.config.mail.sweepIntervalSeconds, () => this.sweep());
  }

  /** The periodic work: due digests are sent. */
  async sweep(now = new Date()): Promise<void> {
    await this.email.sweepDigests(now);
  }

  // ---- forum -------------------------------------------------------------------

  async forum(notice: ForumNotice): Promise<void> {
    const muted = new Set(notice.mutedIds);
    const path = notice.position === 1 ? `/n/${notice.networkSlug}/t/${notice.threadId}` : `/n/${notice.networkSlug}/t/${notice.threadId}#post-${notice.position}`;
    const base = {
      spaceId: notice.spaceId,
      networkId: notice.networkId,
      actorId: notice.authorId,
      body: excerpt(notice.body),
      path,
      thread: { id: notice.threadId, position: notice.position },
    };
    if (notice.change !== 'POST_EDITED') await this.email.queueListCopies(notice);
    // Once per post and person: the dedupe key is the post's, so after an edit only the newly mentioned hear of it.
    // Those who muted the thread are not told, except of the opening post (nobody has muted a new thread yet).
    const candidates = mentionedUserIds(notice.body).filter((id) => notice.change === 'THREAD_ADDED' || !muted.has(id));
    // Someone who blocked the author hears nothing of their mentions (neither notification nor email).
    const blockers = await this.blocks.blockersOf(notice.authorId, candidates);
    const mentioned = candidates.filter((id) => !blockers.has(id));
    await this.notifications.notify({
      ...base,
      kind: NotificationKind.MENTION,
      recipients: mentioned,
      title: `${notice.authorName} mentioned you in ${quote(notice.threadTitle)}`,
      dedupeKey: `mention:${notice.postId}`,
    });
    if (notice.change !== 'POST_ADDED' || notice.position === 1) return;
    const told = new Set(mentioned);
    const repliesTo = [notice.threadAuthorId, ...notice.watcherIds].filter((id) => !muted.has(id) && !told.has(id));
    await this.notifications.notify({
      ...base,
      kind: NotificationKind.REPLY,
      recipients: repliesTo,
      title: `${notice.authorName} replied in ${quote(notice.threadTitle)}`,
      dedupeKey: `reply:${notice.postId}`,
    });
  }

  /** A held post approved or turned down: its author is told (with the coordinator's note when turned down). */
  async forumHeld(notice: ForumHoldNotice): Promise<void> {
    const approved = notice.outcome === 'APPROVED';
    const what = notice.newThread ? `Your thread ${quote(notice.threadTitle)}` : `Your reply in ${quote(notice.threadTitle)}`;
    const thread = `/n/${notice.networkSlug}/t/${notice.threadId}`;
    await this.notifications.notify({
      kind: approved ? NotificationKind.POST_APPROVED : NotificationKind.POST_REJECTED,
      spaceId: notice.spaceId,
      networkId: notice.networkId,
      actorId: notice.actorId,
      recipients: [notice.authorId],
      title: approved ? `${what} was approved and is now published` : `${what} was not approved by a coordinator`,
      body: approved ? '' : notice.note,
      // A turned-down reply is not in the thread; a turned-down thread is still seen by its author (locked).
      path: approved && !notice.newThread ? `${thread}#post-${notice.position}` : thread,
      dedupeKey: `post-${approved ? 'approved' : 'rejected'}:${notice.postId}`,
    });
  }

  /** Reading a thread up to a post reads the notifications of the posts up to there. */
  async forumRead(notice: ForumReadNotice): Promise<void> {
    await this.notifications.markThreadRead(notice.userId, notice.threadId, notice.upToPosition);
  }

  // ---- library -------------------------------------------------------------------

  /** A new document in a folder: the folder's watchers (kept by notifications) are told. */
  async library(notice: LibraryNotice): Promise<void> {
    if (!notice.folderId) return;
    const watchers: { user_id: string }[] = await this.db.query('SELECT user_id FROM folder_watches WHERE folder_id = $1', [notice.folderId]);
    await this.notifications.notify({
      kind: NotificationKind.DOCUMENT_ADDED,
      spaceId: notice.spaceId,
      networkId: notice.networkId,
      actorId: notice.uploaderId,
      recipients: watchers.map((w) => w.user_id),
      title: `${notice.uploaderName} added ${quote(notice.title)} to ${quote(notice.folderName ?? 'the library')}`,
      body: excerpt(notice.description),
      path: `/n/${notice.networkSlug}/d/${notice.documentId}`,
      dedupeKey: `document:${notice.documentId}`,
    });
  }

  // ---- events -----------------------------------------------------------------------

  async events(notice: EventsNotice): Promise<void> {
    const path = `/n/${notice.networkSlug}/e/${notice.eventId}`;
    if (notice.change === 'PROMOTED') {
      await this.notifications.notify({
        kind: NotificationKind.WAITLIST_PROMOTED,
        spaceId: notice.spaceId,
        networkId: notice.networkId,
        recipients: notice.userIds,
        title: `A place came up: you're going to ${quote(notice.title)}`,
        path,
        dedupeKey: `promoted:${notice.eventId}:${notice.promotedAt}`,
      });
      return;
    }
    const cancelled = notice.change === 'CANCELLED';
    await this.notifications.notify({
      kind: cancelled ? NotificationKind.EVENT_CANCELLED : NotificationKind.EVENT_CHANGED,
      spaceId: notice.spaceId,
      networkId: notice.networkId,
      actorId: notice.actorId,
      recipients: notice.attendeeIds,
      title: cancelled ? `Cancelled: ${quote(notice.title)}` : `Changed: ${quote(notice.title)} (check the time and place)`,
      body: cancelled ? notice.cancelReason : '',
      path,
      dedupeKey: `event-${cancelled ? 'cancelled' : 'changed'}:${notice.eventId}:${notice.sequence}`,
    });
  }

  // ---- membership ------------------------------------------------------------------

  async networks(notice: NetworksNotice): Promise<void> {
    if (notice.status === 'PENDING' && notice.previousStatus === null) {
      await this.notifications.notify({
        kind: NotificationKind.MEMBERSHIP_REQUESTED,
        spaceId: notice.networkId,
        networkId: notice.networkId,
        actorId: notice.userId,
        recipients: notice.moderatorIds,
        title: `${notice.userName} asked to join ${notice.networkName}`,
        path: `/n/${notice.networkSlug}/members`,
        dedupeKey: `membership-request:${notice.membershipId}`,
      });
    } else if (notice.status === 'ACTIVE' && notice.previousStatus === 'PENDING') {
      await this.notifications.notify({
        kind: NotificationKind.MEMBERSHIP_APPROVED,
        spaceId: null,
        networkId: notice.networkId,
        recipients: [notice.userId],
        title: `Welcome: you are now a member of ${notice.networkName}`,
        path: `/n/${notice.networkSlug}`,
        dedupeKey: `membership-approved:${notice.membershipId}`,
      });
    }
  }

  // ---- accounts ----------------------------------------------------------------------

  async accounts(notice: AccountsNotice): Promise<void> {
    if (notice.change !== 'DATA_EXPORT_READY') return;
    await this.notifications.notify({
      kind: NotificationKind.DATA_EXPORT_READY,
      spaceId: null,
      networkId: null,
      recipients: [notice.userId],
      title: 'Your data is ready to download',
      path: '/me#your-data',
      dedupeKey: `data-export:${notice.exportId}`,
    });
  }

  // ---- consortia ---------------------------------------------------------------------

  async consortia(notice: ConsortiaNotice): Promise<void> {
    if (notice.change === 'DEADLINE_DUE') {
      await this.notifications.notify({
        kind: NotificationKind.OPPORTUNITY_DEADLINE,
        spaceId: notice.networkId,
        networkId: notice.networkId,
        recipients: notice.representativeIds,
        title: `${notice.daysBefore === 1 ? 'Tomorrow' : `In ${notice.daysBefore} days`}: ${DEADLINE_LABELS[notice.kind] ?? notice.kind.toLowerCase()} deadline for ${quote(notice.opportunityTitle)}`,
        path: `/n/${notice.networkSlug}/o/${notice.opportunityId}`,
        dedupeKey: `deadline:${notice.reminderId}`,
      });
    } else if (notice.change === 'INVITED' && notice.status === 'INVITED') {
      // Addressed to the invited organisation's people: they learn the consortium's name and lead, nothing of its workspace.
      await this.notifications.notify({
        kind: NotificationKind.CONSORTIUM_INVITATION,
        spaceId: null,
        networkId: notice.networkId,
        recipients: notice.representativeIds,
        title: `${notice.leadName} invited ${notice.organisationName} to join the consortium ${quote(notice.consortiumName)}`,
        path: '/consortia/invitations',
        dedupeKey: `consortium-invitation:${notice.memberId}:${notice.changedAt}`,
      });
    } else if (notice.change === 'RESPONDED' && (notice.status === 'ACCEPTED' || notice.status === 'DECLINED')) {
      await this.notifications.notify({
        kind: NotificationKind.CONSORTIUM_RESPONSE,
        spaceId: notice.consortiumId,
        networkId: notice.networkId,
        recipients: notice.representativeIds,
        title: `${notice.organisationName} ${notice.status === 'ACCEPTED' ? 'accepted' : 'declined'} the invitation to ${quote(notice.consortiumName)}`,
        path: `/n/${notice.networkSlug}/c/${notice.consortiumId}`,
        dedupeKey: `consortium-response:${notice.memberId}:${notice.changedAt}`,
      });
    }
  }

  // ---- reports -----------------------------------------------------------------------

  /** The reporter is thanked, and later told the outcome (never who handled it, nor their note). */
  async moderation(notice: ModerationNotice): Promise<void> {
    const thing = REPORTED_THING[notice.kind] ?? 'content';
    for (const report of notice.reports) {
      const resolved = notice.change === 'RESOLVED';
      await this.notifications.notify({
        kind: resolved ? NotificationKind.REPORT_RESOLVED : NotificationKind.REPORT_RECEIVED,
        spaceId: null,
        networkId: notice.networkId,
        recipients: [report.reporterId],
        title: resolved
          ? `Your report about the ${thing} ${quote(notice.excerpt)} was reviewed: ${OUTCOMES[notice.action ?? ''] ?? 'it was handled'}`
          : `Thank you for reporting the ${thing} ${quote(notice.excerpt)}; it will be reviewed`,
        path: '/reports',
        dedupeKey: `report-${resolved ? 'resolved' : 'received'}:${report.id}`,
      });
    }
  }
}

const REPORTED_THING: Record<string, string> = { POST: 'post', THREAD: 'thread', DOCUMENT: 'document', EVENT: 'event', USER: 'profile' };
const OUTCOMES: Record<string, string> = {
  DISMISS: 'no rule was found to be broken',
  REMOVE_CONTENT: 'it was removed',
  SUSPEND_AUTHOR: 'its author was suspended',
};
