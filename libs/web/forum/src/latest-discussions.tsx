import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { useNetworkContext } from '@community-hub/web-networks';
import { EmptyState } from '@community-hub/web-ui';
import { networkThreadsQuery } from './forum.documents';
import { threadsPath } from './forum-shared';
import { ThreadRow } from './thread-list';

/** The five latest discussions, for the network's home page. */
export function LatestDiscussions() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [{ data, error }] = useQuery({ query: networkThreadsQuery, variables: { slug: network.slug, first: 5 } });
  const threads = data?.network?.threads.nodes;
  return (
    <section aria-labelledby="latest-heading" className="panel stack">
      <h2 id="latest-heading">Latest discussions</h2>
      {error ? <p className="muted">Discussions could not be loaded just now.</p> : null}
      {threads && !threads.length ? <EmptyState>No discussions yet.</EmptyState> : null}
      {threads?.length ? (
        <ul className="row-list thread-list">
          {threads.map((thread) => (
            <ThreadRow key={thread.id} thread={thread} slug={network.slug} signedIn={!!user} />
          ))}
        </ul>
      ) : null}
      <p>
        <Link to={threadsPath(network.slug)}>All discussions</Link>
      </p>
    </section>
  );
}
