import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import {
  describeError,
  type ApiProblem,
  type InvitationPreviewOutcome,
  type NetworkInvitationPreviewQuery,
  type NetworkInvitationStatus,
} from '@community-hub/web-graphql';
import { Badge, Button, EmptyState, ErrorAlert, Loading, RelativeTime, TextAreaField, useDocumentTitle, type BadgeTone } from '@community-hub/web-ui';
import { canCoordinate } from './labels';
import { useNetworkContext } from './network-context';
import {
  invitationPreviewQuery,
  inviteToNetworkMutation,
  networkInvitationsQuery,
  resendInvitationMutation,
  revokeInvitationMutation,
} from './network-admin.documents';
import { parseInvitees, type InviteeRow } from './invitee-list';

const OUTCOME_TEXT: Record<InvitationPreviewOutcome, string> = {
  INVITE: 'Will be invited',
  REINVITE: 'Invitation expired: will be sent again',
  ALREADY_MEMBER: 'Already a member',
  ALREADY_INVITED: 'Already invited',
  DUPLICATE: 'Listed twice',
  INVALID: 'Not a valid address',
};
const OUTCOME_TONE: Record<InvitationPreviewOutcome, BadgeTone> = {
  INVITE: 'success',
  REINVITE: 'success',
  ALREADY_MEMBER: 'neutral',
  ALREADY_INVITED: 'neutral',
  DUPLICATE: 'neutral',
  INVALID: 'danger',
};
const STATUS_TEXT: Record<NetworkInvitationStatus, string> = { PENDING: 'Pending', ACCEPTED: 'Accepted', REVOKED: 'Revoked', EXPIRED: 'Expired' };
const CONTEXT = { additionalTypenames: ['NetworkInvitation'] };

type Preview = NetworkInvitationPreviewQuery['networkInvitationPreview'];

/** /n/:slug/invitations: invite by email (one, a pasted list or a CSV, after a dry run) and look after pending invitations. */
export function NetworkInvitationsPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  useDocumentTitle(`Invitations · ${network.name}`);
  if (!canCoordinate(network.myMembership, user)) {
    return <ErrorAlert title="Coordinators only">Only the network&apos;s coordinators and admins can invite people.</ErrorAlert>;
  }
  return (
    <div className="stack-large">
      <InviteForm networkId={network.id} />
      <InvitationList slug={network.slug} />
    </div>
  );
}

