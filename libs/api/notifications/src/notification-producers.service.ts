import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { CONSORTIUM_INVITED, CONSORTIUM_RESPONDED } from '@community-hub/api-consortia';
import { EVENT_CHANGED, RSVP_PROMOTED } from '@community-hub/api-events';
import { POST_ADDED, POST_EDITED, THREAD_ADDED } from '@community-hub/api-forum';
import { DOCUMENT_ADDED } from '@community-hub/api-library';
import { MEMBERSHIP_UPDATED } from '@community-hub/api-networks';
import { type BusMessage, EventBus } from '@community-hub/api-pubsub';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationKind } from './entities/notification.entity';
import { mentionedUserIds } from './mentions';
import { excerpt, NotificationsService } from './notifications.service';

type Payload = BusMessage['payload'];
const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;

/**
 * Turns what happens (events on the bus, due deadline reminders) into
 * notifications for the people concerned. Every API process listens; the
 * notifications' dedupe keys make sure each person is told once.
 */
/** What the forum's notifications need to know about a post. */
interface PostNotice {
  post: {
    id: string; body: string; author_id: string; author_name: string; thread_id: string; title: string; thread_author_id: string;
    space_id: string; network_id: string; slug: string; position: number;
  };
  muted: Set<string>;
  watching: string[];
  base: { spaceId: string; networkId: string; actorId: string; body: string; path: string };
}

