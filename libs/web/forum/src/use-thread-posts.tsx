import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import type { ThreadPostsQuery, ThreadQuery } from '@community-hub/web-graphql';
import { markThreadReadMutation, postAddedSubscription, postUpdatedSubscription, threadPostsQuery } from './forum.documents';
import type { ThreadPost } from './post-item';

export const POSTS_PAGE = 50;
const EARLIER_STEP = 20;
const MAX_PAGE = 100;

export type ThreadDetails = NonNullable<ThreadQuery['thread']>;
type PostsPage = NonNullable<ThreadPostsQuery['thread']>['posts'];

interface Segment {
  key: string;
  variables: { id: string; first: number; after?: string | null; fromPosition: number };
}

interface SegmentResult {
  page: PostsPage | null;
  fetching: boolean;
  error: CombinedError | undefined;
}

/** Which post to open at: #post-N in the address, else the first unread one, else the start. */
function startPosition(thread: ThreadDetails, hash: string, signedIn: boolean): number {
  const linked = /^#post-(\d+)$/.exec(hash);
  if (linked) return Math.max(1, Math.min(Number(linked[1]), thread.postCount));
  if (signedIn && thread.unreadCount > 0) return Math.max(1, thread.firstUnreadPosition);
  return 1;
}

/**
 * The posts of a thread page: the pages loaded around where the page opened
 * (earlier ranges, the main pages after it), live posts and one's own replies,
 * merged in order; which are shown and which wait behind "N new replies"; the
 * read position; and moving focus to a post once it is on the page.
 * `segments` must be rendered as <PostsSegment>s: each runs one posts query.
 */
