import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { personPath } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { Button, EmptyState, ErrorAlert, Loading } from '@community-hub/web-ui';
import { MEMBERSHIP_CONTEXT, type NetworkDetails } from './network-context';
import { approveMembershipMutation, declineMembershipMutation, membersQuery } from './networks.documents';

const REQUESTS_PAGE = 50;

/**
 * Coordinators' queue of people asking to join. `liveVersion` goes up on every
 * live membership event, and the list is fetched again. `removedIds` (from
 * `membershipRemoved`: declined elsewhere, withdrawn) leave the list at once.
 */
export function JoinRequests({
  network,
  liveVersion,
  removedIds = [],
}: {
  network: NetworkDetails;
  liveVersion: number;
  removedIds?: readonly string[];
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: membersQuery,
    variables: { slug: network.slug, status: 'PENDING', first: REQUESTS_PAGE },
    context: MEMBERSHIP_CONTEXT,
  });
  const [approving, approve] = useMutation(approveMembershipMutation);
  const [declining, decline] = useMutation(declineMembershipMutation);
  const [announcement, setAnnouncement] = useState('');

  const firstVersion = useRef(liveVersion);
  useEffect(() => {
    if (liveVersion !== firstVersion.current) reexecute({ requestPolicy: 'network-only' });
  }, [liveVersion, reexecute]);

  const members = data?.network?.members;
  const visible = members?.nodes.filter((request) => !removedIds.includes(request.id));
  const requests =
    members && visible ? { nodes: visible, totalCount: members.totalCount - (members.nodes.length - visible.length) } : undefined;
  const busy = approving.fetching || declining.fetching;
  const problem = describeError(approving.error ?? declining.error ?? error);

  async function onApprove(id: string, name: string) {
    const result = await approve({ membershipId: id }, MEMBERSHIP_CONTEXT);
    if (!result.error) setAnnouncement(`${name} is now a member.`);
  }

  async function onDecline(id: string, name: string) {
    const result = await decline({ membershipId: id }, MEMBERSHIP_CONTEXT);
    if (!result.error) setAnnouncement(`You declined the request from ${name}.`);
  }

  return (
    <section aria-labelledby="requests-heading" className="panel">
      <h2 id="requests-heading">Requests to join</h2>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {fetching && !data ? <Loading label="Loading requests…" /> : null}
      {requests && requests.nodes.length === 0 ? <EmptyState>No requests waiting</EmptyState> : null}
      {requests && requests.nodes.length > 0 ? (
        <ul className="row-list">
          {requests.nodes.map((request) => (
            <li key={request.id} className="row">
              <div className="row-main">
                <strong>
                  <Link to={personPath(request.user.id)}>{request.user.name}</Link>
                </strong>
                {request.organisation ? <span className="muted"> for {request.organisation.name}</span> : null}
                <span className="muted small">
                  {' '}
                  asked on <time dateTime={request.createdAt}>{formatDate(request.createdAt)}</time>
                </span>
              </div>
              <div className="row-actions">
                <Button
                  variant="primary" size="small"
                  aria-label={`Approve ${request.user.name}`}
                  disabled={busy}
                  onClick={() => onApprove(request.id, request.user.name)}
                >
                  Approve
                </Button>
                <Button
                  variant="secondary" size="small"
                  aria-label={`Decline ${request.user.name}`}
                  disabled={busy}
                  onClick={() => onDecline(request.id, request.user.name)}
                >
                  Decline
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {requests && requests.totalCount > requests.nodes.length ? (
        <p className="muted">
          Showing the first {requests.nodes.length} of {requests.totalCount} requests; the rest are on the Members tab.
        </p>
      ) : null}
    </section>
  );
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
