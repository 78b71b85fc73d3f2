import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button } from '@community-hub/web-ui';
import { blockUserMutation, myBlocksQuery, unblockUserMutation } from './moderation.documents';

/**
 * "Block" or "Unblock" for a person's profile, as the viewer's list of blocks says;
 * blocking is private (the person is not told).
 */
export function BlockButton({ userId, name }: { userId: string; name: string }) {
  const [{ data, fetching }, refetch] = useQuery({ query: myBlocksQuery, requestPolicy: 'cache-and-network' });
  const [blockState, block] = useMutation(blockUserMutation);
  const [unblockState, unblock] = useMutation(unblockUserMutation);
  const [said, setSaid] = useState('');
  if (!data && fetching) return null;
  const blocked = (data?.myBlocks ?? []).some((person) => person.id === userId);
  const busy = blockState.fetching || unblockState.fetching;
  const after = async (result: { error?: unknown }, message: string) => {
    if (result.error) return;
    setSaid(message);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <>
      {blocked ? (
        <Button
          variant="quiet" size="small"
          disabled={busy}
          onClick={async () => after(await unblock({ userId }), `You unblocked ${name}.`)}
        >
          Unblock {name}
        </Button>
      ) : (
        <Button
          variant="quiet" size="small"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(`Block ${name}? Their posts will be collapsed for you and their mentions will not reach you. They will not be told.`)) return;
            await after(await block({ userId }), `You blocked ${name}.`);
          }}
        >
          Block {name}
        </Button>
      )}
      <span className="small muted" role="status">
        {said}
      </span>
    </>
  );
}
