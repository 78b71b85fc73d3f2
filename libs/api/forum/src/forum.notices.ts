import { Injectable } from '@nestjs/common';
import { JobQueue, NOTICE_QUEUE, sendAuditNotice, type TransactionConnection } from '@community-hub/api-jobs';

/** Job name of the forum's notices: written in the transaction of the change, consumed by notifications. */
export const FORUM_NOTICE = 'notice-forum';
/** Job name of "a held post was approved or rejected" (notifications tell its author). */
export const FORUM_HOLD_NOTICE = 'notice-forum-hold';
/** Job name of "someone read a thread up to here" (notifications mark theirs read). */
export const FORUM_READ_NOTICE = 'notice-forum-read';

export interface ForumReadNotice {
  userId: string;
  threadId: string;
  upToPosition: number;
}

/** A coordinator approved (published) or rejected (removed) a newcomer's held post: its author is told. */
export interface ForumHoldNotice {
  outcome: 'APPROVED' | 'REJECTED';
  postId: string;
  /** Its place once published (1: it opened a new thread); negative when rejected. */
  position: number;
  /** It opened a thread (the thread was held with it). */
  newThread: boolean;
  authorId: string;
  actorId: string;
  threadId: string;
  threadTitle: string;
  spaceId: string;
  networkId: string;
  networkSlug: string;
  /** The coordinator's note (for a rejection). */
  note: string;
}

/**
 * A change in the forum, with everything another domain needs to act on it
 * (who wrote what, where, who watches or muted the thread), so that it never
 * reads the forum's tables.
 */
export interface ForumNotice {
  change: 'THREAD_ADDED' | 'POST_ADDED' | 'POST_EDITED';
  postId: string;
  /** 1 for a thread's opening post. */
  position: number;
  /** The post's Markdown (mentions and excerpts are taken from it). */
  body: string;
  authorId: string;
  authorName: string;
  threadId: string;
  threadTitle: string;
  threadAuthorId: string;
  spaceId: string;
  networkId: string;
  networkSlug: string;
  /** People watching the thread and people who muted it, as the change committed. */
  watcherIds: string[];
  mutedIds: string[];
}

/** Writes the forum's notices inside the forum's own transactions. */
@Injectable()
export class ForumNotices {
  constructor(private readonly jobs: JobQueue) {}

  async write(
    tx: TransactionConnection,
    change: ForumNotice['change'],
    post: { id: string; position: number; body: string; authorId: string },
    thread: { id: string; title: string; authorId: string; spaceId: string; networkId: string },
  ): Promise<void> {
    const [facts]: { author_name: string; slug: string; watching: string[]; muted: string[] }[] = await tx.query(
      `SELECT u.name AS author_name, n.slug,
              coalesce(array_agg(r.user_id::text) FILTER (WHERE r.watch_level = 'WATCHING'), '{}') AS watching,
              coalesce(array_agg(r.user_id::text) FILTER (WHERE r.watch_level = 'MUTED'), '{}') AS muted
         FROM users u CROSS JOIN networks n
         LEFT JOIN thread_readers r ON r.thread_id = $3 AND r.watch_level IN ('WATCHING', 'MUTED')
        WHERE u.id = $1 AND n.id = $2
        GROUP BY u.name, n.slug`,
      [post.authorId, thread.networkId, thread.id],
    );
    const notice: ForumNotice = {
      change,
      postId: post.id,
      position: post.position,
      body: post.body,
      authorId: post.authorId,
      authorName: facts.author_name,
      threadId: thread.id,
      threadTitle: thread.title,
      threadAuthorId: thread.authorId,
      spaceId: thread.spaceId,
      networkId: thread.networkId,
      networkSlug: facts.slug,
      watcherIds: facts.watching,
      mutedIds: facts.muted,
    };
    await this.jobs.sendWithin(tx, FORUM_NOTICE, notice, NOTICE_QUEUE);
  }

  /** A held post approved or rejected: written in the transaction of the decision. */
  async writeHeld(tx: TransactionConnection, notice: Omit<ForumHoldNotice, 'networkSlug'>): Promise<void> {
    const [network]: { slug: string }[] = await tx.query('SELECT slug FROM networks WHERE id = $1', [notice.networkId]);
    await this.jobs.sendWithin(tx, FORUM_HOLD_NOTICE, { ...notice, networkSlug: network.slug } satisfies ForumHoldNotice, NOTICE_QUEUE);
  }

  /** A reader moved on in a thread: written in the transaction that records the read position. */
  async writeRead(tx: TransactionConnection, notice: ForumReadNotice): Promise<void> {
    await this.jobs.sendWithin(tx, FORUM_READ_NOTICE, notice, NOTICE_QUEUE);
  }

  /** A coordinator's pin, lock, retag or removal: for the moderation audit log. */
  async moderated(
    tx: TransactionConnection,
    action: { id: string; spaceId: string; networkId: string; actorId: string; action: string; subjectKind: string; subjectId: string; note: string },
  ): Promise<void> {
    await sendAuditNotice(this.jobs, tx, {
      key: `forum:${action.id}`,
      networkId: action.networkId,
      spaceId: action.spaceId,
      actorId: action.actorId,
      action: action.action,
      subjectKind: action.subjectKind,
      subjectId: action.subjectId,
      note: action.note,
      at: new Date().toISOString(),
    });
  }
}
