import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Badge, Button, EmptyState, ErrorAlert, MarkdownText, RelativeTime, TextAreaField } from '@community-hub/web-ui';
import { approveHeldPostMutation, heldPostsQuery, rejectHeldPostMutation } from './held-posts.documents';

interface HeldPost {
  id: string;
  body: string;
  position: number;
  createdAt: string;
  author: { id: string; name: string };
  thread: { id: string; title: string };
}

/**
 * Newcomers' posts waiting for approval (where the network holds them), oldest first:
 * "Approve" publishes one (everyone is then told as for a new post), "Reject" removes it
 * with a note for its author. Both are in the audit log.
 */
export function HeldPostsSection({ slug }: { slug: string }) {
  const [{ data, error }, refetch] = useQuery({ query: heldPostsQuery, variables: { slug }, requestPolicy: 'cache-and-network' });
  const held = data?.network?.heldPosts;
  const problem = describeError(error);
  // Not a coordinator here (or the network is gone): the reports part of the page says so.
  if (!held) return problem && problem.code !== 'FORBIDDEN' ? <ErrorAlert>{problem.message}</ErrorAlert> : null;
  return (
    <section className="stack" aria-labelledby="held-posts-heading">
      <h2 id="held-posts-heading">
        Waiting for approval{' '}
        <Badge tone={held.totalCount ? 'warning' : 'neutral'}>{held.totalCount}</Badge>
      </h2>
      {held.nodes.length === 0 ? (
        <EmptyState>No newcomers’ posts are waiting.</EmptyState>
      ) : (
        <ul className="moderation-groups">
          {held.nodes.map((post) => (
            <HeldPostItem key={post.id} slug={slug} post={post} onDecided={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HeldPostItem({ slug, post, onDecided }: { slug: string; post: HeldPost; onDecided(): void }) {
  const [note, setNote] = useState('');
  const [approveState, approve] = useMutation(approveHeldPostMutation);
  const [rejectState, reject] = useMutation(rejectHeldPostMutation);
  const problem = describeError(approveState.error ?? rejectState.error);
  const busy = approveState.fetching || rejectState.fetching;
  const headingId = `held-${post.id}`;
  const newThread = post.position === 1;
  const subject = newThread ? `the new thread ${post.thread.title} by ${post.author.name}` : `the reply by ${post.author.name} in ${post.thread.title}`;

  return (
    <li className="moderation-group stack" aria-labelledby={headingId}>
      <h3 id={headingId} className="small">
        {newThread ? 'New thread' : 'Reply in'} <Link to={`/n/${slug}/t/${post.thread.id}`}>{post.thread.title}</Link> by{' '}
        <Link to={`/people/${post.author.id}`}>{post.author.name}</Link> · <RelativeTime iso={post.createdAt} />
      </h3>
      <MarkdownText source={post.body} headingLevel={4} className="held-post-body" />
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <TextAreaField label="Note to the author if you reject it (kept in the audit log)" value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />
      <div className="actions">
        <Button
          variant="primary"
          disabled={busy}
          aria-label={`Approve ${subject}`}
          onClick={async () => {
            if (!(await approve({ postId: post.id })).error) onDecided();
          }}
        >
          Approve
        </Button>
        <Button
          variant="danger"
          disabled={busy}
          aria-label={`Reject ${subject}`}
          onClick={async () => {
            if (!(await reject({ input: { postId: post.id, note } })).error) onDecided();
          }}
        >
          Reject
        </Button>
      </div>
    </li>
  );
}
