import { useEffect, useRef, useState, type Ref } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { LoadMoreItem, useFocusWhenLoaded, useNetworkContext, usePageCursors } from '@community-hub/web-networks';
import { ListPageState, EmptyState, RelativeTime, useDocumentTitle } from '@community-hub/web-ui';
import { networkThreadsQuery, threadAddedSubscription } from './forum.documents';
import { canWrite, plural, TagList, ThreadBadges, threadPath, threadsPath, type ThreadSummary } from './forum-shared';
import { NewThreadForm } from './new-thread-form';

export const THREADS_PAGE = 20;

/** /n/:slug/threads: the network's discussions, newest activity first, pinned on top. */
export function ThreadListPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [params] = useSearchParams();
  const tag = params.get('tag')?.trim() || null;
  useDocumentTitle(tag ? `Discussions tagged ${tag} · ${network.name}` : `Discussions · ${network.name}`);
  const { cursors, loadMore } = usePageCursors(tag ?? '');
  const live = useNewThreads(network.id, tag);
  const [writing, setWriting] = useState(false);
  const writer = canWrite(network.myMembership, user);
  const hidden = new Set([...live.pending, ...live.revealed].map((thread) => thread.id));

  return (
    <section aria-labelledby="threads-heading" className="stack">
      <div className="section-heading">
        <h2 id="threads-heading">{tag ? `Discussions tagged “${tag}”` : 'Discussions'}</h2>
        {writer ? (
          <button
            type="button"
            className="button button-primary"
            aria-expanded={writing}
            aria-controls={writing ? 'new-thread' : undefined}
            onClick={() => setWriting((open) => !open)}
          >
            Start a discussion
          </button>
        ) : null}
      </div>
      {!writer ? <WriteHint slug={network.slug} signedIn={!!user} /> : null}
      {writer && writing ? <NewThreadForm networkId={network.id} slug={network.slug} onCancel={() => setWriting(false)} /> : null}
      {tag ? (
        <p>
          <Link to={threadsPath(network.slug)}>Show all discussions</Link>
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="live-marker">
        {live.pending.length ? (
          <button type="button" className="button button-secondary button-small" onClick={live.reveal}>
            {plural(live.pending.length, 'new thread')}
          </button>
        ) : null}
      </div>
      <ul className="row-list thread-list" aria-labelledby="threads-heading">
        {live.revealed.map((thread, index) => (
          <ThreadRow
            key={thread.id}
            thread={thread}
            slug={network.slug}
            signedIn={!!user}
            focusRef={index === 0 ? live.firstRevealedRef : undefined}
          />
        ))}
        {cursors.map((after, index) => (
          <ThreadChunk
            key={`${tag ?? ''}:${after ?? ''}`}
            slug={network.slug}
            tag={tag}
            after={after}
            first={index === 0}
            last={index === cursors.length - 1}
            signedIn={!!user}
            hidden={hidden}
            hasLive={live.revealed.length > 0}
            onLoadMore={loadMore}
          />
        ))}
      </ul>
    </section>
  );
}

function WriteHint({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  if (!signedIn) {
    return (
      <p className="hint">
        <Link to={signInPath(threadsPath(slug))}>Sign in</Link> and join this network to start a discussion.
      </p>
    );
  }
  return (
    <p className="hint">
      Only members can start discussions. <Link to={`/n/${slug}`}>Join this network</Link> to take part.
    </p>
  );
}

interface ChunkProps {
  slug: string;
  tag: string | null;
  after: string | null;
  first: boolean;
  last: boolean;
  signedIn: boolean;
  /** Threads shown elsewhere (revealed live) or not yet revealed. */
  hidden: ReadonlySet<string>;
  hasLive: boolean;
  onLoadMore(endCursor: string): void;
}

/** One page of threads; each page is its own query so a mutation refreshes just what it touches. */
function ThreadChunk({ slug, tag, after, first, last, signedIn, hidden, hasLive, onLoadMore }: ChunkProps) {
  const [{ data, fetching, error }] = useQuery({
    query: networkThreadsQuery,
    variables: { slug, first: THREADS_PAGE, after, tag },
    // Coming back to the list must show threads and unread counts as they are now, not as cached:
    // an empty list's cached result is never invalidated by thread mutations.
    requestPolicy: 'cache-and-network',
  });
  // A page that "Load more" brought: carry on from its first thread.
  const focusRef = useFocusWhenLoaded<HTMLAnchorElement>(!first, !!data);

  const page = data?.network?.threads;
  const problem = describeError(error);
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Loading discussions…" />;
  if (!page) return null;
  const threads = page.nodes.filter((thread) => !hidden.has(thread.id));
  return (
    <>
      {first && !threads.length && !hasLive ? (
        <li className="row-plain">
          <EmptyState>{tag ? `No discussions tagged “${tag}” yet.` : 'No discussions yet.'}</EmptyState>
        </li>
      ) : null}
      {threads.map((thread, index) => (
        <ThreadRow key={thread.id} thread={thread} slug={slug} signedIn={signedIn} focusRef={index === 0 ? focusRef : undefined} />
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <LoadMoreItem onLoadMore={() => onLoadMore(page.pageInfo.endCursor as string)} />
      ) : null}
    </>
  );
}

export function ThreadRow({
  thread,
  slug,
  signedIn,
  focusRef,
  headingLevel = 3,
}: {
  thread: ThreadSummary;
  slug: string;
  signedIn: boolean;
  focusRef?: Ref<HTMLAnchorElement>;
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <li className="row thread-row">
      <div className="row-main stack-small">
        <Heading className="thread-title">
          <Link to={threadPath(slug, thread.id)} ref={focusRef}>
            {thread.title}
          </Link>
        </Heading>
        <ThreadBadges thread={thread} showUnread={signedIn} />
        <TagList slug={slug} tags={thread.tags} />
        <p className="muted small thread-meta">
          Started by {thread.author.name}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          last post by {thread.lastPoster.name} <RelativeTime iso={thread.lastActivityAt} />
        </p>
      </div>
      <p className="thread-count">{plural(thread.postCount, 'post')}</p>
    </li>
  );
}

/**
 * `threadAdded` for this network: new threads wait behind an "N new threads"
 * button so the list never moves under someone's eyes; `reveal` puts them on top.
 */
function useNewThreads(networkId: string, tag: string | null) {
  const [{ data }] = useSubscription(
    { query: threadAddedSubscription, variables: { networkId } },
    (seen: ThreadSummary[] = [], event) => (seen.some((t) => t.id === event.threadAdded.id) ? seen : [...seen, event.threadAdded]),
  );
  const [revealedIds, setRevealedIds] = useState<readonly string[]>([]);
  const firstRevealedRef = useRef<HTMLAnchorElement>(null);
  const [focusPending, setFocusPending] = useState(false);
  const all = (data ?? []).filter((thread) => !tag || thread.tags.includes(tag));
  const pending = all.filter((thread) => !revealedIds.includes(thread.id));
  // Newest first, as the list is.
  const revealed = all.filter((thread) => revealedIds.includes(thread.id)).reverse();

  useEffect(() => {
    if (focusPending) {
      firstRevealedRef.current?.focus();
      setFocusPending(false);
    }
  }, [focusPending]);

  return {
    pending,
    revealed,
    firstRevealedRef,
    reveal() {
      setRevealedIds((ids) => [...ids, ...pending.map((thread) => thread.id)]);
      setFocusPending(true);
    },
  };
}
