import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Badge, Button, ErrorAlert, formatFullDate, formatRelative, ListPageState } from '@community-hub/web-ui';
import { mySessionsQuery, revokeOtherSessionsMutation, revokeSessionMutation } from './sessions.documents';
import { useSession } from './session';

/** Queries listing sessions or security activity are refreshed by mutations that change them. */
export const SESSIONS_CONTEXT = { additionalTypenames: ['Session', 'SecurityLogEntry'] };

/** "Signed in on these devices": each device with when it was last seen, "Sign out" per device and "Sign out everywhere else". */
export function SignedInDevices() {
  const [{ data, fetching, error }] = useQuery({ query: mySessionsQuery, context: SESSIONS_CONTEXT, requestPolicy: 'cache-and-network' });
  const [revoking, revoke] = useMutation(revokeSessionMutation);
  const [revokingOthers, revokeOthers] = useMutation(revokeOtherSessionsMutation);
  const { signOut } = useSession();
  const [status, setStatus] = useState('');
  const problem = describeError(revoking.error ?? revokingOthers.error);
  const loadProblem = describeError(error);
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((session) => !session.current);

  async function signOutDevice(id: string, device: string, current: boolean) {
    setStatus('');
    if (current) {
      await signOut();
      return;
    }
    const result = await revoke({ id }, SESSIONS_CONTEXT);
    if (!result.error) setStatus(`Signed out ${device}.`);
  }

  async function signOutOthers() {
    setStatus('');
    const result = await revokeOthers({}, SESSIONS_CONTEXT);
    const count = result.data?.revokeOtherSessions;
    if (count !== undefined) setStatus(count === 1 ? 'Signed out 1 other device.' : `Signed out ${count} other devices.`);
  }

  return (
    <section aria-labelledby="devices-heading" className="panel stack">
      <h2 id="devices-heading">Signed in on these devices</h2>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <p role="status" className="muted">
        {status}
      </p>
      {(fetching && !data) || loadProblem ? (
        <ListPageState loading={fetching && !data} problem={loadProblem} label="Loading your devices…" />
      ) : (
        <ul className="row-list" aria-labelledby="devices-heading">
          {sessions.map((session) => (
            <li key={session.id} className="row">
              <div className="row-main stack-small">
                <p>
                  <strong>{session.device}</strong> {session.current ? <Badge tone="info">This device</Badge> : null}
                </p>
                <p className="muted small">
                  Last seen <time dateTime={session.lastSeenAt} title={formatFullDate(session.lastSeenAt)}>{formatRelative(session.lastSeenAt)}</time>
                  <span aria-hidden="true"> · </span>
                  <span className="visually-hidden">, </span>
                  signed in {formatFullDate(session.createdAt)}
                </p>
              </div>
              <Button
                size="small"
                onClick={() => signOutDevice(session.id, session.device, session.current)}
                disabled={revoking.fetching}
                aria-label={session.current ? 'Sign out of this device' : `Sign out ${session.device}, last seen ${formatRelative(session.lastSeenAt)}`}
              >
                Sign out
              </Button>
            </li>
          ))}
        </ul>
      )}
      {others.length ? (
        <div className="actions">
          <Button onClick={signOutOthers} disabled={revokingOthers.fetching}>
            Sign out everywhere else
          </Button>
        </div>
      ) : null}
    </section>
  );
}
