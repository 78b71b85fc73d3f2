/** Forum data shaped like the API's answers (see libs/web/forum/src/forum.documents.ts). */

export interface ThreadFixture {
  id?: string;
  title?: string;
  tags?: string[];
  pinned?: boolean;
  locked?: boolean;
  /** Held for a coordinator's approval (a newcomer's thread). */
  holdStatus?: 'PENDING' | 'REJECTED' | null;
  postCount?: number;
  unreadCount?: number;
  firstUnreadPosition?: number;
  canModerate?: boolean;
  myWatchLevel?: 'NORMAL' | 'WATCHING' | 'MUTED';
  author?: string;
  lastPoster?: string;
  lastActivityAt?: string;
  membership?: null | { role?: 'MEMBER' | 'COORDINATOR' | 'ADMIN'; status?: 'ACTIVE' | 'PENDING' | 'SUSPENDED' };
  /** Held replies the viewer may see (their own; all of them for coordinators). */
  pendingReplies?: Array<ReturnType<typeof post>>;
}

const user = (name: string) => ({ __typename: 'User', id: `user-${name.toLowerCase().replace(/\W+/g, '-')}`, name });

export function threadSummary(fixture: ThreadFixture = {}) {
  return {
    __typename: 'Thread',
    id: fixture.id ?? 'thread-1',
    title: fixture.title ?? 'Winter coat collection',
    tags: fixture.tags ?? [],
    pinned: fixture.pinned ?? false,
    locked: fixture.locked ?? false,
    holdStatus: fixture.holdStatus ?? null,
    postCount: fixture.postCount ?? 1,
    unreadCount: fixture.unreadCount ?? 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    lastActivityAt: fixture.lastActivityAt ?? '2026-11-02T10:00:00.000Z',
    author: user(fixture.author ?? 'Sam Organiser'),
    lastPoster: user(fixture.lastPoster ?? fixture.author ?? 'Sam Organiser'),
  };
}

/** The `thread(id)` answer for the thread page. */
export function threadDetails(fixture: ThreadFixture = {}) {
  const membership = fixture.membership === undefined ? { role: 'MEMBER' as const, status: 'ACTIVE' as const } : fixture.membership;
  return {
    ...threadSummary(fixture),
    canModerate: fixture.canModerate ?? false,
    myWatchLevel: fixture.myWatchLevel ?? 'NORMAL',
    firstUnreadPosition: fixture.firstUnreadPosition ?? 1,
    pendingReplies: fixture.pendingReplies ?? [],
    consortium: null,
    network: {
      __typename: 'Network',
      id: 'net-1',
      slug: 'macclesfield',
      name: 'Macclesfield Community Network',
      myMembership: membership
        ? { __typename: 'Membership', id: 'membership-me', role: membership.role ?? 'MEMBER', status: membership.status ?? 'ACTIVE' }
        : null,
    },
  };
}

export interface PostFixture {
  id?: string;
  position: number;
  body?: string;
  author?: string;
  authorId?: string;
  deleted?: boolean;
  /** Held for a coordinator's approval (a newcomer's reply). */
  holdStatus?: 'PENDING' | 'REJECTED' | null;
  /** The viewer blocked the author. */
  authorBlocked?: boolean;
  editedAt?: string | null;
  replyTo?: { id: string; position: number; body?: string; author?: string } | null;
}

export function post(fixture: PostFixture) {
  const author = user(fixture.author ?? 'Sam Organiser');
  return {
    __typename: 'Post',
    id: fixture.id ?? `post-${fixture.position}`,
    position: fixture.position,
    body: fixture.deleted ? '' : (fixture.body ?? `Post number ${fixture.position}`),
    deleted: fixture.deleted ?? false,
    holdStatus: fixture.holdStatus ?? null,
    authorBlocked: fixture.authorBlocked ?? false,
    createdAt: '2026-11-01T10:00:00.000Z',
    editedAt: fixture.editedAt ?? null,
    author: fixture.authorId ? { ...author, id: fixture.authorId } : author,
    replyTo: fixture.replyTo
      ? {
          __typename: 'Post',
          id: fixture.replyTo.id,
          position: fixture.replyTo.position,
          body: fixture.replyTo.body ?? 'The quoted post',
          deleted: false,
          author: user(fixture.replyTo.author ?? 'Sam Organiser'),
        }
      : null,
  };
}

export function postsPage(nodes: Array<ReturnType<typeof post>>, pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {}) {
  return {
    __typename: 'PostConnection',
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}

export function threadsPage(
  nodes: Array<ReturnType<typeof threadSummary>>,
  pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {},
) {
  return {
    __typename: 'ThreadConnection',
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}
