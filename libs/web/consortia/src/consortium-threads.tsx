import { useState } from 'react';
import { useSubscription } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import type { ThreadSummaryFragment } from '@community-hub/web-graphql';
import { NewThreadForm, ThreadList, threadAddedSubscription } from '@community-hub/web-forum';
import { Button, useDocumentTitle } from '@community-hub/web-ui';
import { consortiumThreadsQuery } from './consortia.documents';
import { useConsortiumContext } from './consortium-context';
import { plural } from './consortia-shared';

const THREADS_CONTEXT = { additionalTypenames: ['Thread'] };

/** The consortium's private forum: its threads (the forum's own list, opened on the forum's thread page) and a new-thread form. */
export function ConsortiumThreads() {
  const { consortium } = useConsortiumContext();
  const { user } = useSession();
  const slug = consortium.network.slug;
  useDocumentTitle(`Threads · ${consortium.name}`);
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
        <Button
          variant="primary"
          aria-expanded={writing}
          aria-controls={writing ? 'new-thread' : undefined}
          onClick={() => setWriting((open) => !open)}
        >
          Start a thread
        </Button>
      </div>
      <p className="muted small">Only representatives of the member organisations can read and post here.</p>
      {writing ? <NewThreadForm consortiumId={consortium.id} slug={slug} onCancel={() => setWriting(false)} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {fresh.length ? `${plural(fresh.length, 'new thread')} in the workspace.` : ''}
      </p>
      <ThreadList
        labelledBy="workspace-threads-heading"
        slug={slug}
        source={{
          query: consortiumThreadsQuery,
          variables: { id: consortium.id },
          select: (data) => data.consortium?.threads,
          context: THREADS_CONTEXT,
        }}
        filterKey={consortium.id}
        spaceId={consortium.id}
        signedIn={!!user}
        live={fresh}
        hiddenIds={new Set(fresh.map((thread) => thread.id))}
        emptyText="No threads yet. Start one to plan the bid together."
        loadingLabel="Loading threads…"
      />
    </section>
  );
}
