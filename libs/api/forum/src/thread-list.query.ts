import { decodeCursor, MAX_PAGE_SIZE } from '@community-hub/api-common';
import { HoldStatus } from './entities/hold-status';
import { ThreadEntity } from './entities/thread.entity';

/** A person as the thread list joins them in. */
export type NamedUser = { id: string; name: string };

/** A thread as the list reads it: with the caller's read position and the names of its author and last poster. */
export type ThreadRow = ThreadEntity & { lastReadPosition?: number | null; preloadedAuthor?: NamedUser; preloadedLastPoster?: NamedUser };

/** Rows fetched for a page of `first` threads: the first of these above `first` (one more tells whether a next page exists). */
const LIST_LIMITS = [11, 26, 51, MAX_PAGE_SIZE + 1];

/** A row of the statement. */
export interface ThreadListRow {
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
  hold_status: HoldStatus | null;
  last_read_position: number | null;
  author_name: string;
  poster_name: string;
}

export interface ThreadListRequest {
  spaceId: string;
  /** The caller's id, or the id no account has (`callerIdOrNone`). */
  callerId: string;
  first: number;
  tag?: string;
  after?: string;
}

/**
 * The thread list's statement: newest activity first, pinned on top, each thread
 * with its author's and last poster's names and the caller's read position, so a
 * page is one round trip. The caller's right to read the space is part of the
 * statement (`readable`: SQL listing the spaces the user at `$2` may read), so a
 * page the caller may not read comes back empty. A thread held for approval is listed
 * to its author and to those who coordinate the space (`moderating`, the same shape), and
 * to nobody else; a rejected one to nobody.
 *
 * The limit is written into the text, not bound: with a bound limit PostgreSQL's
 * generic plan for a prepared statement is far slower than a custom one. A few fixed
 * limits (`LIST_LIMITS`) keep the number of texts, and so of prepared statements per
 * connection, small; each text is built once.
 */
export class ThreadListQuery {
  /** Texts by the access rules' SQL (reading and moderating), then by shape (tag or not, cursor or not, limit). */
  private readonly texts = new Map<string, Map<string, string>>();

  /** The statement and its values for a page; `first` is already checked (1..MAX_PAGE_SIZE). */
  build(readable: string, moderating: string, request: ThreadListRequest): { text: string; values: unknown[] } {
    const values: unknown[] = [request.spaceId, request.callerId];
    if (request.tag) values.push(request.tag);
    if (request.after) {
      const [pinned, lastActivityAt, id] = decodeCursor(request.after, 3);
      values.push(Boolean(pinned), lastActivityAt, id);
    }
    const limit = LIST_LIMITS.find((l) => l > request.first) ?? MAX_PAGE_SIZE + 1;
    return { text: this.text(readable, moderating, Boolean(request.tag), Boolean(request.after), limit), values };
  }

  private text(readable: string, moderating: string, tag: boolean, after: boolean, limit: number): string {
    const rules = `${readable}\u0000${moderating}`;
    let texts = this.texts.get(rules);
    if (!texts) this.texts.set(rules, (texts = new Map()));
    const key = `${tag}:${after}:${limit}`;
    let text = texts.get(key);
    if (text === undefined) {
      const where = [
        't.space_id = $1',
        `EXISTS (SELECT 1 FROM (${readable}) readable WHERE readable.space_id = $1)`,
        `(t.hold_status IS NULL OR (t.hold_status = 'PENDING' AND (t.author_id = $2 OR EXISTS (SELECT 1 FROM (${moderating}) moderating WHERE moderating.space_id = $1))))`,
      ];
      let n = 2;
      if (tag) where.push(`$${++n} = ANY(t.tags)`);
      if (after) where.push(`(t.pinned, t.last_activity_at, t.id) < ($${++n}::boolean, $${++n}::timestamptz, $${++n}::uuid)`);
      text = `SELECT t.id, t.space_id, t.network_id, t.title, t.tags, t.author_id, t.last_poster_id, t.post_count, t.pinned, t.locked,
              t.created_at, t.last_activity_at, t.hold_status, r.last_read_position, a.name AS author_name, l.name AS poster_name
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
}

/** The statement's row as a thread, with what it joined in for the `@Preloaded` fields. */
export function threadFromListRow(row: ThreadListRow): ThreadRow {
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
    holdStatus: row.hold_status,
    lastReadPosition: row.last_read_position,
    preloadedAuthor: { id: row.author_id, name: row.author_name },
    preloadedLastPoster: { id: row.last_poster_id, name: row.poster_name },
  });
}
