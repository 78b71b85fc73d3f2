import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError, type AcceptNetworkInvitationMutation, type ApiProblem } from '@community-hub/web-graphql';
import { Button, ButtonLink, ErrorAlert, Loading, MarkdownText, useDocumentTitle } from '@community-hub/web-ui';
import { MEMBERSHIP_CONTEXT } from './network-context';
import { acceptInvitationMutation, invitationLinkQuery } from './network-admin.documents';

type Accepted = AcceptNetworkInvitationMutation['acceptNetworkInvitation'];

/**
 * /invitations/accept?token=…: the page an invitation email links to. Signed out:
 * sign in or create an account (the invited address filled in), then come back
 * here, where the invitation is accepted. Signed in: one button.
 */
export function AcceptInvitationPage() {
  useDocumentTitle('Invitation');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const returning = params.get('continue') === '1';
  const { user, loading } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: invitationLinkQuery, variables: { token }, pause: !token });
  const [accepting, accept] = useMutation(acceptInvitationMutation);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const tried = useRef(false);
  const link = data?.networkInvitationLink ?? null;

  async function join() {
    setProblem(null);
    const result = await accept({ token }, MEMBERSHIP_CONTEXT);
    if (result.error) setProblem(describeError(result.error));
    else if (result.data) setAccepted(result.data.acceptNetworkInvitation);
  }

  // Back from signing in or up: accept at once, as the person set out to do.
  useEffect(() => {
    if (returning && user && link?.status === 'PENDING' && !tried.current) {
      tried.current = true;
      void join();
    }
  }, [returning, user, link]);

  if (!token) return <ErrorAlert title="This link is incomplete">Open the link from the invitation email again.</ErrorAlert>;
  if (loading || (fetching && !data)) return <Loading label="Looking at the invitation…" />;
  if (error) return <ErrorAlert>{describeError(error)?.message}</ErrorAlert>;
  if (!link) {
    return (
      <div className="narrow stack">
        <h1>This invitation link does not work</h1>
        <p>It may have been replaced by a newer email. Ask the network&apos;s coordinator to send it again.</p>
      </div>
    );
  }

  if (accepted) {
    return (
      <div className="narrow stack">
        <h1>Welcome to {accepted.network.name}</h1>
        <p role="status">You are now a member.</p>
        <MarkdownText source={accepted.network.welcomeMessage} className="welcome-message" />
        <p>
          <ButtonLink to={`/n/${accepted.network.slug}`} variant="primary">
            Go to {accepted.network.name}
          </ButtonLink>
        </p>
      </div>
    );
  }

  const here = `/invitations/accept?token=${encodeURIComponent(token)}&continue=1`;
  const withEmail = (path: string) => `${path}?next=${encodeURIComponent(here)}&email=${encodeURIComponent(link.email)}`;
  const unusable =
    link.status === 'ACCEPTED' ? 'This invitation has been used already.' : link.status === 'REVOKED' ? 'This invitation has been withdrawn.' : link.status === 'EXPIRED' ? 'This invitation has expired. Ask a coordinator to send it again.' : null;
  return (
    <div className="narrow stack">
      <h1>You are invited to join {link.networkName}</h1>
      {unusable ? (
        <ErrorAlert>{unusable}</ErrorAlert>
      ) : user ? (
        <>
          <ErrorAlert>{problem?.message}</ErrorAlert>
          <p>
            You are signed in as {user.name}. The invitation was sent to {link.email}.
          </p>
          <div className="actions">
            <Button variant="primary" onClick={join} disabled={accepting.fetching}>
              Accept and join {link.networkName}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>The invitation was sent to {link.email}. Sign in, or create an account with that address, and you will join straight away.</p>
          <div className="actions">
            <ButtonLink to={withEmail('/signup')} variant="primary">
              Create an account
            </ButtonLink>
            <ButtonLink to={withEmail('/signin')}>Sign in</ButtonLink>
          </div>
          <p className="muted">
            Not expecting this? You can ignore it: no account has been made for you. <Link to="/">About Community Hub</Link>
          </p>
        </>
      )}
    </div>
  );
}
