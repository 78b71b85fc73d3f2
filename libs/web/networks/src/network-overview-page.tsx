import { useEffect, useState } from 'react';
import { useSubscription } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { PlainText, useDocumentTitle } from '@community-hub/web-ui';
import { JoinRequests } from './join-requests';
import { VISIBILITY_EXPLAINED, canCoordinate } from './labels';
import { MembershipPanel } from './membership-panel';
import { useNetworkContext } from './network-context';
import { membershipUpdatedSubscription } from './networks.documents';

/** /n/:slug: what the network is, your place in it and, for coordinators, who is waiting to join. */
export function NetworkOverviewPage() {
  const { network, refresh } = useNetworkContext();
  const { user } = useSession();
  useDocumentTitle(network.name);
  const coordinator = canCoordinate(network.myMembership, user);
  const liveVersion = useMembershipEvents(network.id, !!user, refresh);

  return (
    <div className="overview">
      <section aria-labelledby="about-heading" className="overview-about">
        <h2 id="about-heading" className="visually-hidden">
          About this network
        </h2>
        {network.description.trim() ? (
          <PlainText text={network.description} className="description" />
        ) : (
          <p className="muted">This network has not written a description yet.</p>
        )}
        <p className="muted">{VISIBILITY_EXPLAINED[network.visibility]}</p>
      </section>
      <div className="overview-side stack">
        <MembershipPanel network={network} refresh={refresh} />
      </div>
      {coordinator ? (
        <div className="overview-wide">
          <JoinRequests network={network} liveVersion={liveVersion} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * Listens to `membershipUpdated` for this network (your own changes, or everyone's
 * if you coordinate it). Each event refetches the network, so your status flips
 * without a reload; the returned counter lets lists refetch too.
 */
function useMembershipEvents(networkId: string, signedIn: boolean, refresh: () => void): number {
  const [{ data }] = useSubscription({
    query: membershipUpdatedSubscription,
    variables: { networkId },
    pause: !signedIn,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!data) return;
    setVersion((v) => v + 1);
    refresh();
  }, [data, refresh]);
  return version;
}
