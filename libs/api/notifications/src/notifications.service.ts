import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { badInput, type Caller, notFound, type Page, PageArgs, paginate } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { EventBus } from '@community-hub/api-pubsub';
import { JobQueue } from '@community-hub/api-jobs';
import { plainTextFromMarkdown, shortenText } from '@community-hub/shared-validation';
import { EmailFrequency, NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { FolderWatchEntity } from './entities/folder-watch.entity';
import { NotificationEntity, NotificationKind } from './entities/notification.entity';

/** Bus topic: { notificationId, userId } for the recipient's live badge. */
export const NOTIFICATION_ADDED = 'notifications.added';
/** Some of a person's notifications were marked read (`{ userId }`): their unread count changed. */
export const NOTIFICATIONS_READ = 'notifications.read';
/** Job: email one notification now (recipients who chose IMMEDIATELY). */
export const IMMEDIATE_EMAIL_JOB = 'notification-email';
export const IMMEDIATE_EMAIL_QUEUE = { retryLimit: 5, retryDelaySeconds: 30 };

export const DEFAULT_EMAIL_FREQUENCY = EmailFrequency.DAILY;
const FORUM_KINDS = new Set([NotificationKind.REPLY, NotificationKind.MENTION]);

export interface NewNotification {
  kind: NotificationKind;
  /** Whose eyes: people who may not read this space are dropped (null: addressed to them directly, e.g. an invitation). */
  spaceId: string | null;
  networkId: string | null;
  recipients: Iterable<string>;
  title: string;
  body?: string;
  path: string;
  actorId?: string | null;
  /** The happening, e.g. `reply:<postId>`: with the recipient, never notified twice. */
  dedupeKey: string;
  /** A post in a thread: the notification counts as read once its reader has read the thread up to it (and its emails carry a Reply-To answering there). */
  thread?: { id: string; position: number };
}

/** Plain text, one paragraph, at most `max` characters (for notification bodies and email excerpts). */
export function excerpt(markdown: string, max = 280): string {
  return shortenText(plainTextFromMarkdown(markdown), max);
}

/**
 * In-app notifications: who is told what, the unread badge, read marks and
 * email preferences. Every notification passes the recipient's right to read
 * the space it comes from, so nobody is told of something private to them.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(NotificationPreferenceEntity) private readonly preferences: Repository<NotificationPreferenceEntity>,
    @InjectRepository(FolderWatchEntity) private readonly folderWatches: Repository<FolderWatchEntity>,
    private readonly access: SpaceAccessService,
    private readonly bus: EventBus,
    private readonly jobs: JobQueue,
  ) {}

  // ---- telling people ----------------------------------------------------------

  /** Records the notification for each recipient who may see it (once per dedupe key), tells them live and queues immediate emails. */
  async notify(input: NewNotification): Promise<{ id: string; userId: string; networkId: string | null }[]> {
    let recipients = [...new Set(input.recipients)].filter((id) => id && id !== input.actorId);
    if (!recipients.length) return [];
    if (input.spaceId) {
      const rows: { user_id: string }[] = await this.db.query(
        // The policies' SQL uses short aliases of its own (m, u, r, …): the outer alias must not collide.
        `SELECT notify_recipient.user_id FROM unnest($1::uuid[]) AS notify_recipient(user_id)
          WHERE $2::uuid IN (${this.access.spacesSql(SpacePermission.READ, 'notify_recipient.user_id')})`,
        [recipients, input.spaceId],
      );
      recipients = rows.map((r) => r.user_id);
      if (!recipients.length) return [];
    }
    // The notifications and their immediate-email jobs commit together: a retried notice finds them all, or none.
    const created = await this.db.transaction(async (tx) => {
      const rows: { id: string; userId: string; networkId: string | null }[] = await tx.query(
        `INSERT INTO notifications (user_id, network_id, kind, title, body, path, actor_id, dedupe_key, thread_id, thread_position)
         SELECT r.user_id, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM unnest($1::uuid[]) AS r(user_id)
         ON CONFLICT ON CONSTRAINT notifications_user_dedupe_key DO NOTHING
         RETURNING id, user_id AS "userId", network_id AS "networkId"`,
        [recipients, input.networkId, input.kind, input.title.slice(0, 300), (input.body ?? '').slice(0, 500), input.path.slice(0, 500), input.actorId ?? null, input.dedupeKey.slice(0, 200), input.thread?.id ?? null, input.thread?.position ?? null],
      );
      await this.queueImmediateEmails(tx, rows, input.kind);
      return rows;
    });
    // The live badge is a courtesy: a lost publish is caught up by the next query of the count.
    for (const row of created) await this.bus.publish(NOTIFICATION_ADDED, { notificationId: row.id, userId: row.userId });
    return created;
  }

  private async queueImmediateEmails(tx: EntityManager, created: { id: string; userId: string; networkId: string | null }[], kind: NotificationKind): Promise<void> {
    const withNetwork = created.filter((n) => n.networkId);
    if (!withNetwork.length) return;
    const immediate: { user_id: string; network_id: string }[] = await tx.query(
      `SELECT user_id, network_id FROM notification_preferences
        WHERE (email = 'IMMEDIATELY' OR (email = 'MAILING_LIST' AND NOT $3)) AND (user_id, network_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      // In mailing-list mode the forum arrives as list copies of each post (EmailDeliveryService.queueListCopies), the rest as it happens.
      [withNetwork.map((n) => n.userId), withNetwork.map((n) => n.networkId), FORUM_KINDS.has(kind)],
    );
    const wanted = new Set(immediate.map((p) => `${p.user_id}:${p.network_id}`));
    for (const n of withNetwork) {
      if (wanted.has(`${n.userId}:${n.networkId}`)) await this.jobs.sendWithin(tx, IMMEDIATE_EMAIL_JOB, { notificationId: n.id }, { singletonKey: n.id, ...IMMEDIATE_EMAIL_QUEUE });
    }
  }

  // ---- reading -----------------------------------------------------------------

  async list(caller: Caller, args: PageArgs & { unreadOnly?: boolean }): Promise<Page<NotificationEntity>> {
    const query = this.notifications.createQueryBuilder('n').where('n.user_id = :user', { user: caller.userId });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, args, { columns: ['n.created_at', 'n.id'], direction: 'DESC', cursorOf: (n) => [n.createdAt.toISOString(), n.id] });
  }

  async unreadCount(caller: Caller): Promise<number> {
    return this.notifications.count({ where: { userId: caller.userId, readAt: IsNull() } });
  }

  async findOwn(caller: Caller, id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOne({ where: { id, userId: caller.userId } });
  }

  async markRead(caller: Caller, id: string): Promise<NotificationEntity> {
    const notification = await this.findOwn(caller, id);
    if (!notification) throw notFound('Notification');
    if (!notification.readAt) {
      await this.notifications.update({ id, readAt: IsNull() }, { readAt: new Date() });
      await this.bus.publish(NOTIFICATIONS_READ, { userId: caller.userId });
    }
    return (await this.findOwn(caller, id))!;
  }

  async markAllRead(caller: Caller): Promise<number> {
    const result = await this.notifications.update({ userId: caller.userId, readAt: IsNull() }, { readAt: new Date() });
    if (result.affected) await this.bus.publish(NOTIFICATIONS_READ, { userId: caller.userId });
    return result.affected ?? 0;
  }

  /** Someone read a thread up to a position: their notifications of posts up to there are read too. */
  async markThreadRead(userId: string, threadId: string, upToPosition: number): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND thread_id = $2 AND thread_position <= $3 AND read_at IS NULL
        RETURNING id`,
      [userId, threadId, upToPosition],
    );
    if (rows.length) await this.bus.publish(NOTIFICATIONS_READ, { userId });
    return rows.length;
  }

  // ---- preferences and watches ----------------------------------------------------

  /** One preference per network the caller is an active member of. */
  async preferencesOf(caller: Caller): Promise<{ networkId: string; email: EmailFrequency }[]> {
    const rows: { network_id: string; email: EmailFrequency | null }[] = await this.db.query(
      `SELECT m.network_id, p.email FROM memberships m
         LEFT JOIN notification_preferences p ON p.user_id = m.user_id AND p.network_id = m.network_id
        WHERE m.user_id = $1 AND m.status = 'ACTIVE' ORDER BY m.created_at`,
      [caller.userId],
    );
    return rows.map((r) => ({ networkId: r.network_id, email: r.email ?? DEFAULT_EMAIL_FREQUENCY }));
  }

  async setPreference(caller: Caller, networkId: string, email: EmailFrequency): Promise<{ networkId: string; email: EmailFrequency }> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    await this.preferences.upsert({ userId: caller.userId, networkId, email }, ['userId', 'networkId']);
    return { networkId, email };
  }

  /** The unsubscribe link: no session, the signed token says who and which network. */
  async unsubscribe(userId: string, networkId: string): Promise<void> {
    await this.preferences.upsert({ userId, networkId, email: EmailFrequency.OFF }, ['userId', 'networkId']);
  }

  async watchFolder(caller: Caller, folderId: string, watch: boolean): Promise<boolean> {
    const [folder]: { space_id: string }[] = await this.db.query('SELECT space_id FROM folders WHERE id = $1', [folderId]);
    if (!folder) throw notFound('Folder');
    await this.access.require(caller, SpacePermission.READ, folder.space_id, { resource: 'Folder' });
    if (watch) await this.folderWatches.upsert({ folderId, userId: caller.userId }, ['folderId', 'userId']);
    else await this.folderWatches.delete({ folderId, userId: caller.userId });
    return watch;
  }

  async isWatchingFolder(caller: Caller | null, folderId: string): Promise<boolean> {
    if (!caller) return false;
    return this.folderWatches.exists({ where: { folderId, userId: caller.userId } });
  }

  /** People to @mention in a space: those who may read it, by the start of any word of their name ("Mel" or "Member"). */
  async mentionable(caller: Caller, spaceId: string, query: string, first: number): Promise<{ id: string; name: string }[]> {
    await this.access.require(caller, SpacePermission.READ, spaceId);
    const words = query.trim();
    if (words.length > 100) throw badInput('The name is too long', [{ field: 'query', message: 'at most 100 characters' }]);
    return this.db.query(
      `SELECT candidate.id, candidate.name FROM users candidate
        WHERE (candidate.name ILIKE $2 OR candidate.name ILIKE '% ' || $2) AND $1::uuid IN (${this.access.spacesSql(SpacePermission.READ, 'candidate.id')})
          AND EXISTS (SELECT 1 FROM memberships cm_m JOIN spaces cm_s ON cm_s.network_id = cm_m.network_id
                       WHERE cm_s.id = $1 AND cm_m.user_id = candidate.id AND cm_m.status = 'ACTIVE')
        ORDER BY candidate.name LIMIT $3`,
      [spaceId, `${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, Math.min(Math.max(first, 1), 20)],
    );
  }
}
