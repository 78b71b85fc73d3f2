import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  forbidden,
  notFound,
  decodeCursor,
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
import { callerIdOrNone, SpaceAccessService, SpacePermission } from '@community-hub/api-networks';
import { CreateThreadInput, EditPostInput, ReplyToThreadInput, TAG_MAX, TAGS_MAX } from './dto/thread.input';
import { ModerationActionEntity, ModerationActionKind } from './entities/moderation-action.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadReaderEntity, WatchLevel } from './entities/thread-reader.entity';
import { ThreadEntity } from './entities/thread.entity';

export const POST_ADDED = 'forum.post-added';
/** An author changed a post's text (payload: postId); people newly @mentioned in it are told. */
export const POST_EDITED = 'forum.post-edited';
export const THREAD_ADDED = 'forum.thread-added';

const THREADS_BY_ID = Symbol('threads-by-id');
/** Rows fetched for a page of `first` threads: the first of these above `first` (one more tells whether a next page exists). */
const LIST_LIMITS = [11, 26, 51, MAX_PAGE_SIZE + 1];
const POSTS_BY_ID = Symbol('posts-by-id');
const READERS_BY_THREAD = Symbol('my-reader-by-thread');

type ThreadRow = ThreadEntity & { lastReadPosition?: number | null; preloadedAuthor?: NamedUser; preloadedLastPoster?: NamedUser };
/** A person as the thread list joins them in. */
type NamedUser = { id: string; name: string };

interface ThreadListRow {
  id: string;
  space_id: string;
  network_id: string;
  title: string;
  tags: string[];
  author_id: string;
  last_poster_id: string;
  post_count: number;
  pinned: boolean;
  locked: boolean;
  created_at: Date;
  last_activity_at: Date;
  last_read_position: number | null;
  author_name: string;
  poster_name: string;
}

function threadFromRow(row: ThreadListRow): ThreadRow {
  return Object.assign(new ThreadEntity(), {
    id: row.id,
    spaceId: row.space_id,
    networkId: row.network_id,
    title: row.title,
    tags: row.tags,
    authorId: row.author_id,
    lastPosterId: row.last_poster_id,
    postCount: row.post_count,
    pinned: row.pinned,
    locked: row.locked,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    lastReadPosition: row.last_read_position,
    preloadedAuthor: { id: row.author_id, name: row.author_name },
    preloadedLastPoster: { id: row.last_poster_id, name: row.poster_name },
  });
}

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

