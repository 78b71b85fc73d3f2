import { useMutation, useQuery } from 'urql';
import { Button, EmptyState } from '@community-hub/web-ui';
import { myBlocksQuery, unblockUserMutation } from './moderation.documents';

/** The people I blocked, each with "Unblock" (for the profile page). */
export function MyBlocks() {
  const [{ data }, refetch] = useQuery({ query: myBlocksQuery, requestPolicy: 'cache-and-network' });
  const [state, unblock] = useMutation(unblockUserMutation);
  const blocks = data?.myBlocks ?? [];
  return (
    <section className="stack" aria-labelledby="my-blocks-heading">
      <h2 id="my-blocks-heading">People you blocked</h2>
      <p className="muted small">Their posts are collapsed for you, their mentions do not reach you, and they cannot invite your organisations. They are not told.</p>
      {blocks.length === 0 ? (
        <EmptyState>You have not blocked anyone.</EmptyState>
      ) : (
        <ul className="stack-small">
          {blocks.map((person) => (
            <li key={person.id}>
              {person.name}{' '}
              <Button
                variant="quiet" size="small"
                aria-label={`Unblock ${person.name}`}
                disabled={state.fetching}
                onClick={async () => {
                  await unblock({ userId: person.id });
                  refetch({ requestPolicy: 'network-only' });
                }}
              >
                Unblock
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