export function useThreadPosts(thread: ThreadDetails, { hash, myUserId }: { hash: string; myUserId: string | null }) {
  const signedIn = myUserId !== null;
  // Fixed when the page opens, so later refetches (read position, new posts) do not move it.
  const [opened] = useState(() => {
    const start = startPosition(thread, hash, signedIn);
    const readUpTo = signedIn ? thread.postCount - thread.unreadCount : thread.postCount;
    return { start, baseline: thread.postCount, readUpTo, firstNew: signedIn && thread.unreadCount > 0 ? readUpTo + 1 : Infinity };
  });
  const [shownUpTo, setShownUpTo] = useState(opened.baseline);
  const [earlier, setEarlier] = useState<Array<{ from: number; count: number }>>([]);
  const [laterCursors, setLaterCursors] = useState<Array<string | null>>([null]);
  const [results, setResults] = useState<Record<string, SegmentResult>>({});
  const [ownPosts, setOwnPosts] = useState<ThreadPost[]>([]);
  const [wanted, setWanted] = useState<number | null>(() => (/^#post-\d+$/.test(hash) ? opened.start : null));
  // Bumped after an edit or removal: every page of posts is fetched again.
  const [postsVersion, setPostsVersion] = useState(0);
  const reloadPosts = useCallback(() => setPostsVersion((version) => version + 1), []);

  const earliest = Math.min(opened.start, ...earlier.map((range) => range.from));
  const segments: Segment[] = [
    ...earlier.map((range) => ({ key: `e:${range.from}:${range.count}`, variables: { id: thread.id, fromPosition: range.from, first: range.count } })),
    ...laterCursors.map((after) => ({
      key: `m:${after ?? ''}`,
      variables: { id: thread.id, fromPosition: opened.start, first: POSTS_PAGE, after },
    })),
  ];
  const onResult = useCallback((key: string, result: SegmentResult) => setResults((all) => ({ ...all, [key]: result })), []);
  // The first page is read here as well as by its <PostsSegment> (one query: urql shares it), so the
  // page's first render has its posts: a page the server renders shows them, not "Loading posts…".
  const [first] = useQuery({ query: threadPostsQuery, variables: segments.find((segment) => segment.key === 'm:')!.variables });
  const resultOf = (key: string): SegmentResult | undefined =>
    key === 'm:' ? { page: first.data?.thread?.posts ?? null, fetching: first.fetching, error: first.error } : results[key];

  const [{ data: liveData }] = useSubscription(
    { query: postAddedSubscription, variables: { threadId: thread.id } },
    (seen: ThreadPost[] = [], event) => (seen.some((post) => post.id === event.postAdded.id) ? seen : [...seen, event.postAdded]),
  );

  // Edits and removals by anyone, as they happen: the latest version of each post.
  const [{ data: updates }] = useSubscription(
    { query: postUpdatedSubscription, variables: { threadId: thread.id } },
    (latest: Record<string, ThreadPost> = {}, event) => ({ ...latest, [event.postUpdated.id]: event.postUpdated }),
  );

  // Every post known: live ones, loaded pages over them (fresher), then live edits and removals over all.
  const byId = new Map<string, ThreadPost>();
  for (const post of [...(liveData ?? []), ...ownPosts]) byId.set(post.id, post);
  for (const segment of segments) for (const post of resultOf(segment.key)?.page?.nodes ?? []) byId.set(post.id, post);
  for (const post of Object.values(updates ?? {})) if (byId.has(post.id)) byId.set(post.id, newer(byId.get(post.id)!, post));
  const posts = [...byId.values()].sort((a, b) => a.position - b.position);

  const isShown = (post: ThreadPost) => post.position <= shownUpTo || (!!myUserId && post.author.id === myUserId);
  const visible = posts.filter(isShown);
  const pending = posts.filter((post) => !isShown(post));
  const lastMain = resultOf(`m:${laterCursors[laterCursors.length - 1] ?? ''}`);
  const firstMain = resultOf('m:');
  const mainEnd = Math.max(0, ...laterCursors.flatMap((after) => resultOf(`m:${after ?? ''}`)?.page?.nodes.map((post) => post.position) ?? []));
  const laterCursor = lastMain?.page?.pageInfo.hasNextPage ? (lastMain.page.pageInfo.endCursor || null) : null;
  const maxVisible = visible.length ? visible[visible.length - 1].position : 0;

  useMarkRead(thread.id, signedIn, maxVisible, opened.readUpTo);

  // Move to a post once it is on the page (a #post-N link, a quote, revealed replies).
  useEffect(() => {
    if (wanted === null) return;
    const element = document.getElementById(`post-${wanted}`);
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'start' });
      setWanted(null);
    }
  }, [wanted, visible.length]);

  function loadEarlier(target: number) {
    const ranges: Array<{ from: number; count: number }> = [];
    for (let end = earliest; end > target; ) {
      const from = Math.max(target, end - MAX_PAGE, 1);
      ranges.push({ from, count: end - from });
      end = from;
    }
    setEarlier((current) => [...current, ...ranges]);
  }

  return {
    segments,
    onResult,
    postsVersion,
    reloadPosts,
    /** The first page after the opening position: its loading state and error are the list's. */
    firstMain,
    /** Shown posts up to the end of the loaded main pages, then "Show later posts", then the rest. */
    mainPosts: visible.filter((post) => post.position <= mainEnd),
    laterPosts: visible.filter((post) => post.position > mainEnd),
    /** Posts that arrived live, waiting behind "N new replies". */
    pending,
    /** How many posts come before the first one loaded. */
    earlierCount: earliest - 1,
    isNew: (post: ThreadPost) => post.position >= opened.firstNew && post.author.id !== myUserId,
    hasLater: laterCursor !== null,
    showLater() {
      if (laterCursor !== null) setLaterCursors((cursors) => [...cursors, laterCursor]);
    },
    showEarlier() {
      const target = Math.max(1, earliest - EARLIER_STEP);
      loadEarlier(target);
      setWanted(target);
    },
    /** A quote's link to a post: loads it (and what lies between) when it is not on the page yet. */
    onQuoteLink(position: number, event: MouseEvent<HTMLAnchorElement>) {
      if (visible.some((post) => post.position === position)) return;
      event.preventDefault();
      if (position < earliest) loadEarlier(position);
      setWanted(position);
    },
    reveal() {
      const first = pending[0]?.position;
      setShownUpTo(Math.max(shownUpTo, ...pending.map((post) => post.position)));
      if (first) setWanted(first);
    },
    /** One's own reply: shown at once, whatever else waits. */
    addOwnPost(post: ThreadPost) {
      setOwnPosts((current) => [...current, post]);
      setShownUpTo((current) => Math.max(current, post.position));
    },
  };
}

/**
 * Of two versions of a post, the later: a removal wins, else the later edit (a page fetched
 * after a live update holds the same or a newer version).
 */
function newer(loaded: ThreadPost, live: ThreadPost): ThreadPost {
  if (loaded.deleted) return loaded;
  if (live.deleted) return live;
  return (live.editedAt ?? '') > (loaded.editedAt ?? '') ? live : loaded;
}

/** Runs one posts query and hands its result up, so the page can merge pages and live posts in order. */
export function PostsSegment({
  segmentKey,
  variables,
  version,
  onResult,
}: {
  segmentKey: string;
  variables: Segment['variables'];
  version: number;
  onResult(key: string, result: SegmentResult): void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: threadPostsQuery, variables });
  const page = data?.thread?.posts ?? null;
  const firstVersion = useRef(version);
  useEffect(() => {
    if (version !== firstVersion.current) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  useEffect(() => {
    onResult(segmentKey, { page, fetching, error });
  }, [segmentKey, page, fetching, error, onResult]);
  return null;
}

/** Marks the thread read up to the last post on screen, whenever that moves past what is already read. */
function useMarkRead(threadId: string, signedIn: boolean, maxVisible: number, readUpTo: number) {
  const [, markRead] = useMutation(markThreadReadMutation);
  const marked = useRef(readUpTo);
  useEffect(() => {
    if (!signedIn || maxVisible <= marked.current) return;
    marked.current = maxVisible;
    void markRead({ threadId, position: maxVisible });
  }, [signedIn, maxVisible, threadId, markRead]);
}
