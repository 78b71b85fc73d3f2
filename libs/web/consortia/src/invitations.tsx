import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type MyConsortiumInvitationsQuery } from '@community-hub/web-graphql';
import { Button, EmptyState, ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { myConsortiaQuery, myConsortiumInvitationsQuery, respondToInvitationMutation } from './consortia.documents';
import { ConsortiumStatusBadge, consortiumPath, formatUkDateTime, opportunityPath, ROLE_LABELS } from './consortia-shared';
import { DeadlineReminders } from './deadline-reminders';
import './consortia.css';

type Invitation = MyConsortiumInvitationsQuery['myConsortiumInvitations'][number];

const INVITATIONS_CONTEXT = { additionalTypenames: ['ConsortiumMember', 'Consortium'] };

/** /consortia/invitations: invitations to organisations the person represents, to accept or decline. */
export function InvitationsPage() {
  useDocumentTitle('Consortium invitations');
  return (
    <div className="stack-large">
      <h1>Consortium invitations</h1>
      <InvitationInbox />
      <p>
        <Link to="/consortia">See my consortia</Link>
      </p>
    </div>
  );
}

/** /consortia: the person's consortia, invitations waiting and deadlines coming up. */
export function MyConsortiaPage() {
  useDocumentTitle('My consortia');
  return (
    <div className="stack-large">
      <h1>My consortia</h1>
      <DeadlineReminders />
      <InvitationInbox />
      <MyConsortiaList />
    </div>
  );
}

export function InvitationInbox() {
  const [{ data, fetching, error }] = useQuery({ query: myConsortiumInvitationsQuery, context: INVITATIONS_CONTEXT, requestPolicy: 'cache-and-network' });
  const [answered, setAnswered] = useState<{ text: string; link?: string } | null>(null);
  const invitations = data?.myConsortiumInvitations ?? [];
  return (
    <section aria-labelledby="invitations-heading" className="stack">
      <h2 id="invitations-heading">Invitations</h2>
      <div role="status" aria-live="polite" className="success">
        {answered ? (
          <p>
            {answered.text} {answered.link ? <Link to={answered.link}>Open the consortium</Link> : null}
          </p>
        ) : null}
      </div>
      {fetching && !data ? <Loading label="Loading invitations…" /> : null}
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {data && !invitations.length ? <EmptyState>No invitations waiting.</EmptyState> : null}
      {invitations.length ? (
        <ul className="row-list" aria-labelledby="invitations-heading">
          {invitations.map((invitation) => (
            <InvitationRow key={invitation.id} invitation={invitation} onAnswered={setAnswered} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function InvitationRow({ invitation, onAnswered }: { invitation: Invitation; onAnswered(answer: { text: string; link?: string }): void }) {
  const [state, respond] = useMutation(respondToInvitationMutation);
  const problem = describeError(state.error, {
    CONFLICT: 'This invitation has already been answered or the consortium is no longer forming.',
    FORBIDDEN: 'Only representatives of the invited organisation can answer.',
  });
  const consortium = invitation.consortium;
  const slug = consortium.network.slug;

  async function answer(accept: boolean) {
    const result = await respond({ memberId: invitation.id, accept }, INVITATIONS_CONTEXT);
    if (result.data) {
      onAnswered(
        accept
          ? { text: `${invitation.organisation.name} has joined ${consortium.name}.`, link: consortiumPath(slug, consortium.id) }
          : { text: `You declined the invitation to ${consortium.name}.` },
      );
    }
  }

  return (
    <li className="row">
      <div className="row-main stack-small">
        <h3 className="thread-title">{consortium.name}</h3>
        <p>
          <strong>{invitation.organisation.name}</strong> is invited as {ROLE_LABELS[invitation.role].toLowerCase()}, led by {consortium.lead.name}
          {invitation.invitedBy ? ` (invited by ${invitation.invitedBy.name})` : ''}.
        </p>
        <p className="small">
          For <Link to={opportunityPath(slug, consortium.opportunity.id)}>{consortium.opportunity.title}</Link> ({consortium.opportunity.funder}) in{' '}
          {consortium.network.name}. Submission deadline: <time dateTime={consortium.opportunity.deadline}>{formatUkDateTime(consortium.opportunity.deadline)}</time>{' '}
          (UK time).
        </p>
        <ErrorAlert>{problem?.message}</ErrorAlert>
      </div>
      <div className="row-actions actions">
        <Button
          variant="primary" size="small"
          disabled={state.fetching}
          aria-label={`Accept the invitation to ${consortium.name} for ${invitation.organisation.name}`}
          onClick={() => answer(true)}
        >
          Accept
        </Button>
        <Button
          variant="secondary" size="small"
          disabled={state.fetching}
          aria-label={`Decline the invitation to ${consortium.name} for ${invitation.organisation.name}`}
          onClick={() => answer(false)}
        >
          Decline
        </Button>
      </div>
    </li>
  );
}

export function MyConsortiaList() {
  const [{ data, fetching, error }] = useQuery({ query: myConsortiaQuery, context: INVITATIONS_CONTEXT, requestPolicy: 'cache-and-network' });
  const consortia = data?.myConsortia ?? [];
  return (
    <section aria-labelledby="my-consortia-list-heading" className="stack">
      <h2 id="my-consortia-list-heading">Consortia you are in</h2>
      {fetching && !data ? <Loading label="Loading consortia…" /> : null}
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {data && !consortia.length ? <EmptyState>You are not in any consortium yet. Find opportunities on your networks’ boards.</EmptyState> : null}
      {consortia.length ? (
        <ul className="row-list" aria-labelledby="my-consortia-list-heading">
          {consortia.map((consortium) => (
            <li key={consortium.id} className="row">
              <div className="row-main stack-small">
                <h3 className="thread-title">
                  <Link to={consortiumPath(consortium.network.slug, consortium.id)}>{consortium.name}</Link>
                </h3>
                <p className="badges">
                  <ConsortiumStatusBadge status={consortium.status} />
                </p>
                <p className="muted small">
                  {consortium.opportunity.title} · {consortium.network.name} · led by {consortium.lead.name}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
