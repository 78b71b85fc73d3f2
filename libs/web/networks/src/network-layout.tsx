import { useCallback, useMemo } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Badge, ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { useSession } from '@community-hub/web-accounts';
import { canCoordinate, VISIBILITY_LABELS } from './labels';
import { MEMBERSHIP_CONTEXT, type NetworkOutletContext } from './network-context';
import { networkQuery } from './networks.documents';

/** /n/:slug and its tabs: the network's name and sub-navigation, then the tab. */
export function NetworkLayout() {
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: networkQuery,
    variables: { slug },
    context: MEMBERSHIP_CONTEXT,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const network = data?.network ?? null;
  const { user } = useSession();
  const outlet = useMemo<NetworkOutletContext | null>(() => (network ? { network, refresh } : null), [network, refresh]);

  if (fetching && !data) return <Loading label="Loading network…" />;
  if (!network || !outlet) {
    return <NetworkNotFound message={error ? describeError(error)?.message : undefined} />;
  }

  const base = `/n/${network.slug}`;
  return (
    <div className="stack-large">
      <div className="page-heading">
        <p className="eyebrow">
          <Link to="/">Networks</Link> <span aria-hidden="true">›</span> {network.area}
        </p>
        <h1>{network.name}</h1>
        <p className="badges">
          <Badge tone={network.visibility === 'PUBLIC' ? 'info' : 'neutral'}>{VISIBILITY_LABELS[network.visibility]}</Badge>
        </p>
      </div>
      <nav aria-label="Network sections" className="tabs">
        <NavLink to={base} end>
          About
        </NavLink>
        <NavLink to={`${base}/threads`}>Discussions</NavLink>
        <NavLink to={`${base}/members`}>Members</NavLink>
        <NavLink to={`${base}/organisations`}>Organisations</NavLink>
        <NavLink to={`${base}/library`}>Library</NavLink>
        <NavLink to={`${base}/events`}>Events</NavLink>
        <NavLink to={`${base}/opportunities`}>Opportunities</NavLink>
        {canCoordinate(network.myMembership, user) ? <NavLink to={`${base}/settings`}>Settings</NavLink> : null}
      </nav>
      <Outlet context={outlet} />
    </div>
  );
}

function NetworkNotFound({ message }: { message?: string }) {
  const heading = message ? 'We could not load this network' : 'Network not found';
  useDocumentTitle(heading);
  return (
    <div className="stack">
      <h1>{heading}</h1>
      <ErrorAlert>{message}</ErrorAlert>
      {message ? null : <p>There is no network at this address, or it is private and you are not a member.</p>}
      <p>
        <Link to="/">See all networks</Link>
      </p>
    </div>
  );
}
