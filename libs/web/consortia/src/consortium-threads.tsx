import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError, type ThreadSummaryFragment } from '@community-hub/web-graphql';
import { NewThreadForm, ThreadRow, threadAddedSubscription } from '@community-hub/web-forum';
import { LoadMoreItem, usePageCursors } from '@community-hub/web-networks';
import { ListPageState, EmptyState, useDocumentTitle } from '@community-hub/web-ui';
import { consortiumThreadsQuery } from './consortia.documents';
import { useConsortiumContext } from './consortium-context';
import { plural } from './consortia-shared';

export const WORKSPACE_THREADS_PAGE = 20;

const THREADS_CONTEXT = { additionalTypenames: ['Thread'] };

/** The consortium's private forum: its threads (opened on the forum's own thread page) and a new-thread form. */
export function ConsortiumThreads() {
  const { consortium } = useConsortiumContext();
  const { user } = useSession();
  const slug = consortium.network.slug;
  useDocumentTitle(`Threads · ${consortium.name}`);
  const { cursors, loadMore } = usePageCursors(consortium.id);
  const [writing, setWriting] = useState(false);
  // New threads arrive live (threadAdded on the workspace's space): shown on top, left out of the pages below.
  const [{ data: live }] = useSubscription(
    { query: threadAddedSubscription, variables: { networkId: consortium.id } },
    (seen: ThreadSummaryFragment[] = [], event) => (seen.some((t) => t.id === event.threadAdded.id) ? seen : [event.threadAdded, ...seen]),
  );
  const fresh = live ?? [];

  return (
    <section aria-labelledby="workspace-threads-heading" className="stack">
      <div className="section-heading">
        <h2 id="workspace-threads-heading">Threads</h2>
        <button
          type="button"
          className="button button-primary"
          aria-expanded={writing}
          aria-controls={writing ? 'new-thread' : undefined}
          onClick={() => setWriting((open) => !open)}
        >
          Start a thread
        </button>
      </div>
      <p className="muted small">Only representatives of the member organisations can read and post here.</p>
      {writing ? <NewThreadForm consortiumId={consortium.id} slug={slug} onCancel={() => setWriting(false)} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {fresh.length ? `${plural(fresh.length, 'new thread')} in the workspace.` : ''}
      </p>
      <ul className="row-list thread-list" aria-labelledby="workspace-threads-heading">
        {fresh.map((thread) => (
          <ThreadRow key={thread.id} thread={thread} slug={slug} signedIn={!!user} />
        ))}
        {cursors.map((after, index) => (
          <ThreadChunk
            key={after ?? ''}
            consortiumId={consortium.id}
            slug={slug}
            after={after}
            first={index === 0}
            last={index === cursors.length - 1}
            signedIn={!!user}
            hidden={new Set(fresh.map((thread) => thread.id))}
            hasLive={fresh.length > 0}
            onLoadMore={loadMore}
          />
        ))}
      </ul>
    </section>
  );
}

function ThreadChunk({
  consortiumId,
  slug,
  after,
  first,
  last,
  signedIn,
  hidden,
  hasLive,
  onLoadMore,
}: {
  consortiumId: string;
  slug: string;
  after: string | null;
  first: boolean;
  last: boolean;
  signedIn: boolean;
  hidden: ReadonlySet<string>;
  hasLive: boolean;
  onLoadMore(endCursor: string): void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: consortiumThreadsQuery,
    variables: { id: consortiumId, first: WORKSPACE_THREADS_PAGE, after },
    context: THREADS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.consortium?.threads;
  const problem = describeError(error);
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Loading threads…" />;
  if (!page) return null;
  const threads = page.nodes.filter((thread) => !hidden.has(thread.id));
  return (
    <>
      {first && !threads.length && !hasLive ? (
        <li className="row-plain">
          <EmptyState>No threads yet. Start one to plan the bid together.</EmptyState>
        </li>
      ) : null}
      {threads.map((thread) => (
        <ThreadRow key={thread.id} thread={thread} slug={slug} signedIn={signedIn} />
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <LoadMoreItem onLoadMore={() => onLoadMore(page.pageInfo.endCursor as string)} />
      ) : null}
    </>
  );
}
