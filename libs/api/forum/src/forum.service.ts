import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  forbidden,
  notFound,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  encodeCursor,
  pageOf,
  paginate,
  type Page,
  PageArgs,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { queryPrepared } from '@community-hub/api-database';
import { EventBus } from '@community-hub/api-pubsub';
import { callerIdOrNone, Permission, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { BODY_MAX, CreateThreadInput, EditPostInput, ReplyToThreadInput, TAG_MAX, TAGS_MAX, TITLE_MAX } from './dto/thread.input';
import { HoldStatus } from './entities/hold-status';
import { ModerationActionEntity, ModerationActionKind } from './entities/moderation-action.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadReaderEntity, WatchLevel } from './entities/thread-reader.entity';
import { ThreadEntity } from './entities/thread.entity';
import { threadFromListRow, ThreadListQuery, type ThreadListRow, type ThreadRow } from './thread-list.query';
import { notAwaitingApproval, threadAwaitingApproval } from './forum.errors';
import { ForumNotices } from './forum.notices';

export const POST_ADDED = 'forum.post-added';
/** A post was edited or removed: `{ postId, threadId, spaceId }`, published after the commit. */
export const POST_UPDATED = 'forum.post-updated';
export const THREAD_ADDED = 'forum.thread-added';

const THREADS_BY_ID = Symbol('threads-by-id');
const POSTS_BY_ID = Symbol('posts-by-id');
const READERS_BY_THREAD = Symbol('my-reader-by-thread');
const PENDING_REPLIES = Symbol('pending-replies-by-thread');

/** Trims, lower-cases and de-duplicates tags; "Health & Wellbeing" stays readable. */
export function normaliseTags(tags: string[]): string[] {
  const clean = [...new Set(tags.map((t) => t.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
  if (clean.length > TAGS_MAX) throw badInput(`At most ${TAGS_MAX} tags`, [{ field: 'tags', message: `at most ${TAGS_MAX}` }]);
  for (const tag of clean) {
    if (tag.length > TAG_MAX || /[<>\u0000-\u001f]/.test(tag)) {
      throw badInput(`The tag "${tag.slice(0, 40)}" is not allowed`, [{ field: 'tags', message: 'invalid tag' }]);
    }
  }
  return clean;
}

/** Trimmed and within `max` characters; the same rule for every path a post arrives by (GraphQL, email). */
function requireText(value: string, field: string, label: string, max = BODY_MAX): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${label} must not be empty`, [{ field, message: 'must not be empty' }]);
  if (trimmed.length > max) throw badInput(`${label} must be at most ${max} characters`, [{ field, message: `at most ${max} characters` }]);
  return trimmed;
}

/** What a posting check is told about a new post and its author's last hour. */
export interface PostingFacts {
  authorId: string;
  spaceId: string;
  body: string;
  /** Links in the new post. */
  links: number;
  /** The author's posts and links in the last hour, anywhere. */
  postsLastHour: number;
  linksLastHour: number;
  /** The author already has a published (not held) post in this space. */
  publishedInSpace: boolean;
}

/** What a posting check may decide besides refusing: hold the post for a coordinator's approval. */
export interface PostingVerdict {
  hold?: boolean;
}

/** A rule about posting owned by another domain (moderation's newcomer limits and holds): throws to refuse. */
export type PostingCheck = (facts: PostingFacts) => Promise<PostingVerdict | void>;

/** Held for approval (the post, or the thread it opens): seen by its author and coordinators only. */
export const isHeld = (post: Pick<PostEntity, 'holdStatus'>, thread: Pick<ThreadEntity, 'holdStatus'>): boolean =>
  post.holdStatus !== null || thread.holdStatus !== null;

const LINK = /(?:https?:\/\/|www\.)[^\s)<>\]]+/gi;
export const countLinks = (body: string): number => body.match(LINK)?.length ?? 0;

@Injectable()
export class ForumService {
  private readonly threadList = new ThreadListQuery();
  private readonly postingChecks: PostingCheck[] = [];

  /** Registered by the domain that owns a posting rule, when its module starts (the forum depends on none). */
  registerPostingCheck(check: PostingCheck): void {
    this.postingChecks.push(check);
  }

  /**
   * Runs the registered posting checks (the author's last hour is counted only when there is
   * one): any may refuse, and any may hold the post for a coordinator's approval.
   */
  private async checkPosting(authorId: string, spaceId: string, body: string): Promise<{ hold: boolean }> {
    if (!this.postingChecks.length) return { hold: false };
    const [recent]: { posts: number; bodies: string[]; published: boolean }[] = await this.db.query(
      `SELECT count(*)::int AS posts, coalesce(array_agg(body) FILTER (WHERE body ~* '(https?://|www\.)'), '{}') AS bodies,
              EXISTS (SELECT 1 FROM posts p JOIN threads t ON t.id = p.thread_id
                       WHERE p.author_id = $1 AND t.space_id = $2 AND p.hold_status IS NULL AND t.hold_status IS NULL) AS published
         FROM posts WHERE author_id = $1 AND created_at > now() - interval '1 hour'`,
      [authorId, spaceId],
    );
    const facts: PostingFacts = {
      authorId,
      spaceId,
      body,
      links: countLinks(body),
      postsLastHour: recent.posts,
      linksLastHour: recent.bodies.reduce((n, b) => n + countLinks(b), 0),
      publishedInSpace: recent.published,
    };
    let hold = false;
    for (const check of this.postingChecks) hold = Boolean((await check(facts))?.hold) || hold;
    return { hold };
  }

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(ThreadReaderEntity) private readonly readers: Repository<ThreadReaderEntity>,
    @InjectRepository(ModerationActionEntity) private readonly moderation: Repository<ModerationActionEntity>,
    private readonly access: SpaceAccessService,
    private readonly bus: EventBus,
    private readonly notices: ForumNotices,
  ) {}

  // ---- reading ------------------------------------------------------------

  /**
   * Newest activity first, pinned on top. One statement brings each thread with
   * its author, last poster and the caller's read position (`ThreadListQuery`);
   * only an empty page also asks whether the caller may read the space at all.
   */
  async listThreads(caller: Caller | null, spaceId: string, args: PageArgs & { tag?: string }): Promise<Page<ThreadRow>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const tag = args.tag?.trim().toLowerCase();
    const count = () =>
      this.db
        // Held threads are not counted, whoever asks.
        .query(`SELECT count(*)::int AS n FROM threads t WHERE t.space_id = $1 AND t.hold_status IS NULL${tag ? ' AND $2 = ANY(t.tags)' : ''}`, tag ? [spaceId, tag] : [spaceId])
        .then((result: { n: number }[]) => result[0].n);
    if (!Number.isSafeInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, [{ field: 'first', message: `between 1 and ${MAX_PAGE_SIZE}` }]);
    }
    const { text, values } = this.threadList.build(this.access.spacesSql(SpacePermission.READ, '$2'), this.access.spacesSql(SpacePermission.MODERATE, '$2'), {
      spaceId,
      callerId: callerIdOrNone(caller),
      first,
      tag,
      after: args.after,
    });
    const rows = await queryPrepared<ThreadListRow>(this.db, text, values);
    if (!rows.length) await this.access.require(caller, SpacePermission.READ, spaceId);
    const edges = rows.slice(0, first).map((row) => {
      const thread = threadFromListRow(row);
      return { cursor: encodeCursor([thread.pinned ? 1 : 0, thread.lastActivityAt.toISOString(), thread.id]), node: thread };
    });
    return pageOf(edges, rows.length > first, count);
  }

  /** A thread the caller may read, or null (never saying whether a private one exists). */
  /** The latest threads (by activity) in the spaces the caller takes part in: their networks and consortium workspaces. */
  async latestInMySpaces(caller: Caller, first: number): Promise<ThreadEntity[]> {
    return this.threads
      .createQueryBuilder('t')
      .where(`t.space_id IN (${this.access.spacesSql(SpacePermission.WRITE, ':caller')})`, { caller: caller.userId })
      // A held thread: only its author's home lists it (coordinators find it in the moderation queue).
      .andWhere('(t.hold_status IS NULL OR (t.hold_status = :pending AND t.author_id = :caller))', { pending: HoldStatus.PENDING })
      .orderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(Math.max(1, Math.min(first, 20)))
      .getMany();
  }

  async findThread(caller: Caller | null, id: string): Promise<ThreadEntity | null> {
    if (!(await this.access.checkAccess({ caller, permission: Permission.THREAD_READ, ids: [id] })).has(id)) return null;
    return this.threads.findOne({ where: { id } });
  }

  /** The thread, once the caller may do `permission` to it (NOT_FOUND when they may not see it). */
  async requireThread(caller: Caller | null, id: string, permission = Permission.THREAD_READ): Promise<ThreadEntity> {
    await this.access.requireOne(caller, permission, id);
    const thread = await this.threads.findOne({ where: { id } });
    if (!thread) throw notFound('Thread');
    return thread;
  }

  async listPosts(caller: Caller | null, threadId: string, args: PageArgs & { fromPosition?: number }): Promise<Page<PostEntity>> {
    const thread = await this.requireThread(caller, threadId);
    // Held replies have negative places until approved: never listed here (see pendingReplies). A held
    // thread's opening post (place 1) is, to those who may see the thread (its author, coordinators).
    const query = this.posts.createQueryBuilder('p').where('p.thread_id = :threadId AND p.position > 0', { threadId: thread.id });
    if (args.fromPosition && !args.after) query.andWhere('p.position >= :from', { from: args.fromPosition });
    return paginate(query, args, { columns: ['p.position'], direction: 'ASC', cursorOf: (p) => [p.position] });
  }

  async revisions(caller: Caller | null, post: { id: string; authorId: string; threadId: string }) {
    await this.access.requireOne(caller, Permission.POST_REVISIONS_READ, post.id);
    return this.db.getRepository(PostRevisionEntity).find({ where: { postId: post.id }, order: { createdAt: 'DESC' } });
  }

  async moderationLog(caller: Caller | null, spaceId: string, args: PageArgs): Promise<Page<ModerationActionEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, spaceId);
    const query = this.moderation.createQueryBuilder('a').where('a.space_id = :spaceId', { spaceId });
    return paginate(query, args, { columns: ['a.created_at', 'a.id'], direction: 'DESC', cursorOf: (a) => [a.createdAt.toISOString(), a.id] });
  }

  // ---- writing ------------------------------------------------------------

  /** In a network (networkId) or a consortium's workspace (consortiumId): exactly one. */
  async createThread(caller: Caller, input: CreateThreadInput): Promise<ThreadEntity> {
    const spaceId = await this.access.requireTarget(caller, SpacePermission.WRITE, input);
    const title = requireText(input.title, 'title', 'The title', TITLE_MAX);
    const body = requireText(input.body, 'body', 'The message');
    const tags = normaliseTags(input.tags ?? []);
    const { hold } = await this.checkPosting(caller.userId, spaceId, body);
    // Held: the thread and its opening post wait for a coordinator (no notice, no live event until approved).
    const holdStatus = hold ? HoldStatus.PENDING : null;
    const thread = await this.db.transaction(async (tx) => {
      const [{ network_id: networkId }] = await tx.query('SELECT network_id FROM spaces WHERE id = $1', [spaceId]);
      const created = await tx.save(
        tx.create(ThreadEntity, { spaceId, networkId, title, tags, authorId: caller.userId, lastPosterId: caller.userId, postCount: 1, holdStatus }),
      );
      const opening = await tx.insert(PostEntity, { threadId: created.id, position: 1, authorId: caller.userId, body, holdStatus });
      await this.upsertReader(tx, created.id, caller.userId, 1, WatchLevel.WATCHING);
      const postId = opening.identifiers[0].id as string;
      if (!hold) await this.notices.write(tx, 'THREAD_ADDED', { id: postId, position: 1, body, authorId: caller.userId }, created);
      return created;
    });
    if (!hold) await this.bus.publish(THREAD_ADDED, { threadId: thread.id, spaceId });
    return thread;
  }

  async reply(caller: Caller, input: ReplyToThreadInput): Promise<PostEntity> {
    // The one access statement; a locked thread is refused by the UPDATE below.
    const { spaceId } = await this.access.requireOne(caller, Permission.THREAD_REPLY, input.threadId);
    const thread = { id: input.threadId, spaceId };
    const body = requireText(input.body, 'body', 'The message');
    const { hold } = await this.checkPosting(caller.userId, spaceId, body);
    if (input.replyToPostId) {
      // Only a published post can be quoted (a quote would show a held one to everyone).
      const quoted = await this.posts.findOne({ where: { id: input.replyToPostId, threadId: thread.id, holdStatus: IsNull() } });
      if (!quoted) throw badInput('The post you are replying to is not in this thread', [{ field: 'replyToPostId', message: 'not in this thread' }]);
    }
    if (hold) return this.holdReply(caller, thread.id, body, input.replyToPostId ?? null);
    const post = await this.db.transaction(async (tx) => {
      // The row lock on the thread numbers concurrent replies one after another.
      // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
      // It also returns what the reply's notice needs to know about the thread (no extra statement).
      const [[updated]]: [{ post_count: number; title: string; author_id: string; network_id: string }[], number] = await tx.query(
        `UPDATE threads SET post_count = post_count + 1, last_activity_at = now(), last_poster_id = $2, updated_at = now()
         WHERE id = $1 AND NOT locked RETURNING post_count, title, author_id, network_id`,
        [thread.id, caller.userId],
      );
      if (!updated) throw await this.replyRefusal(tx, thread.id);
      const saved = await tx.save(
        tx.create(PostEntity, {
          threadId: thread.id,
          position: updated.post_count,
          authorId: caller.userId,
          body,
          replyToId: input.replyToPostId ?? null,
        }),
      );
      await this.upsertReader(tx, thread.id, caller.userId, saved.position);
      await this.notices.write(tx, 'POST_ADDED', saved, { ...thread, title: updated.title, authorId: updated.author_id, networkId: updated.network_id });
      return saved;
    });
    await this.bus.publish(POST_ADDED, { postId: post.id, threadId: thread.id, spaceId: thread.spaceId });
    return post;
  }

  /** Why a thread takes no reply: locked, or itself still waiting for approval. */
  private async replyRefusal(tx: EntityManager, threadId: string) {
    const [row]: { hold_status: HoldStatus | null }[] = await tx.query('SELECT hold_status FROM threads WHERE id = $1', [threadId]);
    return row?.hold_status ? threadAwaitingApproval() : forbidden('This thread is locked; no new replies can be added');
  }

  /**
   * A newcomer's reply held for a coordinator: stored at the next negative place of its
   * thread (-1, -2, ...), so it is in no page, count or read position; no notice and no
   * live event until approved (`approveHeldPost`).
   */
  private async holdReply(caller: Caller, threadId: string, body: string, replyToId: string | null): Promise<PostEntity> {
    return this.db.transaction(async (tx) => {
      // The row lock on the thread numbers concurrent held replies one after another.
      const [open]: { locked: boolean; hold_status: HoldStatus | null }[] = await tx.query('SELECT locked, hold_status FROM threads WHERE id = $1 FOR UPDATE', [threadId]);
      if (!open || open.locked || open.hold_status) throw await this.replyRefusal(tx, threadId);
      const [{ lowest }]: { lowest: number }[] = await tx.query('SELECT coalesce(min(position), 0)::int AS lowest FROM posts WHERE thread_id = $1 AND position < 0', [threadId]);
      return tx.save(
        tx.create(PostEntity, { threadId, position: lowest - 1, authorId: caller.userId, body, replyToId, holdStatus: HoldStatus.PENDING }),
      );
    });
  }

  // ---- held posts -------------------------------------------------------------

  /** Coordinators: the posts (and new threads' opening posts) waiting for approval in a space, oldest first. */
  async heldPosts(caller: Caller | null, spaceId: string, args: PageArgs): Promise<Page<PostEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, spaceId);
    const query = this.posts
      .createQueryBuilder('p')
      .innerJoin('p.thread', 't')
      .where('t.space_id = :spaceId AND p.hold_status = :pending AND p.deleted_at IS NULL', { spaceId, pending: HoldStatus.PENDING });
    return paginate(query, args, { columns: ['p.created_at', 'p.id'], direction: 'ASC', cursorOf: (p) => [p.createdAt.toISOString(), p.id] });
  }

  /**
   * A coordinator publishes a held post: a held thread with its opening post, or a reply,
   * which takes the next place in its thread. Then everything a new post does happens
   * (notifications, emails, live events); the approval is in the moderation log and the
   * author is told.
   */
  async approveHeldPost(caller: Caller, postId: string): Promise<PostEntity> {
    await this.access.requireOne(caller, Permission.POST_MODERATE, postId);
    const { post, thread } = await this.db.transaction(async (tx) => {
      const [claimed]: [{ thread_id: string }[], number] = await tx.query(
        `UPDATE posts SET hold_status = NULL WHERE id = $1 AND hold_status = 'PENDING' AND deleted_at IS NULL RETURNING thread_id`,
        [postId],
      );
      if (!claimed.length) throw notAwaitingApproval();
      const held = await tx.findOneOrFail(ThreadEntity, { where: { id: claimed[0].thread_id }, lock: { mode: 'pessimistic_write' } });
      const post = await tx.findOneByOrFail(PostEntity, { id: postId });
      if (post.position === 1) {
        // A new thread: published as new activity.
        await tx.query('UPDATE threads SET hold_status = NULL, last_activity_at = now(), updated_at = now() WHERE id = $1', [held.id]);
      } else {
        const [[updated]]: [{ post_count: number }[], number] = await tx.query(
          `UPDATE threads SET post_count = post_count + 1, last_activity_at = now(), last_poster_id = $2, updated_at = now()
           WHERE id = $1 RETURNING post_count`,
          [held.id, post.authorId],
        );
        post.position = updated.post_count;
        await tx.update(PostEntity, { id: post.id }, { position: post.position });
        await this.upsertReader(tx, held.id, post.authorId, post.position);
      }
      const thread = await tx.findOneByOrFail(ThreadEntity, { id: held.id });
      await this.log(tx, caller, thread, ModerationActionKind.APPROVE_POST, '', { postId: post.id });
      await this.notices.write(tx, post.position === 1 ? 'THREAD_ADDED' : 'POST_ADDED', post, thread);
      await this.notices.writeHeld(tx, this.heldNotice('APPROVED', caller, post, thread, ''));
      return { post, thread };
    });
    if (post.position === 1) await this.bus.publish(THREAD_ADDED, { threadId: thread.id, spaceId: thread.spaceId });
    else await this.bus.publish(POST_ADDED, { postId: post.id, threadId: thread.id, spaceId: thread.spaceId });
    return post;
  }

  /**
   * A coordinator rejects a held post: removed without ever being published (a held
   * thread stays unpublished, locked), logged with the note, which its author is told.
   */
  async rejectHeldPost(caller: Caller, postId: string, noteInput: string): Promise<PostEntity> {
    await this.access.requireOne(caller, Permission.POST_MODERATE, postId);
    const note = noteInput.trim();
    return this.db.transaction(async (tx) => {
      const [claimed]: [{ thread_id: string; position: number }[], number] = await tx.query(
        `UPDATE posts SET hold_status = 'REJECTED', deleted_at = now(), deleted_by_id = $2 WHERE id = $1 AND hold_status = 'PENDING' AND deleted_at IS NULL RETURNING thread_id, position`,
        [postId, caller.userId],
      );
      if (!claimed.length) throw notAwaitingApproval();
      if (claimed[0].position === 1) {
        await tx.query(`UPDATE threads SET hold_status = 'REJECTED', locked = true, updated_at = now() WHERE id = $1`, [claimed[0].thread_id]);
      }
      const thread = await tx.findOneByOrFail(ThreadEntity, { id: claimed[0].thread_id });
      const post = await tx.findOneByOrFail(PostEntity, { id: postId });
      await this.log(tx, caller, thread, ModerationActionKind.REJECT_POST, note, { postId: post.id });
      await this.notices.writeHeld(tx, this.heldNotice('REJECTED', caller, post, thread, note));
      return post;
    });
  }

  private heldNotice(outcome: 'APPROVED' | 'REJECTED', caller: Caller, post: PostEntity, thread: ThreadEntity, note: string) {
    return {
      outcome,
      postId: post.id,
      position: post.position,
      newThread: post.position === 1,
      authorId: post.authorId,
      actorId: caller.userId,
      threadId: thread.id,
      threadTitle: thread.title,
      spaceId: thread.spaceId,
      networkId: thread.networkId,
      note,
    };
  }

  /**
   * Per request: the held replies of each thread the caller may see (their own; all of
   * them in a space they coordinate), oldest first. One statement per page of threads.
   */
  pendingReplies(context: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, PostEntity[]> {
    return requestLoader(context, PENDING_REPLIES, () =>
      new DataLoader(async (threadIds: readonly string[]) => {
        if (!context.caller) return threadIds.map(() => []);
        const rows = await this.posts
          .createQueryBuilder('p')
          .innerJoin('p.thread', 't')
          .where('p.thread_id IN (:...threadIds) AND p.hold_status = :pending AND p.position < 0 AND p.deleted_at IS NULL', { threadIds: [...threadIds], pending: HoldStatus.PENDING })
          .andWhere(`(p.author_id = :caller OR t.space_id IN (${this.access.spacesSql(SpacePermission.MODERATE, ':caller')}))`, { caller: context.caller.userId })
          .orderBy('p.created_at', 'ASC')
          .addOrderBy('p.id', 'ASC')
          .getMany();
        return threadIds.map((id) => rows.filter((p) => p.threadId === id));
      }),
    );
  }

  async editPost(caller: Caller, input: EditPostInput): Promise<PostEntity> {
    await this.access.requireOne(caller, Permission.POST_EDIT, input.postId);
    const post = await this.posts.findOne({ where: { id: input.postId } });
    if (!post) throw notFound('Post');
    const thread = await this.threads.findOneOrFail({ where: { id: post.threadId } });
    if (post.deletedAt) throw badInput('A removed post cannot be edited');
    if (thread.locked) throw forbidden('This thread is locked');
    const body = requireText(input.body, 'body', 'The message');
    if (body === post.body) return post;
    const saved = await this.db.transaction(async (tx) => {
      await tx.insert(PostRevisionEntity, { postId: post.id, body: post.body, editedById: caller.userId });
      post.body = body;
      post.editedAt = new Date();
      const edited = await tx.save(post);
      // A held post is nobody else's business yet: no notice, no live event.
      if (!isHeld(edited, thread)) await this.notices.write(tx, 'POST_EDITED', edited, thread);
      return edited;
    });
    if (!isHeld(saved, thread)) await this.bus.publish(POST_UPDATED, { postId: saved.id, threadId: thread.id, spaceId: thread.spaceId });
    return saved;
  }

  /** The author removes their own post; a coordinator removes any, with a reason for the log. */
  async deletePost(caller: Caller, postId: string, reason = ''): Promise<PostEntity> {
    const { asOwner } = await this.access.requireOne(caller, Permission.POST_DELETE, postId);
    const asModerator = !asOwner;
    const post = await this.posts.findOne({ where: { id: postId } });
    if (!post) throw notFound('Post');
    const thread = await this.threads.findOneOrFail({ where: { id: post.threadId } });
    if (post.deletedAt) return post;
    const removed = await this.db.transaction(async (tx) => {
      post.deletedAt = new Date();
      post.deletedById = caller.userId;
      const saved = await tx.save(post);
      if (asModerator) await this.log(tx, caller, thread, ModerationActionKind.REMOVE_POST, reason, { postId: post.id });
      return saved;
    });
    if (!isHeld(removed, thread)) await this.bus.publish(POST_UPDATED, { postId: removed.id, threadId: thread.id, spaceId: thread.spaceId });
    return removed;
  }

  /**
   * A coordinator removes a whole thread (after a report): it is locked and its opening
   * post removed, both logged; the rest is kept for the record.
   */
  async removeThread(caller: Caller, threadId: string, reason: string): Promise<ThreadEntity> {
    const thread = await this.requireThread(caller, threadId, Permission.THREAD_MODERATE);
    const opening = await this.posts.findOne({ where: { threadId: thread.id, position: 1 } });
    return this.db.transaction(async (tx) => {
      if (!thread.locked) {
        thread.locked = true;
        await tx.save(thread);
        await this.log(tx, caller, thread, ModerationActionKind.LOCK, reason, {});
      }
      if (opening && !opening.deletedAt) {
        opening.deletedAt = new Date();
        opening.deletedById = caller.userId;
        await tx.save(opening);
        await this.log(tx, caller, thread, ModerationActionKind.REMOVE_POST, reason, { postId: opening.id });
      }
      return thread;
    });
  }

  async setPinned(caller: Caller, threadId: string, pinned: boolean, reason: string) {
    return this.moderate(caller, threadId, pinned ? ModerationActionKind.PIN : ModerationActionKind.UNPIN, reason, (t) => {
      t.pinned = pinned;
    });
  }

  async setLocked(caller: Caller, threadId: string, locked: boolean, reason: string) {
    return this.moderate(caller, threadId, locked ? ModerationActionKind.LOCK : ModerationActionKind.UNLOCK, reason, (t) => {
      t.locked = locked;
    });
  }

  async retag(caller: Caller, threadId: string, tagsInput: string[], reason: string) {
    const tags = normaliseTags(tagsInput);
    return this.moderate(caller, threadId, ModerationActionKind.RETAG, reason, (t) => {
      const before = t.tags;
      t.tags = tags;
      return { before, after: tags };
    });
  }

  async markRead(caller: Caller, threadId: string, position?: number): Promise<ThreadEntity> {
    const thread = await this.requireThread(caller, threadId);
    const upTo = Math.min(position ?? thread.postCount, thread.postCount);
    await this.db.transaction(async (tx) => {
      const [moved]: { before: number | null; after: number }[] = await tx.query(
        `WITH before AS (SELECT last_read_position FROM thread_readers WHERE thread_id = $1 AND user_id = $2)
         INSERT INTO thread_readers (thread_id, user_id, last_read_position, watch_level) VALUES ($1, $2, $3, 'NORMAL')
         ON CONFLICT (thread_id, user_id) DO UPDATE SET
           last_read_position = GREATEST(thread_readers.last_read_position, EXCLUDED.last_read_position), updated_at = now()
         RETURNING (SELECT last_read_position FROM before) AS before, last_read_position AS after`,
        [thread.id, caller.userId, upTo],
      );
      // Only a read that moved on can make notifications read: viewing a thread again sends nothing.
      if (moved.after > (moved.before ?? 0)) await this.notices.writeRead(tx, { userId: caller.userId, threadId: thread.id, upToPosition: moved.after });
    });
    return thread;
  }

  async watch(caller: Caller, threadId: string, level: WatchLevel): Promise<ThreadEntity> {
    const thread = await this.requireThread(caller, threadId);
    await this.upsertReader(this.db.manager, thread.id, caller.userId, 0, level);
    return thread;
  }

  // ---- loaders --------------------------------------------------------------

  threadsById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, ThreadEntity | null> {
    return requestLoader(context, THREADS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.threads.find({ where: { id: In([...ids]) } }), (t) => t.id)),
    );
  }

  postsById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, PostEntity | null> {
    return requestLoader(context, POSTS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.posts.find({ where: { id: In([...ids]) } }), (p) => p.id)),
    );
  }

  /** The caller's reader row per thread (read position, watch level). */
  myReaders(context: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, ThreadReaderEntity | null> {
    return requestLoader(context, READERS_BY_THREAD, () =>
      new DataLoader(async (threadIds: readonly string[]) => {
        if (!context.caller) return threadIds.map(() => null);
        const rows = await this.readers.find({ where: { userId: context.caller.userId, threadId: In([...threadIds]) } });
        return byKeys(threadIds, rows, (r) => r.threadId);
      }),
    );
  }

  async canModerate(caller: Caller | null, spaceId: string): Promise<boolean> {
    return this.access.can(caller, SpacePermission.MODERATE, spaceId);
  }

  // ---- helpers --------------------------------------------------------------

  private async moderate(
    caller: Caller,
    threadId: string,
    action: ModerationActionKind,
    reason: string,
    change: (thread: ThreadEntity) => Record<string, unknown> | void,
  ): Promise<ThreadEntity> {
    const thread = await this.requireThread(caller, threadId, Permission.THREAD_MODERATE);
    return this.db.transaction(async (tx) => {
      const details = change(thread) ?? {};
      const saved = await tx.save(thread);
      await this.log(tx, caller, thread, action, reason, details);
      return saved;
    });
  }

  private async log(
    tx: EntityManager,
    caller: Caller,
    thread: ThreadEntity,
    action: ModerationActionKind,
    reason: string,
    details: Record<string, unknown> & { postId?: string },
  ) {
    const inserted = await tx.insert(ModerationActionEntity, {
      spaceId: thread.spaceId,
      threadId: thread.id,
      postId: details.postId ?? null,
      actorId: caller.userId,
      action,
      reason: reason.trim(),
      details: details as object,
    });
    await this.notices.moderated(tx, {
      id: inserted.identifiers[0].id as string,
      spaceId: thread.spaceId,
      networkId: thread.networkId,
      actorId: caller.userId,
      action,
      subjectKind: details.postId ? 'POST' : 'THREAD',
      subjectId: details.postId ?? thread.id,
      note: reason.trim(),
    });
  }

  /** Moves the read position forward only; sets the watch level when given. */
  private async upsertReader(tx: EntityManager, threadId: string, userId: string, position: number, level?: WatchLevel) {
    await tx.query(
      `INSERT INTO thread_readers (thread_id, user_id, last_read_position, watch_level) VALUES ($1, $2, $3, COALESCE($4::watch_level, 'NORMAL'))
       ON CONFLICT (thread_id, user_id) DO UPDATE SET
         last_read_position = GREATEST(thread_readers.last_read_position, EXCLUDED.last_read_position),
         watch_level = COALESCE($4::watch_level, thread_readers.watch_level),
         updated_at = now()`,
      [threadId, userId, position, level ?? null],
    );
  }
}
