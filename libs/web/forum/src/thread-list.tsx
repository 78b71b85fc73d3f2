import type { Ref } from 'react';
import { Link } from 'react-router';
import { useQuery, useSubscription, type AnyVariables } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { EmptyState, ListPageState, NextPageItem, RelativeTime, useFocusWhenLoaded, usePageCursors, type PageChunk, type PageSource } from '@community-hub/web-ui';
import { threadUpdatedSubscription } from './forum.documents';
import { plural, TagList, ThreadBadges, threadPath, type ThreadSummary } from './forum-shared';

export const THREADS_PAGE = 20;

/** Where a space's threads come from: a network's discussions or a consortium's workspace. */
export type ThreadPageSource<Data, Variables extends AnyVariables> = PageSource<Data, Variables, ThreadSummary>;

export interface ThreadListProps<Data, Variables extends AnyVariables> {
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** The network's slug (thread links are /n/<slug>/t/<id>). */
  slug: string;
  source: ThreadPageSource<Data, Variables>;
  /** The list starts over at the first page when this changes (e.g. another tag). */
  filterKey: string;
  /** The network (or consortium, for its workspace) whose threads these are: their counts update live. */
  spaceId: string;
  signedIn: boolean;
  /** Threads that arrived live and are shown on top, newest first. */
  live?: readonly ThreadSummary[];
  /** Focus moves here when live threads are revealed. */
  firstLiveRef?: Ref<HTMLAnchorElement>;
  /** Threads left out of the pages (shown on top, or waiting to be revealed). */
  hiddenIds?: ReadonlySet<string>;
  emptyText: string;
  loadingLabel: string;
}

/**
 * A space's threads, newest activity first: the live ones on top, then cursor
 * pages (each its own query, so a mutation refreshes only what it touches).
 * Used by the network's discussions and by a consortium's private workspace.
 */
export function ThreadList<Data, Variables extends AnyVariables>({
  labelledBy,
  slug,
  filterKey,
  spaceId,
  signedIn,
  live = [],
  firstLiveRef,
  hiddenIds = NONE,
  ...rest
}: ThreadListProps<Data, Variables>) {
  const { pages } = usePageCursors(filterKey);
  // Replies elsewhere change a thread's count and last poster: rows show the latest (in place, so nothing moves).
  const [{ data: updates = NO_UPDATES }] = useSubscription(
    { query: threadUpdatedSubscription, variables: { networkId: spaceId } },
    (latest: Readonly<Record<string, ThreadSummary>> = NO_UPDATES, event) => ({ ...latest, [event.threadUpdated.id]: event.threadUpdated }),
  );
  return (
    <ul className="row-list thread-list" aria-labelledby={labelledBy}>
      {live.map((thread, index) => (
        <ThreadRow key={thread.id} thread={updates[thread.id] ?? thread} slug={slug} signedIn={signedIn} focusRef={index === 0 ? firstLiveRef : undefined} />
      ))}
      {pages.map(({ key, ...chunk }) => (
        <ThreadChunk key={key} {...chunk} {...rest} slug={slug} signedIn={signedIn} hidden={hiddenIds} hasLive={live.length > 0} updates={updates} />
      ))}
    </ul>
  );
}

const NONE: ReadonlySet<string> = new Set();
const NO_UPDATES: Readonly<Record<string, ThreadSummary>> = {};

type ChunkProps<Data, Variables extends AnyVariables> = Omit<PageChunk, 'key'> &
  Pick<ThreadListProps<Data, Variables>, 'slug' | 'source' | 'signedIn' | 'emptyText' | 'loadingLabel'> & {
    hidden: ReadonlySet<string>;
    hasLive: boolean;
    updates: Readonly<Record<string, ThreadSummary>>;
  };

/** One page of threads. */
function ThreadChunk<Data, Variables extends AnyVariables>({
  slug,
  source,
  after,
  first,
  last,
  signedIn,
  hidden,
  hasLive,
  updates,
  emptyText,
  loadingLabel,
  onLoadMore,
}: ChunkProps<Data, Variables>) {
  const [{ data, fetching, error }] = useQuery<Data, Variables>({
    query: source.query,
    variables: { ...source.variables, first: THREADS_PAGE, after } as unknown as Variables,
    context: source.context,
    // Coming back to the list must show threads and unread counts as they are now, not as cached:
    // an empty list's cached result is never invalidated by thread mutations.
    requestPolicy: 'cache-and-network',
  });
  // A page that "Load more" brought: carry on from its first thread.
  const focusRef = useFocusWhenLoaded<HTMLAnchorElement>(!first, !!data);

  const page = data ? source.select(data) : null;
  const problem = describeError(error);
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label={loadingLabel} />;
  if (!page) return null;
  const threads = page.nodes.filter((thread) => !hidden.has(thread.id));
  return (
    <>
      {first && !threads.length && !hasLive ? (
        <li className="row-plain">
          <EmptyState>{emptyText}</EmptyState>
        </li>
      ) : null}
      {threads.map((thread, index) => (
        <ThreadRow key={thread.id} thread={newerThread(thread, updates[thread.id])} slug={slug} signedIn={signedIn} focusRef={index === 0 ? focusRef : undefined} />
      ))}
      {last ? <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}

/** The page's version of a thread, or the live one when it is newer (a page refetched later may be newer still). */
function newerThread(loaded: ThreadSummary, live: ThreadSummary | undefined): ThreadSummary {
  return live && live.postCount > loaded.postCount ? live : loaded;
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
