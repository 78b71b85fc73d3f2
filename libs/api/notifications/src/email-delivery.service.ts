import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { TokenService } from '@community-hub/api-auth';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { JobQueue } from '@community-hub/api-jobs';
import type { ForumNotice } from '@community-hub/api-forum';
import { MailService, type OutgoingMail, ReplyAddresses } from '@community-hub/api-mail';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { renderDigest, renderImmediate, renderListCopy, type ListPost, type MailItem } from './email-templates';
import { IMMEDIATE_EMAIL_JOB, IMMEDIATE_EMAIL_QUEUE } from './notifications.service';

/** Job: send one recorded email (an immediate notification or a digest), retried on failure. */
export const DELIVER_EMAIL_JOB = 'email-delivery';
export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
const UNSUBSCRIBE_TTL_SECONDS = 180 * 24 * 3600;
const DIGEST_HOUR = 7;
const ZONE = 'Europe/London';

interface DeliveryRow {
  id: string;
  user_id: string;
  network_id: string | null;
  key: string;
  status: string;
  email: string;
  network_name: string | null;
  network_slug: string | null;
  payload: ListPost | null;
}

/**
 * Email for notifications. IMMEDIATELY: one email per notification, queued when
 * it is created. DAILY / WEEKLY: one digest per network, from 07:00 UK time
 * (weekly on Mondays), grouping forum, library, events and opportunities.
 * Each email is first recorded with a unique key and its notifications are
 * claimed in the same transaction, then sent by a retried job: a notification is
 * never emailed twice, whatever fails or however many API processes run.
 */
