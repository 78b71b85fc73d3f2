import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError, type ThreadPostsQuery, type ThreadQuery, type WatchLevel } from '@community-hub/web-graphql';
import { ErrorAlert, Loading, RelativeTime, SelectField, useDocumentTitle } from '@community-hub/web-ui';
import { markThreadReadMutation, postAddedSubscription, threadPostsQuery, threadQuery, watchThreadMutation } from './forum.documents';
import { canWrite, plural, TagList, ThreadBadges, threadsPath, WATCH_LABELS } from './forum-shared';
import { ModerationTools } from './moderation-tools';
import { PostItem, type ThreadPost } from './post-item';
import { ReplyForm } from './reply-form';

export const POSTS_PAGE = 50;
const EARLIER_STEP = 20;
const MAX_PAGE = 100;

type ThreadDetails = NonNullable<ThreadQuery['thread']>;
type PostsPage = NonNullable<ThreadPostsQuery['thread']>['posts'];

/** /n/:slug/t/:threadId */
export function ThreadPage() {
  const { threadId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: threadQuery, variables: { id: threadId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const thread = data?.thread ?? null;
  if (fetching && !data) return <Loading label="Loading discussion…" />;
  if (!thread) return <ThreadNotFound message={describeError(error)?.message} />;
  return <ThreadView key={thread.id} thread={thread} refresh={refresh} />;
}

function ThreadNotFound({ message }: { message?: string }) {
  const heading = message ? 'We could not load this discussion' : 'Discussion not found';
  useDocumentTitle(heading);
  const { slug = '' } = useParams();
  return (
    <div className="stack">
      <h1>{heading}</h1>
      <ErrorAlert>{message}</ErrorAlert>
      {message ? null : <p>It may have been removed, or it is in a private network you are not a member of.</p>}
      <p>
        <Link to={threadsPath(slug)}>See the network’s discussions</Link>
      </p>
    </div>
  );
}

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

function ThreadView({ thread, refresh }: { thread: ThreadDetails; refresh(): void }) {
  const { user } = useSession();
  const location = useLocation();
  const myUserId = user?.id ?? null;
  const slug = thread.network.slug;
  const spaceId = thread.consortium?.id ?? thread.network.id;
  useDocumentTitle(`${thread.title} · ${thread.network.name}`);

  // Fixed when the page opens, so later refetches (read position, new posts) do not move it.
  const [opened] = useState(() => {
    const start = startPosition(thread, location.hash, !!user);
    const readUpTo = user ? thread.postCount - thread.unreadCount : thread.postCount;
    return { start, baseline: thread.postCount, readUpTo, firstNew: user && thread.unreadCount > 0 ? readUpTo + 1 : Infinity };
  });
  const [shownUpTo, setShownUpTo] = useState(opened.baseline);
  const [earlier, setEarlier] = useState<Array<{ from: number; count: number }>>([]);
  const [laterCursors, setLaterCursors] = useState<Array<string | null>>([null]);
  const [results, setResults] = useState<Record<string, SegmentResult>>({});
  const [ownPosts, setOwnPosts] = useState<ThreadPost[]>([]);
  const [replyTo, setReplyTo] = useState<ThreadPost | null>(null);
  const [wanted, setWanted] = useState<number | null>(() => (/^#post-\d+$/.test(location.hash) ? opened.start : null));
  const [announcement, setAnnouncement] = useState('');
  const replyRef = useRef<HTMLTextAreaElement>(null);
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

  const [{ data: liveData }] = useSubscription(
    { query: postAddedSubscription, variables: { threadId: thread.id } },
    (seen: ThreadPost[] = [], event) => (seen.some((post) => post.id === event.postAdded.id) ? seen : [...seen, event.postAdded]),
  );

  // Every post known: loaded pages first (freshest: edits, removals), then live ones.
  const byId = new Map<string, ThreadPost>();
  for (const post of [...(liveData ?? []), ...ownPosts]) byId.set(post.id, post);
  for (const segment of segments) for (const post of results[segment.key]?.page?.nodes ?? []) byId.set(post.id, post);
  const posts = [...byId.values()].sort((a, b) => a.position - b.position);

  const isShown = (post: ThreadPost) => post.position <= shownUpTo || (!!myUserId && post.author.id === myUserId);
  const visible = posts.filter(isShown);
  const pending = posts.filter((post) => !isShown(post));
  const lastMain = results[`m:${laterCursors[laterCursors.length - 1] ?? ''}`];
  const firstMain = results['m:'];
  const mainEnd = Math.max(0, ...laterCursors.flatMap((after) => results[`m:${after ?? ''}`]?.page?.nodes.map((post) => post.position) ?? []));
  const hasLater = !!lastMain?.page?.pageInfo.hasNextPage && !!lastMain.page.pageInfo.endCursor;
  const maxVisible = visible.length ? visible[visible.length - 1].position : 0;

  const writer = canWrite(thread.network.myMembership, user);
  const canReply = writer && !thread.locked;

  useMarkRead(thread.id, !!user, maxVisible, opened.readUpTo);

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

  function onShowEarlier() {
    const target = Math.max(1, earliest - EARLIER_STEP);
    loadEarlier(target);
    setWanted(target);
  }

  function onQuoteLink(position: number, event: MouseEvent<HTMLAnchorElement>) {
    if (visible.some((post) => post.position === position)) return;
    event.preventDefault();
    if (position < earliest) loadEarlier(position);
    setWanted(position);
  }

  function onReveal() {
    const first = pending[0]?.position;
    setShownUpTo(Math.max(shownUpTo, ...pending.map((post) => post.position)));
    if (first) setWanted(first);
  }

  function onReplyTo(post: ThreadPost) {
    setReplyTo(post);
    replyRef.current?.focus();
  }

  function onPosted(post: ThreadPost) {
    setOwnPosts((current) => [...current, post]);
    setShownUpTo((current) => Math.max(current, post.position));
    setReplyTo(null);
    setAnnouncement('Your reply was posted.');
  }

  return (
    <div className="stack-large thread-page">
      {segments.map((segment) => (
        <PostsSegment key={segment.key} segmentKey={segment.key} variables={segment.variables} version={postsVersion} onResult={onResult} />
      ))}
      <div className="page-heading stack-small">
        <nav aria-label="Breadcrumb" className="eyebrow">
          <Link to="/">Networks</Link> <span aria-hidden="true">›</span> <Link to={`/n/${slug}`}>{thread.network.name}</Link>{' '}
          <span aria-hidden="true">›</span>{' '}
          {thread.consortium ? (
            // A thread in a consortium's private workspace belongs with the consortium.
            <Link to={`/n/${slug}/c/${thread.consortium.id}/threads`}>{thread.consortium.name}</Link>
          ) : (
            <Link to={threadsPath(slug)}>Discussions</Link>
          )}
        </nav>
        <h1>{thread.title}</h1>
        <ThreadBadges thread={thread} />
        <TagList slug={slug} tags={thread.tags} />
        <p className="muted">
          Started by {thread.author.name} <RelativeTime iso={thread.createdAt} />
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          {plural(thread.postCount, 'post')}
        </p>
      </div>

      {user || thread.canModerate ? (
        <div className="thread-tools">
          {user ? <WatchControl threadId={thread.id} level={thread.myWatchLevel} onChanged={refresh} /> : null}
          {thread.canModerate ? (
            <ModerationTools
              thread={thread}
              onChanged={() => {
                refresh();
                reloadPosts();
              }}
            />
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="posts-heading" className="stack">
        <h2 id="posts-heading" className="visually-hidden">
          Posts
        </h2>
        {earliest > 1 && firstMain?.page ? (
          <p>
            <button type="button" className="button button-secondary button-small" onClick={onShowEarlier}>
              Show earlier posts
            </button>{' '}
            <span className="muted small">{plural(earliest - 1, 'earlier post')}</span>
          </p>
        ) : null}
        {!firstMain || (firstMain.fetching && !firstMain.page) ? <Loading label="Loading posts…" /> : null}
        <ErrorAlert>{describeError(firstMain?.error)?.message}</ErrorAlert>
        <ol className="post-list" aria-labelledby="posts-heading">
          {visible
            .filter((post) => post.position <= mainEnd)
            .map((post) => (
              <PostItem
                key={post.id}
                post={post}
                spaceId={spaceId}
                myUserId={myUserId}
                canReply={canReply}
                canModerate={thread.canModerate}
                locked={thread.locked}
                isNew={post.position >= opened.firstNew && post.author.id !== myUserId}
                onReply={onReplyTo}
                onQuoteLink={onQuoteLink}
                onChanged={reloadPosts}
              />
            ))}
          {hasLater ? (
            <li className="load-more">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setLaterCursors((cursors) => [...cursors, lastMain!.page!.pageInfo.endCursor as string])}
              >
                Show later posts
              </button>
            </li>
          ) : null}
          {visible
            .filter((post) => post.position > mainEnd)
            .map((post) => (
              <PostItem
                key={post.id}
                post={post}
                spaceId={spaceId}
                myUserId={myUserId}
                canReply={canReply}
                canModerate={thread.canModerate}
                locked={thread.locked}
                isNew={post.author.id !== myUserId}
                onReply={onReplyTo}
                onQuoteLink={onQuoteLink}
                onChanged={reloadPosts}
              />
            ))}
        </ol>
        <div role="status" aria-live="polite" className="live-marker live-marker-sticky">
          {pending.length ? (
            <button type="button" className="button button-primary button-small" onClick={onReveal}>
              {plural(pending.length, 'new reply', 'new replies')}
            </button>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="reply-heading" className="stack reply-section">
        <h2 id="reply-heading">Reply</h2>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {thread.locked ? (
          <p className="locked-note">This thread is locked.</p>
        ) : canReply ? (
          <ReplyForm
            ref={replyRef}
            threadId={thread.id}
            spaceId={spaceId}
            replyTo={replyTo}
            onCancelReplyTo={() => setReplyTo(null)}
            onPosted={onPosted}
            onProblem={(problem) => {
              if (problem.code === 'FORBIDDEN') refresh();
            }}
          />
        ) : user ? (
          <p className="hint">
            Only members can reply. <Link to={`/n/${slug}`}>Join {thread.network.name}</Link> to take part.
          </p>
        ) : (
          <p className="hint">
            <Link to={signInPath(location.pathname)}>Sign in</Link> to reply.
          </p>
        )}
      </section>
    </div>
  );
}

/** Runs one posts query and hands its result up, so the page can merge pages and live posts in order. */
function PostsSegment({
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

function WatchControl({ threadId, level, onChanged }: { threadId: string; level: WatchLevel; onChanged(): void }) {
  const [state, watch] = useMutation(watchThreadMutation);
  const [saved, setSaved] = useState('');
  // The choice shows at once; the API's answer (refetched) agrees a moment later.
  const [value, setValue] = useState(level);
  useEffect(() => setValue(level), [level]);
  const problem = describeError(state.error);
  return (
    <div className="watch-control">
      <SelectField
        label="Notifications"
        hint="Watching: every reply. Normal: when someone replies to you. Muted: nothing."
        value={value}
        disabled={state.fetching}
        error={problem?.message}
        onChange={async (event) => {
          const next = event.target.value as WatchLevel;
          setValue(next);
          const result = await watch({ threadId, level: next });
          if (result.error) setValue(level);
          else {
            setSaved(`Notifications: ${WATCH_LABELS[next]}.`);
            onChanged();
          }
        }}
      >
        {(Object.keys(WATCH_LABELS) as WatchLevel[]).map((value) => (
          <option key={value} value={value}>
            {WATCH_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <p className="visually-hidden" aria-live="polite">
        {saved}
      </p>
    </div>
  );
}