function requireText(value: string, field: string, label: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${label} must not be empty`, [{ field, message: 'must not be empty' }]);
  return trimmed;
}

@Injectable()
export class ForumService {
  /** Thread list statements by access rules' text, then by shape (see `listStatement`). */
  private readonly listStatements = new Map<string, Map<string, string>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(ThreadReaderEntity) private readonly readers: Repository<ThreadReaderEntity>,
    @InjectRepository(ModerationActionEntity) private readonly moderation: Repository<ModerationActionEntity>,
    private readonly access: SpaceAccessService,
    private readonly bus: EventBus,
  ) {}

  // ---- reading ------------------------------------------------------------

  /**
   * Newest activity first, pinned on top. One statement brings each thread with
   * its author, last poster and the caller's read position (the list is the
   * forum's hottest path: see BENCHMARKS.md).
   */
  async listThreads(caller: Caller | null, spaceId: string, args: PageArgs & { tag?: string }): Promise<Page<ThreadRow>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const tag = args.tag?.trim().toLowerCase();
    const count = () =>
      this.db
        .query(`SELECT count(*)::int AS n FROM threads t WHERE t.space_id = $1${tag ? ' AND $2 = ANY(t.tags)' : ''}`, tag ? [spaceId, tag] : [spaceId])
        .then((result: { n: number }[]) => result[0].n);
    if (!Number.isSafeInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, [{ field: 'first', message: `between 1 and ${MAX_PAGE_SIZE}` }]);
    }
    const params: unknown[] = [spaceId, callerIdOrNone(caller)];
    if (tag) params.push(tag);
    if (args.after) {
      const [pinned, lastActivityAt, id] = decodeCursor(args.after, 3);
      params.push(Boolean(pinned), lastActivityAt, id);
    }
    const limit = LIST_LIMITS.find((l) => l > first) ?? MAX_PAGE_SIZE + 1;
    const rows = await queryPrepared<ThreadListRow>(this.db, this.listStatement(Boolean(tag), Boolean(args.after), limit), params);
    if (!rows.length) await this.access.require(caller, SpacePermission.READ, spaceId);
    const edges = rows.slice(0, first).map((row) => {
      const thread = threadFromRow(row);
      return { cursor: encodeCursor([thread.pinned ? 1 : 0, thread.lastActivityAt.toISOString(), thread.id]), node: thread };
    });
    return pageOf(edges, rows.length > first, count);
  }

  /**
   * The list's statement for a shape of request (a tag or not, a cursor or not, one
   * of the fixed limits): a few texts in all, each built once per access rules.
   * The caller's right to read is part of the statement (an empty page when it fails), so
   * a page costs one round trip; only an empty page pays for the full check.
   * The limit is written into the text, not bound: with a bound limit PostgreSQL's
   * generic plan is 40 times slower than a custom one, so it re-plans on every call;
   * with a literal, the prepared statement keeps one cheap plan (BENCHMARKS.md). A few
   * fixed limits keep the number of statements per connection small.
   */
  private listStatement(tag: boolean, after: boolean, limit: number): string {
    const readable = this.access.spacesSql(SpacePermission.READ, '$2');
    let texts = this.listStatements.get(readable);
    if (!texts) this.listStatements.set(readable, (texts = new Map()));
    const key = `${tag}:${after}:${limit}`;
    let text = texts.get(key);
    if (text === undefined) {
      const where = ['t.space_id = $1', `EXISTS (SELECT 1 FROM (${readable}) readable WHERE readable.space_id = $1)`];
      let n = 2;
      if (tag) where.push(`$${++n} = ANY(t.tags)`);
      if (after) where.push(`(t.pinned, t.last_activity_at, t.id) < ($${++n}::boolean, $${++n}::timestamptz, $${++n}::uuid)`);
      text = `SELECT t.id, t.space_id, t.network_id, t.title, t.tags, t.author_id, t.last_poster_id, t.post_count, t.pinned, t.locked,
              t.created_at, t.last_activity_at, r.last_read_position, a.name AS author_name, l.name AS poster_name
       FROM threads t
       JOIN users a ON a.id = t.author_id
       JOIN users l ON l.id = t.last_poster_id
       LEFT JOIN thread_readers r ON r.thread_id = t.id AND r.user_id = $2
       WHERE ${where.join(' AND ')}
       ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
       LIMIT ${limit}`;
      texts.set(key, text);
    }
    return text;
  }

  /** A thread the caller may read, or null (never saying whether a private one exists). */
  async findThread(caller: Caller | null, id: string): Promise<ThreadEntity | null> {
    const thread = await this.threads.findOne({ where: { id } });
    if (!thread || !(await this.access.can(caller, SpacePermission.READ, thread.spaceId))) return null;
    return thread;
  }

  async requireThread(caller: Caller | null, id: string, permission = SpacePermission.READ): Promise<ThreadEntity> {
    const thread = await this.threads.findOne({ where: { id } });
    if (!thread) throw notFound('Thread');
    await this.access.require(caller, SpacePermission.READ, thread.spaceId, { resource: 'Thread' });
    if (permission !== SpacePermission.READ) await this.access.require(caller, permission, thread.spaceId);
    return thread;
  }

  async listPosts(caller: Caller | null, threadId: string, args: PageArgs & { fromPosition?: number }): Promise<Page<PostEntity>> {
    const thread = await this.requireThread(caller, threadId);
    const query = this.posts.createQueryBuilder('p').where('p.thread_id = :threadId', { threadId: thread.id });
    if (args.fromPosition && !args.after) query.andWhere('p.position >= :from', { from: args.fromPosition });
    return paginate(query, args, { columns: ['p.position'], direction: 'ASC', cursorOf: (p) => [p.position] });
  }

  async revisions(caller: Caller | null, post: { id: string; authorId: string; threadId: string }) {
    const thread = await this.requireThread(caller, post.threadId);
    if (caller?.userId !== post.authorId) await this.access.require(caller, SpacePermission.MODERATE, thread.spaceId);
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
    const title = requireText(input.title, 'title', 'The title');
    const body = requireText(input.body, 'body', 'The message');
    const tags = normaliseTags(input.tags ?? []);
    const thread = await this.db.transaction(async (tx) => {
      const [{ network_id: networkId }] = await tx.query('SELECT network_id FROM spaces WHERE id = $1', [spaceId]);
      const created = await tx.save(
        tx.create(ThreadEntity, { spaceId, networkId, title, tags, authorId: caller.userId, lastPosterId: caller.userId, postCount: 1 }),
      );
      await tx.insert(PostEntity, { threadId: created.id, position: 1, authorId: caller.userId, body });
      await this.upsertReader(tx, created.id, caller.userId, 1, WatchLevel.WATCHING);
      return created;
    });
    await this.bus.publish(THREAD_ADDED, { threadId: thread.id, spaceId });
    return thread;
  }

  async reply(caller: Caller, input: ReplyToThreadInput): Promise<PostEntity> {
    const thread = await this.requireThread(caller, input.threadId, SpacePermission.WRITE);
    const body = requireText(input.body, 'body', 'The message');
    if (thread.locked) throw forbidden('This thread is locked; no new replies can be added');
    if (input.replyToPostId) {
      const quoted = await this.posts.findOne({ where: { id: input.replyToPostId, threadId: thread.id } });
      if (!quoted) throw badInput('The post you are replying to is not in this thread', [{ field: 'replyToPostId', message: 'not in this thread' }]);
    }
    const post = await this.db.transaction(async (tx) => {
      // The row lock on the thread numbers concurrent replies one after another.
      // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
      const [[updated]]: [{ post_count: number }[], number] = await tx.query(
        `UPDATE threads SET post_count = post_count + 1, last_activity_at = now(), last_poster_id = $2, updated_at = now()
         WHERE id = $1 AND NOT locked RETURNING post_count`,
        [thread.id, caller.userId],
      );
      if (!updated) throw forbidden('This thread is locked; no new replies can be added');
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
      return saved;
    });
    await this.bus.publish(POST_ADDED, { postId: post.id, threadId: thread.id, spaceId: thread.spaceId });
    return post;
  }

  async editPost(caller: Caller, input: EditPostInput): Promise<PostEntity> {
    const post = await this.posts.findOne({ where: { id: input.postId } });
    if (!post) throw notFound('Post');
    const thread = await this.requireThread(caller, post.threadId, SpacePermission.WRITE);
    if (post.authorId !== caller.userId) throw forbidden('You can only edit your own posts');
    if (post.deletedAt) throw badInput('A removed post cannot be edited');
    if (thread.locked) throw forbidden('This thread is locked');
    const body = requireText(input.body, 'body', 'The message');
    if (body === post.body) return post;
    const saved = await this.db.transaction(async (tx) => {
      await tx.insert(PostRevisionEntity, { postId: post.id, body: post.body, editedById: caller.userId });
      post.body = body;
      post.editedAt = new Date();
      return tx.save(post);
    });
    await this.bus.publish(POST_EDITED, { postId: post.id, threadId: thread.id, spaceId: thread.spaceId });
    return saved;
  }

  /** The author removes their own post; a coordinator removes any, with a reason for the log. */
  async deletePost(caller: Caller, postId: string, reason = ''): Promise<PostEntity> {
    const post = await this.posts.findOne({ where: { id: postId } });
    if (!post) throw notFound('Post');
    const thread = await this.requireThread(caller, post.threadId);
    const isAuthor = post.authorId === caller.userId;
    const asModerator = !isAuthor || !(await this.access.can(caller, SpacePermission.WRITE, thread.spaceId));
    if (asModerator) await this.access.require(caller, SpacePermission.MODERATE, thread.spaceId);
    if (post.deletedAt) return post;
    return this.db.transaction(async (tx) => {
      post.deletedAt = new Date();
      post.deletedById = caller.userId;
      const saved = await tx.save(post);
      if (asModerator) await this.log(tx, caller, thread, ModerationActionKind.REMOVE_POST, reason, { postId: post.id });
      return saved;
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
    await this.upsertReader(this.db.manager, thread.id, caller.userId, upTo);
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
    const thread = await this.requireThread(caller, threadId, SpacePermission.MODERATE);
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
    await tx.insert(ModerationActionEntity, {
      spaceId: thread.spaceId,
      threadId: thread.id,
      postId: details.postId ?? null,
      actorId: caller.userId,
      action,
      reason: reason.trim(),
      details: details as object,
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
