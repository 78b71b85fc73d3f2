import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { Button, ButtonLink, ErrorAlert } from '@community-hub/web-ui';
import { DECLINED_TEXT, MY_STATUS_TEXT, ROLE_LABELS } from './labels';
import { MEMBERSHIP_CONTEXT, type NetworkDetails } from './network-context';
import { joinNetworkMutation, leaveNetworkMutation } from './networks.documents';

interface MembershipPanelProps {
  network: NetworkDetails;
  refresh(): void;
  /** Ids of memberships that ended while the page was open (`membershipRemoved`). */
  removedIds?: readonly string[];
}

/** The caller's place in the network, and the one thing they can do about it. */
export function MembershipPanel({ network, refresh, removedIds = [] }: MembershipPanelProps) {
  const { user } = useSession();
  const navigate = useNavigate();
  const [joining, join] = useMutation(joinNetworkMutation);
  const [leaving, leave] = useMutation(leaveNetworkMutation);
  const problem = describeError(joining.error ?? leaving.error);
  const known = network.myMembership;
  // A removal event ends the membership at once; the refetched network agrees a moment later.
  const membership = known && !removedIds.includes(known.id) ? known : null;

  // Your request, as last seen waiting: if it is removed and you did not withdraw it
  // here, a coordinator declined it. That is said until you act again.
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [withdrawnIds, setWithdrawnIds] = useState<readonly string[]>([]);
  const [acknowledgedId, setAcknowledgedId] = useState<string | null>(null);
  const knownPendingId = known?.status === 'PENDING' ? known.id : null;
  useEffect(() => {
    if (knownPendingId) setPendingId(knownPendingId);
  }, [knownPendingId]);
  const declined =
    !membership &&
    pendingId !== null &&
    removedIds.includes(pendingId) &&
    !withdrawnIds.includes(pendingId) &&
    acknowledgedId !== pendingId;

  if (!user) {
    return (
      <section aria-labelledby="membership-heading" className="panel">
        <h2 id="membership-heading">Membership</h2>
        <p>Sign in to join this network and take part. New here? Create an account: it takes a minute.</p>
        <p className="actions">
          <ButtonLink to={signInPath(`/n/${network.slug}`)} variant="primary">
            Sign in to join
          </ButtonLink>
          <ButtonLink to={`/signup?next=${encodeURIComponent(`/n/${network.slug}`)}`}>Create an account</ButtonLink>
        </p>
      </section>
    );
  }

  async function onJoin() {
    setAcknowledgedId(pendingId);
    await join({ networkId: network.id }, MEMBERSHIP_CONTEXT);
  }

  async function onLeave(question: string) {
    if (!window.confirm(question)) return;
    // Your own leaving comes back as a removal event too; it is not a decline.
    const id = membership?.id;
    if (id) setWithdrawnIds((ids) => [...ids, id]);
    const result = await leave({ networkId: network.id }, MEMBERSHIP_CONTEXT);
    if (result.error) return;
    // A private network is out of sight once you leave it.
    if (network.visibility === 'PRIVATE') navigate('/');
    else refresh();
  }

  return (
    <section aria-labelledby="membership-heading" className="panel">
      <h2 id="membership-heading">Membership</h2>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      {membership || declined ? (
        // One live region for every state, so a change (e.g. waiting -> declined) is announced.
        <p
          role="status"
          className={`membership-status membership-${membership ? membership.status.toLowerCase() : 'declined'}`}
        >
          {membership ? MY_STATUS_TEXT[membership.status] : DECLINED_TEXT}
        </p>
      ) : null}
      {membership ? (
        <>
          {membership.status === 'ACTIVE' && membership.role !== 'MEMBER' ? (
            <p>Your role: {ROLE_LABELS[membership.role]}</p>
          ) : null}
          {membership.status === 'ACTIVE' && membership.organisation ? (
            <p>You represent {membership.organisation.name} here.</p>
          ) : null}
          {membership.status === 'SUSPENDED' ? <p>Please contact a coordinator of this network if you think this is a mistake.</p> : null}
          <div className="actions">
            {membership.status === 'ACTIVE' ? (
              <Button
                variant="secondary"
                disabled={leaving.fetching}
                onClick={() => onLeave(`Leave ${network.name}? You can ask to join again later.`)}
              >
                Leave network
              </Button>
            ) : null}
            {membership.status === 'PENDING' ? (
              <Button
                variant="secondary"
                disabled={leaving.fetching}
                onClick={() => onLeave(`Withdraw your request to join ${network.name}?`)}
              >
                Withdraw request
              </Button>
            ) : null}
          </div>
        </>
      ) : (
        <>
          <p>
            {network.visibility === 'PUBLIC'
              ? 'You are not a member yet. Anyone can join this network.'
              : 'You are not a member yet. A coordinator will look at your request to join.'}
          </p>
          <div className="actions">
            <Button variant="primary" disabled={joining.fetching} onClick={onJoin}>
              {network.visibility === 'PUBLIC' ? 'Join network' : 'Ask to join'}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