@Injectable()
export class NotificationProducersService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationProducersService.name);
  private readonly streams: AsyncIterableIterator<Payload>[] = [];
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly email: EmailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.listen(POST_ADDED, (p) => this.postAdded(String(p.postId)));
    this.listen(POST_EDITED, (p) => this.postEdited(String(p.postId)));
    this.listen(THREAD_ADDED, (p) => this.threadAdded(String(p.threadId)));
    this.listen(DOCUMENT_ADDED, (p) => this.documentAdded(String(p.documentId)));
    this.listen(EVENT_CHANGED, (p) => this.eventChanged(String(p.eventId), p.change === 'CANCELLED', String(p.actorId)));
    this.listen(RSVP_PROMOTED, (p) => this.promoted(String(p.eventId), String(p.userId)));
    this.listen(MEMBERSHIP_UPDATED, (p) => this.membership(String(p.membershipId), p.status as string, (p.previousStatus as string | null) ?? null));
    this.listen(CONSORTIUM_INVITED, (p) => this.invited(String(p.memberId)));
    this.listen(CONSORTIUM_RESPONDED, (p) => this.responded(String(p.memberId)));
    this.email.startSweeping(this.config.mail.sweepIntervalSeconds, () => this.sweep());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.streams.map((s) => s.return?.()));
  }

  /** The periodic work: due deadline reminders become notifications, then due digests are sent. */
  async sweep(now = new Date()): Promise<void> {
    await this.deadlines();
    await this.email.sweepDigests(now);
  }

  private listen(topic: string, handle: (payload: Payload) => Promise<unknown>): void {
    const stream = this.bus.subscribe(topic);
    this.streams.push(stream);
    void (async () => {
      try {
        for await (const payload of stream) {
          await handle(payload).catch((error: Error) => this.logger.warn(`Notifications for ${topic} failed: ${error.stack ?? error.message}`));
        }
      } catch (error) {
        // Fell too far behind (the bus cut this subscriber off): say so, and listen again.
        this.logger.error(`Notifications for ${topic} fell behind and some were skipped: ${(error as Error).message}`);
        this.streams.splice(this.streams.indexOf(stream), 1);
        if (!this.stopping) this.listen(topic, handle);
      }
    })();
  }

  // ---- forum -------------------------------------------------------------------

  /** A live post with its thread and the thread's watchers and muters. */
  private async postWithReaders(postId: string): Promise<PostNotice | null> {
    const [post]: PostNotice['post'][] = await this.db.query(
      `SELECT p.id, p.body, p.author_id, u.name AS author_name, t.id AS thread_id, t.title, t.author_id AS thread_author_id,
              t.space_id, t.network_id, n.slug, p.position
         FROM posts p JOIN threads t ON t.id = p.thread_id JOIN users u ON u.id = p.author_id JOIN networks n ON n.id = t.network_id
        WHERE p.id = $1 AND p.deleted_at IS NULL`,
      [postId],
    );
    if (!post) return null;
    const readers: { user_id: string; watch_level: string }[] = await this.db.query(
      "SELECT user_id, watch_level FROM thread_readers WHERE thread_id = $1 AND watch_level IN ('WATCHING', 'MUTED')",
      [post.thread_id],
    );
    const muted = new Set(readers.filter((r) => r.watch_level === 'MUTED').map((r) => r.user_id));
    const watching = readers.filter((r) => r.watch_level === 'WATCHING').map((r) => r.user_id);
    const path = post.position === 1 ? `/n/${post.slug}/t/${post.thread_id}` : `/n/${post.slug}/t/${post.thread_id}#post-${post.position}`;
    return { post, muted, watching, base: { spaceId: post.space_id, networkId: post.network_id, actorId: post.author_id, body: excerpt(post.body), path } };
  }

  /**
   * Tells the people @mentioned in a post (not those who muted the thread). Once per
   * post and person: the dedupe key is the post's, so after an edit only the newly
   * mentioned hear of it.
   */
  private async mentions(found: PostNotice): Promise<string[]> {
    const { post, muted, base } = found;
    const mentioned = mentionedUserIds(post.body).filter((id) => !muted.has(id));
    await this.notifications.notify({ ...base, kind: NotificationKind.MENTION, recipients: mentioned, title: `${post.author_name} mentioned you in ${quote(post.title)}`, dedupeKey: `mention:${post.id}` });
    return mentioned;
  }

  async postAdded(postId: string): Promise<void> {
    const found = await this.postWithReaders(postId);
    if (!found || found.post.position === 1) return; // the opening post is handled with its thread
    const { post, muted, watching, base } = found;
    const mentioned = await this.mentions(found);
    const told = new Set(mentioned);
    const repliesTo = [post.thread_author_id, ...watching].filter((id) => !muted.has(id) && !told.has(id));
    await this.notifications.notify({ ...base, kind: NotificationKind.REPLY, recipients: repliesTo, title: `${post.author_name} replied in ${quote(post.title)}`, dedupeKey: `reply:${post.id}` });
  }

  /** An edited post (opening post or reply): people it now mentions for the first time are told. */
  async postEdited(postId: string): Promise<void> {
    const found = await this.postWithReaders(postId);
    if (found) await this.mentions(found);
  }

  async threadAdded(threadId: string): Promise<void> {
    const [post]: { id: string; body: string; author_id: string; author_name: string; title: string; space_id: string; network_id: string; slug: string }[] =
      await this.db.query(
        `SELECT p.id, p.body, p.author_id, u.name AS author_name, t.title, t.space_id, t.network_id, n.slug
           FROM threads t JOIN posts p ON p.thread_id = t.id AND p.position = 1 JOIN users u ON u.id = p.author_id JOIN networks n ON n.id = t.network_id
          WHERE t.id = $1`,
        [threadId],
      );
    if (!post) return;
    await this.notifications.notify({
      kind: NotificationKind.MENTION,
      spaceId: post.space_id,
      networkId: post.network_id,
      actorId: post.author_id,
      recipients: mentionedUserIds(post.body),
      title: `${post.author_name} mentioned you in ${quote(post.title)}`,
      body: excerpt(post.body),
      path: `/n/${post.slug}/t/${threadId}`,
      dedupeKey: `mention:${post.id}`,
    });
  }

  // ---- library -------------------------------------------------------------------

  async documentAdded(documentId: string): Promise<void> {
    const [doc]: { id: string; title: string; description: string; space_id: string; network_id: string; slug: string; folder_id: string | null; folder_name: string | null; created_by_id: string; uploader: string }[] =
      await this.db.query(
        `SELECT d.id, d.title, d.description, d.space_id, d.network_id, n.slug, d.folder_id, f.name AS folder_name, d.created_by_id, u.name AS uploader
           FROM documents d JOIN networks n ON n.id = d.network_id JOIN users u ON u.id = d.created_by_id LEFT JOIN folders f ON f.id = d.folder_id
          WHERE d.id = $1 AND d.deleted_at IS NULL`,
        [documentId],
      );
    if (!doc?.folder_id) return;
    const watchers: { user_id: string }[] = await this.db.query('SELECT user_id FROM folder_watches WHERE folder_id = $1', [doc.folder_id]);
    await this.notifications.notify({
      kind: NotificationKind.DOCUMENT_ADDED,
      spaceId: doc.space_id,
      networkId: doc.network_id,
      actorId: doc.created_by_id,
      recipients: watchers.map((w) => w.user_id),
      title: `${doc.uploader} added ${quote(doc.title)} to ${quote(doc.folder_name ?? 'the library')}`,
      body: excerpt(doc.description),
      path: `/n/${doc.slug}/d/${doc.id}`,
      dedupeKey: `document:${doc.id}`,
    });
  }

  // ---- events -----------------------------------------------------------------------

  async eventChanged(eventId: string, cancelled: boolean, actorId: string): Promise<void> {
    const [event]: { id: string; title: string; space_id: string; network_id: string; slug: string; sequence: number; cancel_reason: string; starts_at: Date }[] =
      await this.db.query(
        `SELECT e.id, e.title, e.space_id, e.network_id, n.slug, e.sequence, e.cancel_reason, e.starts_at
           FROM events e JOIN networks n ON n.id = e.network_id WHERE e.id = $1`,
        [eventId],
      );
    if (!event) return;
    const going: { user_id: string }[] = await this.db.query("SELECT user_id FROM event_rsvps WHERE event_id = $1 AND status IN ('GOING', 'MAYBE', 'WAITLISTED')", [eventId]);
    await this.notifications.notify({
      kind: cancelled ? NotificationKind.EVENT_CANCELLED : NotificationKind.EVENT_CHANGED,
      spaceId: event.space_id,
      networkId: event.network_id,
      actorId,
      recipients: going.map((r) => r.user_id),
      title: cancelled ? `Cancelled: ${quote(event.title)}` : `Changed: ${quote(event.title)} (check the time and place)`,
      body: cancelled ? event.cancel_reason : '',
      path: `/n/${event.slug}/e/${event.id}`,
      dedupeKey: `event-${cancelled ? 'cancelled' : 'changed'}:${event.id}:${event.sequence}`,
    });
  }

  async promoted(eventId: string, userId: string): Promise<void> {
    const [row]: { title: string; space_id: string; network_id: string; slug: string; promoted_at: Date | null }[] = await this.db.query(
      `SELECT e.title, e.space_id, e.network_id, n.slug, r.promoted_at FROM events e JOIN networks n ON n.id = e.network_id
         JOIN event_rsvps r ON r.event_id = e.id AND r.user_id = $2 WHERE e.id = $1 AND r.status = 'GOING'`,
      [eventId, userId],
    );
    if (!row) return;
    await this.notifications.notify({
      kind: NotificationKind.WAITLIST_PROMOTED,
      spaceId: row.space_id,
      networkId: row.network_id,
      recipients: [userId],
      title: `A place came up: you're going to ${quote(row.title)}`,
      path: `/n/${row.slug}/e/${eventId}`,
      dedupeKey: `promoted:${eventId}:${row.promoted_at?.toISOString() ?? ''}`,
    });
  }

  // ---- membership ------------------------------------------------------------------

  async membership(membershipId: string, status: string, previousStatus: string | null): Promise<void> {
    const [m]: { user_id: string; name: string; network_id: string; network_name: string; slug: string }[] = await this.db.query(
      `SELECT m.user_id, u.name, m.network_id, n.name AS network_name, n.slug FROM memberships m
         JOIN users u ON u.id = m.user_id JOIN networks n ON n.id = m.network_id WHERE m.id = $1`,
      [membershipId],
    );
    if (!m) return;
    if (status === 'PENDING' && previousStatus === null) {
      const moderators: { user_id: string }[] = await this.db.query(
        "SELECT user_id FROM memberships WHERE network_id = $1 AND status = 'ACTIVE' AND role IN ('COORDINATOR', 'ADMIN')",
        [m.network_id],
      );
      await this.notifications.notify({
        kind: NotificationKind.MEMBERSHIP_REQUESTED,
        spaceId: m.network_id,
        networkId: m.network_id,
        actorId: m.user_id,
        recipients: moderators.map((r) => r.user_id),
        title: `${m.name} asked to join ${m.network_name}`,
        path: `/n/${m.slug}/members`,
        dedupeKey: `membership-request:${membershipId}`,
      });
    } else if (status === 'ACTIVE' && previousStatus === 'PENDING') {
      await this.notifications.notify({
        kind: NotificationKind.MEMBERSHIP_APPROVED,
        spaceId: null,
        networkId: m.network_id,
        recipients: [m.user_id],
        title: `Welcome: you are now a member of ${m.network_name}`,
        path: `/n/${m.slug}`,
        dedupeKey: `membership-approved:${membershipId}`,
      });
    }
  }

  // ---- consortia ---------------------------------------------------------------------

  private async consortiumMember(memberId: string) {
    const [row]: {
      id: string; status: string; organisation_id: string; organisation: string; consortium_id: string; consortium: string;
      lead_id: string; lead: string; network_id: string; slug: string; updated_at: Date;
    }[] = await this.db.query(
      `SELECT cm.id, cm.status, cm.organisation_id, o.name AS organisation, c.id AS consortium_id, c.name AS consortium,
              c.lead_organisation_id AS lead_id, lo.name AS lead, c.network_id, n.slug, cm.updated_at
         FROM consortium_members cm JOIN consortia c ON c.id = cm.consortium_id JOIN organisations o ON o.id = cm.organisation_id
         JOIN organisations lo ON lo.id = c.lead_organisation_id JOIN networks n ON n.id = c.network_id
        WHERE cm.id = $1`,
      [memberId],
    );
    return row;
  }

  private async representativesOf(organisationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query('SELECT user_id FROM organisation_representatives WHERE organisation_id = $1', [organisationId]);
    return rows.map((r) => r.user_id);
  }

  async invited(memberId: string): Promise<void> {
    const m = await this.consortiumMember(memberId);
    if (!m || m.status !== 'INVITED') return;
    // Addressed to the invited organisation's people: they learn the consortium's name and lead, nothing of its workspace.
    await this.notifications.notify({
      kind: NotificationKind.CONSORTIUM_INVITATION,
      spaceId: null,
      networkId: m.network_id,
      recipients: await this.representativesOf(m.organisation_id),
      title: `${m.lead} invited ${m.organisation} to join the consortium ${quote(m.consortium)}`,
      path: '/consortia/invitations',
      dedupeKey: `consortium-invitation:${memberId}:${m.updated_at.toISOString()}`,
    });
  }

  async responded(memberId: string): Promise<void> {
    const m = await this.consortiumMember(memberId);
    if (!m || (m.status !== 'ACCEPTED' && m.status !== 'DECLINED')) return;
    await this.notifications.notify({
      kind: NotificationKind.CONSORTIUM_RESPONSE,
      spaceId: m.consortium_id,
      networkId: m.network_id,
      recipients: await this.representativesOf(m.lead_id),
      title: `${m.organisation} ${m.status === 'ACCEPTED' ? 'accepted' : 'declined'} the invitation to ${quote(m.consortium)}`,
      path: `/n/${m.slug}/c/${m.consortium_id}`,
      dedupeKey: `consortium-response:${memberId}:${m.updated_at.toISOString()}`,
    });
  }

  /** Deadline reminders the consortia domain recorded as due become notifications for the organisations' people. */
  async deadlines(): Promise<number> {
    const due: { id: string; organisation_id: string; kind: string; days_before: number; deadline_at: Date; opportunity_id: string; title: string; network_id: string; slug: string }[] =
      await this.db.query(
        `SELECT r.id, r.organisation_id, r.kind, r.days_before, r.deadline_at, o.id AS opportunity_id, o.title, o.network_id, n.slug
           FROM deadline_reminders r JOIN opportunities o ON o.id = r.opportunity_id JOIN networks n ON n.id = o.network_id
          WHERE r.delivered_at IS NULL ORDER BY r.created_at LIMIT 500`,
      );
    const label: Record<string, string> = { CLARIFICATION: 'clarification questions', EXPRESSION_OF_INTEREST: 'expressions of interest', SUBMISSION: 'submission' };
    for (const r of due) {
      await this.notifications.notify({
        kind: NotificationKind.OPPORTUNITY_DEADLINE,
        spaceId: r.network_id,
        networkId: r.network_id,
        recipients: await this.representativesOf(r.organisation_id),
        title: `${r.days_before === 1 ? 'Tomorrow' : `In ${r.days_before} days`}: ${label[r.kind] ?? r.kind.toLowerCase()} deadline for ${quote(r.title)}`,
        path: `/n/${r.slug}/o/${r.opportunity_id}`,
        dedupeKey: `deadline:${r.id}`,
      });
      await this.db.query('UPDATE deadline_reminders SET delivered_at = now() WHERE id = $1', [r.id]);
    }
    return due.length;
  }
}