@Injectable()
export class EmailDeliveryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EmailDeliveryService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly tokens: TokenService,
    private readonly addresses: ReplyAddresses,
    private readonly access: SpaceAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ notificationId: string }>(IMMEDIATE_EMAIL_JOB, (job) => this.emailNow(job.data.notificationId), IMMEDIATE_EMAIL_QUEUE);
    await this.jobs.work<{ deliveryId: string }>(DELIVER_EMAIL_JOB, (job) => this.deliver(job.data.deliveryId, job.lastAttempt), { retryLimit: 5, retryDelaySeconds: 60 });
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private baseUrl(): string {
    return this.config.publicUrl ?? `http://localhost:${this.config.port}`;
  }

  unsubscribeUrl(userId: string, networkId: string): string {
    const token = this.tokens.signPurpose(UNSUBSCRIBE_PURPOSE, { u: userId, n: networkId }, UNSUBSCRIBE_TTL_SECONDS);
    return `${this.baseUrl()}/email/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  verifyUnsubscribe(token: string): { userId: string; networkId: string } | null {
    const claims = this.tokens.verifyPurpose<{ u: string; n: string }>(UNSUBSCRIBE_PURPOSE, token);
    return claims ? { userId: claims.u, networkId: claims.n } : null;
  }

  /** Records an immediate email for one notification (if it still needs one) and sends it. */
  async emailNow(notificationId: string): Promise<void> {
    const deliveryId = await this.db.transaction(async (tx) => {
      const [n]: { user_id: string; network_id: string | null; emailed_at: Date | null; email_delivery_id: string | null }[] = await tx.query(
        'SELECT user_id, network_id, emailed_at, email_delivery_id FROM notifications WHERE id = $1 FOR UPDATE',
        [notificationId],
      );
      if (!n) return null;
      if (n.emailed_at) return n.email_delivery_id; // claimed already: (re)send that delivery if it is not sent
      const [delivery]: { id: string }[] = await tx.query(
        `INSERT INTO email_deliveries (user_id, network_id, key) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT email_deliveries_user_key DO UPDATE SET key = EXCLUDED.key RETURNING id`,
        [n.user_id, n.network_id, `notification:${notificationId}`],
      );
      await tx.query('UPDATE notifications SET emailed_at = now(), email_delivery_id = $2 WHERE id = $1', [notificationId, delivery.id]);
      return delivery.id;
    });
    if (deliveryId) await this.deliver(deliveryId, false);
  }

  /**
   * Mailing-list mode: each new post (or new thread) is recorded as one email for
   * every member of the network who chose MAILING_LIST and may read the space
   * (not its author, nor those who muted the thread), keyed by the post so a
   * notice handled twice sends nothing twice, and queued with it.
   */
  async queueListCopies(notice: ForumNotice): Promise<number> {
    const muted = notice.mutedIds.length ? notice.mutedIds : ['00000000-0000-0000-0000-000000000000'];
    const post: ListPost = {
      postId: notice.postId,
      position: notice.position,
      body: notice.body,
      authorName: notice.authorName,
      threadId: notice.threadId,
      threadTitle: notice.threadTitle,
      networkSlug: notice.networkSlug,
    };
    return this.db.transaction(async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO email_deliveries (user_id, network_id, key, payload)
         SELECT p.user_id, p.network_id, 'list:' || $3, $4::jsonb FROM notification_preferences p
          WHERE p.network_id = $1 AND p.email = 'MAILING_LIST' AND p.user_id <> $2 AND p.user_id <> ALL($6::uuid[])
            AND $5::uuid IN (${this.access.spacesSql(SpacePermission.READ, 'p.user_id')})
         ON CONFLICT ON CONSTRAINT email_deliveries_user_key DO NOTHING RETURNING id`,
        [notice.networkId, notice.authorId, notice.postId, JSON.stringify(post), notice.spaceId, muted],
      );
      for (const { id } of rows) await this.jobs.sendWithin(tx, DELIVER_EMAIL_JOB, { deliveryId: id }, { singletonKey: id, retryLimit: 5, retryDelaySeconds: 60 });
      return rows.length;
    });
  }

  /**
   * Records the digests that are due at `now` and queues them. Daily digests are
   * due from 07:00 UK time, weekly ones from Monday 07:00; each (person,
   * network, day or week) at most once.
   */
  async sweepDigests(now = new Date()): Promise<number> {
    const local = DateTime.fromJSDate(now, { zone: ZONE });
    const periods: { frequency: 'DAILY' | 'WEEKLY'; key: string }[] = [];
    if (local.hour >= DIGEST_HOUR) periods.push({ frequency: 'DAILY', key: `daily:${local.toISODate()}` });
    if (local.hour >= DIGEST_HOUR && local.weekday === 1) periods.push({ frequency: 'WEEKLY', key: `weekly:${local.toISOWeekDate()!.slice(0, 8)}` });
    let queued = 0;
    for (const period of periods) {
      const due: { user_id: string; network_id: string }[] = await this.db.query(
        `SELECT DISTINCT n.user_id, n.network_id FROM notifications n
           LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.network_id = n.network_id
          WHERE n.emailed_at IS NULL AND n.network_id IS NOT NULL AND n.created_at <= $1
            AND coalesce(p.email, 'DAILY') = $2`,
        [now, period.frequency],
      );
      for (const { user_id: userId, network_id: networkId } of due) {
        const deliveryId = await this.db.transaction(async (tx) => {
          const [delivery]: { id: string }[] = await tx.query(
            `INSERT INTO email_deliveries (user_id, network_id, key) VALUES ($1, $2, $3)
             ON CONFLICT ON CONSTRAINT email_deliveries_user_key DO NOTHING RETURNING id`,
            [userId, networkId, `${period.key}:${networkId}`],
          );
          if (!delivery) return null;
          await tx.query(
            `UPDATE notifications SET emailed_at = now(), email_delivery_id = $3
              WHERE user_id = $1 AND network_id = $2 AND emailed_at IS NULL AND created_at <= $4`,
            [userId, networkId, delivery.id, now],
          );
          return delivery.id;
        });
        if (!deliveryId) continue;
        queued++;
        await this.jobs.send(DELIVER_EMAIL_JOB, { deliveryId }, { singletonKey: deliveryId }).catch((error: Error) => {
          this.logger.warn(`Could not queue digest ${deliveryId}: ${error.message}; the next sweep retries`);
        });
      }
    }
    // Digests recorded but never sent (queueing failed, or a process died): queue again.
    const stuck: { id: string }[] = await this.db.query(
      "SELECT id FROM email_deliveries WHERE status = 'PENDING' AND created_at < now() - interval '30 minutes' LIMIT 200",
    );
    for (const { id } of stuck) await this.jobs.send(DELIVER_EMAIL_JOB, { deliveryId: id }, { singletonKey: id }).catch(() => undefined);
    return queued;
  }

  /**
   * Sends a recorded email unless it was sent already. Throws (so the job retries) when sending fails.
   * One sender per delivery: two jobs for one delivery (a retry and the sweep's re-queue) may run in
   * two API processes at once, so the delivery's row stays locked while it is sent, and a job that
   * finds it locked leaves it to the one sending (which retries on its own if sending fails).
   */
  async deliver(deliveryId: string, lastAttempt: boolean): Promise<void> {
    const failure = await this.db.transaction(async (tx): Promise<Error | null> => {
      const [delivery]: DeliveryRow[] = await tx.query(
        `SELECT d.id, d.user_id, d.network_id, d.key, d.status, d.payload, u.email, n.name AS network_name, n.slug AS network_slug
           FROM email_deliveries d JOIN users u ON u.id = d.user_id LEFT JOIN networks n ON n.id = d.network_id
          WHERE d.id = $1
            FOR UPDATE OF d SKIP LOCKED`,
        [deliveryId],
      );
      if (!delivery || delivery.status === 'SENT') return null;
      if (delivery.payload) return this.sendListCopy(tx, delivery, lastAttempt);
      const items: (MailItem & { id: string; threadId: string | null })[] = (
        await tx.query(
          'SELECT id, kind, title, body, path, created_at, thread_id FROM notifications WHERE email_delivery_id = $1 ORDER BY created_at',
          [deliveryId],
        )
      ).map((r: { id: string; kind: MailItem['kind']; title: string; body: string; path: string; created_at: Date; thread_id: string | null }) => ({
        id: r.id,
        threadId: r.thread_id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        url: `${this.baseUrl()}${r.path}`,
        createdAt: r.created_at,
      }));
      if (!items.length) {
        await tx.query("UPDATE email_deliveries SET status = 'SENT', sent_at = now() WHERE id = $1", [deliveryId]);
        return null;
      }
      const networkName = delivery.network_name ?? 'Community Hub';
      const unsubscribe = delivery.network_id ? this.unsubscribeUrl(delivery.user_id, delivery.network_id) : `${this.baseUrl()}/settings/notifications`;
      const settings = `${this.baseUrl()}/settings/notifications`;
      const period = delivery.key.startsWith('weekly:') ? 'weekly' : 'daily';
      // About one thread only (an immediate email, or a digest of one thread): a reply to it answers there.
      const threads = new Set(items.map((i) => i.threadId));
      const [threadId] = threads;
      const replyTo = threads.size === 1 && threadId ? this.addresses.replyTo(delivery.user_id, threadId) : undefined;
      const rendered = delivery.key.startsWith('notification:')
        ? renderImmediate(networkName, items[0], unsubscribe, settings, Boolean(replyTo))
        : renderDigest(networkName, period, items, unsubscribe, settings);
      return this.sendRecorded(tx, deliveryId, lastAttempt, {
        to: delivery.email,
        ...rendered,
        replyTo,
        bulk: !delivery.key.startsWith('notification:'),
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    });
    if (failure) throw failure;
  }

  /** One post as a mailing-list message: threaded by the thread's positions, with list headers and a reply address. */
  private sendListCopy(tx: EntityManager, delivery: DeliveryRow, lastAttempt: boolean): Promise<Error | null> {
    const post = delivery.payload!;
    const domain = this.addresses.domain;
    const messageId = (position: number) => `<thread-${post.threadId}-${position}@${domain}>`;
    const replyTo = this.addresses.replyTo(delivery.user_id, post.threadId);
    const unsubscribe = this.unsubscribeUrl(delivery.user_id, delivery.network_id!);
    const networkName = delivery.network_name ?? 'Community Hub';
    const rendered = renderListCopy(networkName, post, `${this.baseUrl()}/n/${post.networkSlug}/t/${post.threadId}${post.position > 1 ? `#post-${post.position}` : ''}`, unsubscribe, `${this.baseUrl()}/settings/notifications`);
    const opening = post.position > 1 ? messageId(1) : undefined;
    return this.sendRecorded(tx, delivery.id, lastAttempt, {
      to: delivery.email,
      ...rendered,
      replyTo,
      messageId: messageId(post.position),
      inReplyTo: opening,
      references: opening ? [opening] : undefined,
      bulk: true,
      headers: {
        'List-Id': `${networkName.replace(/[<>"\r\n]/g, '')} <${post.networkSlug}.${domain}>`,
        'List-Post': `<mailto:${replyTo}>`,
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        Precedence: 'list',
      },
    });
  }

  /** Sends and records the outcome in the delivery's own (locked) row; returns the failure for the job to retry. */
  private async sendRecorded(tx: EntityManager, deliveryId: string, lastAttempt: boolean, mail: OutgoingMail): Promise<Error | null> {
    try {
      const messageId = (await this.mail.send(mail)) ?? 'suppressed';
      await tx.query("UPDATE email_deliveries SET status = 'SENT', sent_at = now(), message_id = $2, attempts = attempts + 1 WHERE id = $1", [
        deliveryId,
        messageId.slice(0, 300),
      ]);
      return null;
    } catch (error) {
      // Recorded (committed) before the job sees the failure.
      await tx.query('UPDATE email_deliveries SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1', [
        deliveryId,
        (error as Error).message.slice(0, 500),
        lastAttempt ? 'FAILED' : 'PENDING',
      ]);
      return error as Error;
    }
  }

  /** Runs the digest sweep every `intervalSeconds` (0: never; tests call `sweepDigests` themselves). */
  startSweeping(intervalSeconds: number, sweep: () => Promise<unknown>): void {
    if (!intervalSeconds) return;
    this.timer = setInterval(() => {
      sweep().catch((error: Error) => this.logger.warn(`Notification sweep failed: ${error.message}`));
    }, intervalSeconds * 1000);
    this.timer.unref();
  }
}
