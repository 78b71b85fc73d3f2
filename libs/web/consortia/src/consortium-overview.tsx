import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type ConsortiumRole, type ConsortiumStatus, type ProblemMessages } from '@community-hub/web-graphql';
import { Button, ErrorAlert, formatFullDate, SelectField, sentence, TextAreaField } from '@community-hub/web-ui';
import { directoryOrganisationsQuery, inviteToConsortiumMutation, setConsortiumStatusMutation } from './consortia.documents';
import { CONSORTIUM_CONTEXT, useConsortiumContext, type ConsortiumDetails } from './consortium-context';
import {
  CONSORTIUM_STATUS_LABELS,
  ConsortiumStatusBadge,
  formatUkDateTime,
  MemberStatusBadge,
  NEXT_STATUSES,
  opportunityPath,
  ROLE_LABELS,
} from './consortia-shared';

/** What the API's codes mean on this page. */
export const CONSORTIUM_MESSAGES: ProblemMessages = {
  FORBIDDEN: 'Only representatives of the lead organisation can do that.',
  NOT_FOUND: 'That organisation or consortium could not be found, or you no longer have access to it.',
};

/** The consortium's first tab: who is in it, invitations and the status. */
export function ConsortiumOverview() {
  const { consortium, isLead } = useConsortiumContext();
  const slug = consortium.network.slug;
  return (
    <div className="stack-large">
      <section aria-labelledby="about-heading" className="stack-small">
        <h2 id="about-heading" className="visually-hidden">
          About this consortium
        </h2>
        <dl className="facts">
          <div>
            <dt>Opportunity</dt>
            <dd>
              <Link to={opportunityPath(slug, consortium.opportunity.id)}>{consortium.opportunity.title}</Link> ({consortium.opportunity.funder})
            </dd>
          </div>
          <div>
            <dt>Submission deadline</dt>
            <dd>
              <time dateTime={consortium.opportunity.deadline}>{formatUkDateTime(consortium.opportunity.deadline)}</time> (UK time)
            </dd>
          </div>
          <div>
            <dt>Lead organisation</dt>
            <dd>{consortium.lead.name}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <ConsortiumStatusBadge status={consortium.status} /> <span className="muted small">since {formatFullDate(consortium.statusChangedAt)}</span>
            </dd>
          </div>
          {consortium.outcome ? (
            <div>
              <dt>Outcome</dt>
              <dd>{consortium.outcome}</dd>
            </div>
          ) : null}
          {consortium.feedback ? (
            <div>
              <dt>Funder’s feedback</dt>
              <dd>{consortium.feedback}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <MemberList consortium={consortium} />
      {isLead && consortium.status === 'FORMING' ? <InviteForm consortium={consortium} /> : null}
      {isLead && NEXT_STATUSES[consortium.status].length ? <StatusForm key={consortium.status} consortium={consortium} /> : null}
      {!isLead ? <p className="muted small">The lead organisation’s representatives invite partners and move the status.</p> : null}
    </div>
  );
}

function MemberList({ consortium }: { consortium: ConsortiumDetails }) {
  return (
    <section aria-labelledby="members-heading" className="stack-small">
      <h2 id="members-heading">Members</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Member organisations, the lead first">
        <table className="data-table">
          <caption className="visually-hidden">Member organisations, the lead first</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {consortium.members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.organisation.name}</th>
                <td>{ROLE_LABELS[member.role]}</td>
                <td>
                  <MemberStatusBadge status={member.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function InviteForm({ consortium }: { consortium: ConsortiumDetails }) {
  const [{ data, error: directoryError }] = useQuery({
    query: directoryOrganisationsQuery,
    variables: { slug: consortium.network.slug, first: 100 },
  });
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<ConsortiumRole>('PARTNER');
  const [checked, setChecked] = useState<string | undefined>();
  const [done, setDone] = useState('');
  const [state, invite] = useMutation(inviteToConsortiumMutation);
  const problem = describeError(state.error, CONSORTIUM_MESSAGES);
  const taken = new Set(consortium.members.filter((member) => member.status !== 'DECLINED').map((member) => member.organisation.id));
  const choices = (data?.network?.organisations.nodes ?? []).filter((organisation) => !taken.has(organisation.id));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (!organisationId) {
      setChecked('Choose an organisation to invite.');
      return;
    }
    setChecked(undefined);
    const result = await invite({ input: { consortiumId: consortium.id, organisationId, role } }, CONSORTIUM_CONTEXT);
    const member = result.data?.inviteToConsortium;
    if (member) {
      setDone(`${member.organisation.name} has been invited as ${ROLE_LABELS[member.role].toLowerCase()}.`);
      setOrganisationId('');
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="panel stack">
      <h2 id="invite-heading">Invite an organisation</h2>
      <p className="muted small">From the network’s organisation directory. Their representatives accept or decline from their invitations.</p>
      <p className="success" role="status">
        {done}
      </p>
      <ErrorAlert>{describeError(directoryError)?.message}</ErrorAlert>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ErrorAlert>{problem && !problem.fields['organisationId'] ? problem.message : undefined}</ErrorAlert>
        <div className="field-row">
          <SelectField
            label="Organisation to invite"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            error={checked ?? sentence(problem?.fields['organisationId'])}
            hint={data && !choices.length ? 'Every organisation in the directory is already in or invited.' : undefined}
          >
            <option value="">Choose an organisation</option>
            {choices.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as ConsortiumRole)}>
            <option value="PARTNER">{ROLE_LABELS.PARTNER}</option>
            <option value="SUBCONTRACTOR">{ROLE_LABELS.SUBCONTRACTOR}</option>
          </SelectField>
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" disabled={state.fetching}>
            Send invitation
          </Button>
        </div>
      </form>
    </section>
  );
}

function StatusForm({ consortium }: { consortium: ConsortiumDetails }) {
  const next = NEXT_STATUSES[consortium.status];
  const [status, setStatus] = useState<ConsortiumStatus>(next[0]);
  const [outcome, setOutcome] = useState(consortium.outcome);
  const [feedback, setFeedback] = useState(consortium.feedback);
  const [done, setDone] = useState('');
  const [state, setConsortiumStatus] = useMutation(setConsortiumStatusMutation);
  const problem = describeError(state.error, CONSORTIUM_MESSAGES);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const result = await setConsortiumStatus(
      { input: { consortiumId: consortium.id, status, outcome: outcome.trim(), feedback: feedback.trim() } },
      CONSORTIUM_CONTEXT,
    );
    if (result.data) setDone(`Status changed to ${CONSORTIUM_STATUS_LABELS[status]}.`);
  }

  return (
    <section aria-labelledby="status-heading" className="panel stack">
      <h2 id="status-heading">Change the status</h2>
      <p className="success" role="status">
        {done}
      </p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <SelectField label="New status" value={status} onChange={(e) => setStatus(e.target.value as ConsortiumStatus)}>
          {next.map((value) => (
            <option key={value} value={value}>
              {CONSORTIUM_STATUS_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Outcome"
          hint="What happened, e.g. “Awarded lot 2 for three years”."
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
          rows={2}
          error={sentence(problem?.fields['outcome'])}
        />
        <TextAreaField label="Funder’s feedback" value={feedback} onChange={(e) => setFeedback(e.target.value)} rows={3} error={sentence(problem?.fields['feedback'])} />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={state.fetching}>
            Change status
          </Button>
        </div>
      </form>
    </section>
  );
}
