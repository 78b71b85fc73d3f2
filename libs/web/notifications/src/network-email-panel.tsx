import { useMutation, useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { canCoordinate, useNetworkContext } from '@community-hub/web-networks';
import { ErrorAlert } from '@community-hub/web-ui';
import { networkEmailQuery, setNetworkThreadsByEmailMutation } from './email-in.documents';

/**
 * On a network's home page: the address that starts a thread by email, for
 * members while the network allows it, and the switch for coordinators.
 * Shows nothing to anyone else.
 */
export function NetworkEmailPanel() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const coordinator = canCoordinate(network.myMembership, user);
  const [{ data }] = useQuery({ query: networkEmailQuery, variables: { slug: network.slug }, pause: !user });
  const [state, setEnabled] = useMutation(setNetworkThreadsByEmailMutation);
  // The mutation's answer is the newest word until the query is fetched again.
  const settings = state.data?.setNetworkThreadsByEmail ?? data?.network;
  if (!user || !settings || (!settings.emailAddress && !coordinator)) return null;
  const problem = describeError(state.error);
  const switchId = `threads-by-email-${network.id}`;

  return (
    <section aria-labelledby="email-in-heading" className="panel stack-small">
      <h2 id="email-in-heading">Start a discussion by email</h2>
      {settings.emailAddress ? (
        <p>
          Send an email to <a href={`mailto:${settings.emailAddress}`}>{settings.emailAddress}</a> from your account&apos;s address: the subject
          becomes the title. The first time, we ask you to confirm by replying.
        </p>
      ) : (
        <p className="muted">Members cannot start discussions by email here.</p>
      )}
      {coordinator ? (
        <div className="checkbox">
          <input
            type="checkbox"
            id={switchId}
            checked={settings.threadsByEmail}
            disabled={state.fetching}
            onChange={(event) => void setEnabled({ networkId: network.id, enabled: event.target.checked })}
          />
          <label htmlFor={switchId}>Let members start discussions by email</label>
        </div>
      ) : null}
      <ErrorAlert>{problem?.message}</ErrorAlert>
    </section>
  );
}