function InviteForm({ networkId }: { networkId: string }) {
  const client = useClient();
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [rows, setRows] = useState<InviteeRow[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [, invite] = useMutation(inviteToNetworkMutation);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setPreview(null);
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const parsed = parseInvitees(text);
    if (!parsed.length) {
      setProblem({ code: 'BAD_USER_INPUT', message: 'Paste at least one email address, or choose a CSV file.', fields: {} });
      return;
    }
    setBusy(true);
    const result = await client
      .query(invitationPreviewQuery, { input: { networkId, emails: [], invitees: parsed, message } }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (result.error || !result.data) return setProblem(describeError(result.error));
    setRows(parsed);
    setPreview(result.data.networkInvitationPreview);
    requestAnimationFrame(() => previewHeading.current?.focus());
  }

  async function send() {
    if (!preview) return;
    const sendable = new Set(preview.rows.filter((r) => r.outcome === 'INVITE' || r.outcome === 'REINVITE').map((r) => r.line));
    const invitees = rows.filter((_, i) => sendable.has(i + 1));
    setBusy(true);
    const result = await invite({ input: { networkId, emails: [], invitees, message: message.trim() || undefined } }, CONTEXT);
    setBusy(false);
    if (result.error) return setProblem(describeError(result.error));
    const count = result.data?.inviteToNetwork.length ?? 0;
    setDone(`${count} ${count === 1 ? 'invitation' : 'invitations'} sent.`);
    setPreview(null);
    setText('');
    setRows([]);
  }

  return (
    <section aria-labelledby="invite-heading" className="stack">
      <h2 id="invite-heading">Invite people</h2>
      <form onSubmit={check} className="stack narrow-form" noValidate aria-busy={busy || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        {done ? (
          <p role="status" className="notice-success">
            {done}
          </p>
        ) : null}
        <TextAreaField
          label="Email addresses"
          hint="One a line, or name,email,organisation a line (as in a spreadsheet). No accounts are made: each person gets an email with a link, valid 14 days."
          rows={6}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPreview(null);
          }}
        />
        <div className="field">
          <label htmlFor="invite-csv">Or choose a CSV file (name,email,organisation)</label>
          <input id="invite-csv" type="file" accept=".csv,text/csv,text/plain" onChange={readFile} />
        </div>
        <TextAreaField label="Message (optional)" hint="Added to the email, as plain text." rows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} />
        <div className="actions">
          <Button type="submit" disabled={busy}>
            Check the list
          </Button>
        </div>
      </form>
      {preview ? (
        <section aria-labelledby="preview-heading" className="stack">
          <h3 id="preview-heading" tabIndex={-1} ref={previewHeading}>
            What will happen: {preview.toSend} {preview.toSend === 1 ? 'invitation' : 'invitations'} to send
          </h3>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Each row of the list and what inviting it will do</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Email</th>
                  <th scope="col">Name</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.email || '—'}</td>
                    <td>{row.name}</td>
                    <td>{row.organisation}</td>
                    <td>
                      <Badge tone={OUTCOME_TONE[row.outcome]}>{OUTCOME_TEXT[row.outcome]}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <Button variant="primary" onClick={send} disabled={busy || preview.toSend === 0}>
              Send {preview.toSend} {preview.toSend === 1 ? 'invitation' : 'invitations'}
            </Button>
            <Button onClick={() => setPreview(null)}>Change the list</Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}

function InvitationList({ slug }: { slug: string }) {
  const [status, setStatus] = useState<NetworkInvitationStatus | ''>('PENDING');
  const [{ data, fetching, error }] = useQuery({
    query: networkInvitationsQuery,
    variables: { slug, status: status || null, first: 50 },
    context: CONTEXT,
  });
  const [, resend] = useMutation(resendInvitationMutation);
  const [, revoke] = useMutation(revokeInvitationMutation);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const invitations = data?.network?.invitations;

  async function act(kind: 'resend' | 'revoke', id: string, email: string) {
    setProblem(null);
    const result = kind === 'resend' ? await resend({ invitationId: id }, CONTEXT) : await revoke({ invitationId: id }, CONTEXT);
    if (result.error) setProblem(describeError(result.error));
    else setNote(kind === 'resend' ? `Invitation sent again to ${email}.` : `Invitation to ${email} revoked.`);
  }

  return (
    <section aria-labelledby="sent-heading" className="stack">
      <div className="row-between">
        <h2 id="sent-heading">Invitations sent</h2>
        <div className="field inline-field">
          <label htmlFor="invitation-status">Show</label>
          <select id="invitation-status" value={status} onChange={(e) => setStatus(e.target.value as NetworkInvitationStatus | '')}>
            <option value="PENDING">Pending</option>
            <option value="EXPIRED">Expired</option>
            <option value="ACCEPTED">Accepted</option>
            <option value="REVOKED">Revoked</option>
            <option value="">All</option>
          </select>
        </div>
      </div>
      <ErrorAlert>{problem?.message ?? describeError(error)?.message}</ErrorAlert>
      {note ? <p role="status">{note}</p> : null}
      {fetching && !data ? <Loading label="Loading invitations…" /> : null}
      {invitations && !invitations.nodes.length ? <EmptyState>No invitations here.</EmptyState> : null}
      {invitations?.nodes.length ? (
        <ul className="invitation-list">
          {invitations.nodes.map((invitation) => (
            <li key={invitation.id} className="invitation-row">
              <div>
                <strong>{invitation.email}</strong>
                {invitation.name || invitation.organisation ? (
                  <span className="muted"> · {[invitation.name, invitation.organisation].filter(Boolean).join(', ')}</span>
                ) : null}
                <div className="muted">
                  <Badge tone={invitation.status === 'ACCEPTED' ? 'success' : 'neutral'}>{STATUS_TEXT[invitation.status]}</Badge> invited <RelativeTime iso={invitation.createdAt} />
                  {invitation.status === 'PENDING' ? (
                    <>
                      {' '}· expires <RelativeTime iso={invitation.expiresAt} />
                    </>
                  ) : null}
                </div>
              </div>
              {invitation.status === 'PENDING' || invitation.status === 'EXPIRED' ? (
                <div className="actions">
                  <Button size="small" onClick={() => act('resend', invitation.id, invitation.email)} aria-label={`Resend the invitation to ${invitation.email}`}>
                    Resend
                  </Button>
                  <Button size="small" variant="danger" onClick={() => act('revoke', invitation.id, invitation.email)} aria-label={`Revoke the invitation to ${invitation.email}`}>
                    Revoke
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {invitations ? <p className="muted">{invitations.totalCount} in all.</p> : null}
    </section>
  );
}
