import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSubscription } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { useNetworkContext } from '@community-hub/web-networks';
import { Button, SkipLink, useDocumentTitle } from '@community-hub/web-ui';
import { networkThreadsQuery, threadAddedSubscription } from './forum.documents';
import { canWrite, plural, threadsPath, type ThreadSummary } from './forum-shared';
import { NewThreadForm } from './new-thread-form';
import { ThreadList } from './thread-list';

/** /n/:slug/threads: the network's discussions, newest activity first, pinned on top. */
export function ThreadListPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [params] = useSearchParams();
  const tag = params.get('tag')?.trim() || null;
  useDocumentTitle(tag ? `Discussions tagged ${tag} · ${network.name}` : `Discussions · ${network.name}`);
  const live = useNewThreads(network.id, tag);
  const [writing, setWriting] = useState(false);
  const writer = canWrite(network.myMembership, user);
  const hidden = new Set([...live.pending, ...live.revealed].map((thread) => thread.id));

  return (
    <section aria-labelledby="threads-heading" className="stack">
      <div className="section-heading">
        <h2 id="threads-heading">{tag ? `Discussions tagged “${tag}”` : 'Discussions'}</h2>
        {writer ? <SkipLink target="start-discussion">Skip to Start a discussion</SkipLink> : null}
        {writer ? (
          <Button
            id="start-discussion"
            variant="primary"
            aria-expanded={writing}
            aria-controls={writing ? 'new-thread' : undefined}
            onClick={() => setWriting((open) => !open)}
          >
            Start a discussion
          </Button>
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
          <Button variant="secondary" size="small" onClick={live.reveal}>
            {plural(live.pending.length, 'new thread')}
          </Button>
        ) : null}
      </div>
      <ThreadList
        labelledBy="threads-heading"
        slug={network.slug}
        source={{ query: networkThreadsQuery, variables: { slug: network.slug, tag }, select: (data) => data.network?.threads }}
        filterKey={tag ?? ''}
        spaceId={network.id}
        signedIn={!!user}
        live={live.revealed}
        firstLiveRef={live.firstRevealedRef}
        hiddenIds={hidden}
        emptyText={tag ? `No discussions tagged “${tag}” yet.` : 'No discussions yet.'}
        loadingLabel="Loading discussions…"
      />
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
