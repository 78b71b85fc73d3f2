import { useEffect, useState, type ReactNode } from 'react';
import { useSubscription } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { MarkdownText, useDocumentTitle, preloadMarkdown } from '@community-hub/web-ui';
import { WelcomeNotice } from './welcome-notice';
import { JoinRequests } from './join-requests';
import { VISIBILITY_EXPLAINED, canCoordinate } from './labels';
import { MembershipPanel } from './membership-panel';
import { MEMBERSHIP_CONTEXT, useNetworkContext } from './network-context';
import { membershipRemovedSubscription, membershipUpdatedSubscription } from './networks.documents';

/**
 * /n/:slug: what the network is, your place in it and, for coordinators, who is
 * waiting to join. `children` (e.g. the latest discussions, from another feature)
 * go under the description on wide screens; on a phone (one column, in this order)
 * they come straight after your place in the network, before the description.
 */
export function NetworkOverviewPage({ children }: { children?: ReactNode }) {
  // The text is Markdown: its renderer loads while the data does.
  preloadMarkdown();
  const { network, refresh } = useNetworkContext();
  const { user } = useSession();
  useDocumentTitle(network.name);
  const coordinator = canCoordinate(network.myMembership, user);
  const liveVersion = useMembershipEvents(network.id, !!user, refresh);
  const removedIds = useMembershipRemovals(network.id, !!user);

  return (
    <div className="overview">
      <WelcomeNotice network={network} />
      <div className="overview-side stack">
        <MembershipPanel network={network} refresh={refresh} removedIds={removedIds} />
      </div>
      {children ? <div className="overview-main">{children}</div> : null}
      <section aria-labelledby="about-heading" className="overview-about">
        <h2 id="about-heading" className="visually-hidden">
          About this network
        </h2>
        {network.description.trim() ? (
          <MarkdownText source={network.description} className="description" />
        ) : (
          <p className="muted">This network has not written a description yet.</p>
        )}
        <p className="muted">{VISIBILITY_EXPLAINED[network.visibility]}</p>
      </section>
      {coordinator ? (
        <div className="overview-wide">
          <JoinRequests network={network} liveVersion={liveVersion} removedIds={removedIds} />
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

const NO_REMOVALS: readonly string[] = [];

/**
 * Listens to `membershipRemoved` for this network: ids of memberships that ended
 * (a declined request, someone leaving): your own, or everyone's if you coordinate
 * it. Returns every id seen so far, so the panel and the queue can drop them at once.
 *
 * The subscription carries MEMBERSHIP_CONTEXT: urql's document cache invalidates
 * `additionalTypenames` on every subscription result, so each event refetches the
 * queries on screen that show memberships (the network and your place in it, the
 * queue with its count) and drops cached ones (member lists, the directory, "my
 * networks"), which are fetched again when next shown.
 */
function useMembershipRemovals(networkId: string, signedIn: boolean): readonly string[] {
  const [{ data }] = useSubscription(
    {
      query: membershipRemovedSubscription,
      variables: { networkId },
      pause: !signedIn,
      context: MEMBERSHIP_CONTEXT,
    },
    (seen: string[] = [], event) => (seen.includes(event.membershipRemoved) ? seen : [...seen, event.membershipRemoved]),
  );
  return data ?? NO_REMOVALS;
}
