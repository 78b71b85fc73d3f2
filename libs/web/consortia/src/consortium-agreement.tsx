import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError, type ConsortiumRole } from '@community-hub/web-graphql';
import { Badge, Button, ErrorAlert, formatFullDate, PlainText, TextAreaField } from '@community-hub/web-ui';
import { signConsortiumAgreementMutation, updateConsortiumAgreementMutation } from './consortia.documents';
import { CONSORTIUM_CONTEXT, useConsortiumContext, type ConsortiumDetails, type ConsortiumMemberDetails } from './consortium-context';
import { CONSORTIUM_MESSAGES } from './consortium-overview';
import { ROLE_LABELS } from './consortia-shared';

function formatShare(value: number | null | undefined): string {
  return value == null ? '–' : `${Number(value.toFixed(2))}%`;
}

/** The agreement checklist: terms, each member's part and share, and sign-off. */
export function ConsortiumAgreement() {
  const { consortium, isLead, myMembers } = useConsortiumContext();
  const agreement = consortium.agreement;
  const accepted = consortium.members.filter((member) => member.status === 'ACCEPTED');
  const [announcement, setAnnouncement] = useState('');
  const drafted = agreement.version > 0;

  return (
    <div className="stack-large">
      <section aria-labelledby="agreement-heading" className="stack">
        <div className="section-heading">
          <h2 id="agreement-heading">Agreement</h2>
          <p className="badges">
            {!drafted ? <Badge>Not drafted yet</Badge> : agreement.complete ? <Badge tone="success">Signed by everyone</Badge> : <Badge tone="warning">Waiting for sign-off</Badge>}
          </p>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {drafted ? (
          <p className="muted small">
            Version {agreement.version}
            {agreement.updatedAt ? `, changed ${formatFullDate(agreement.updatedAt)}` : ''}. Any change needs everyone’s sign-off again.
          </p>
        ) : (
          <p className="muted">The lead organisation drafts the agreement; then each member organisation signs it off.</p>
        )}
        {isLead && drafted && agreement.unsignedMembers.length ? (
          <p className="alert" role="status">
            <strong>Not yet signed:</strong> {agreement.unsignedMembers.map((member) => member.organisation.name).join(', ')}
          </p>
        ) : null}
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Members’ roles and shares">
          <table className="data-table member-table">
            <caption>Members’ roles and shares</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Role</th>
                <th scope="col">Responsibilities</th>
                <th scope="col">Share</th>
                <th scope="col">Signed off</th>
              </tr>
            </thead>
            <tbody>
              {accepted.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.organisation.name}</th>
                  <td>{ROLE_LABELS[member.role]}</td>
                  <td>{member.responsibilities || <span className="muted">–</span>}</td>
                  <td>{formatShare(member.sharePercent)}</td>
                  <td>{member.signed ? `Yes${member.signedBy ? `, by ${member.signedBy.name}` : ''}` : 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total share
                </th>
                <td colSpan={2}>{formatShare(agreement.totalSharePercent)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <dl className="facts">
          <div>
            <dt>Data sharing</dt>
            <dd>{agreement.dataSharing ? <PlainText text={agreement.dataSharing} /> : <span className="muted">Not written yet</span>}</dd>
          </div>
          <div>
            <dt>Exit terms</dt>
            <dd>{agreement.exitTerms ? <PlainText text={agreement.exitTerms} /> : <span className="muted">Not written yet</span>}</dd>
          </div>
        </dl>
        {drafted
          ? myMembers
              .filter((member) => !member.signed)
              .map((member) => (
                <SignOff key={member.id} consortiumId={consortium.id} member={member} onSigned={(name) => setAnnouncement(`Signed off for ${name}.`)} />
              ))
          : null}
      </section>
      {isLead ? <AgreementEditor key={`${agreement.version}`} consortium={consortium} onSaved={() => setAnnouncement('Agreement saved. Every member needs to sign it off again.')} /> : null}
    </div>
  );
}

function SignOff({ consortiumId, member, onSigned }: { consortiumId: string; member: ConsortiumMemberDetails; onSigned(name: string): void }) {
  const [state, sign] = useMutation(signConsortiumAgreementMutation);
  const problem = describeError(state.error, CONSORTIUM_MESSAGES);
  return (
    <div className="stack-small">
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <Button
        variant="primary"
        disabled={state.fetching}
        onClick={async () => {
          const result = await sign({ consortiumId, organisationId: member.organisation.id }, CONSORTIUM_CONTEXT);
          if (result.data) onSigned(member.organisation.name);
        }}
      >
        Sign off for {member.organisation.name}
      </Button>
    </div>
  );
}

interface Terms {
  role: ConsortiumRole;
  responsibilities: string;
  share: string;
}

function AgreementEditor({ consortium, onSaved }: { consortium: ConsortiumDetails; onSaved(): void }) {
  const accepted = consortium.members.filter((member) => member.status === 'ACCEPTED');
  const [terms, setTerms] = useState<Record<string, Terms>>(() =>
    Object.fromEntries(
      accepted.map((member) => [
        member.id,
        { role: member.role, responsibilities: member.responsibilities, share: member.sharePercent == null ? '' : String(member.sharePercent) },
      ]),
    ),
  );
  const [dataSharing, setDataSharing] = useState(consortium.agreement.dataSharing);
  const [exitTerms, setExitTerms] = useState(consortium.agreement.exitTerms);
  const [invalid, setInvalid] = useState<string | undefined>();
  const [state, update] = useMutation(updateConsortiumAgreementMutation);
  const problem = describeError(state.error, CONSORTIUM_MESSAGES);
  const total = Object.values(terms).reduce((sum, item) => sum + (Number(item.share) || 0), 0);

  const change = (memberId: string, patch: Partial<Terms>) => setTerms((current) => ({ ...current, [memberId]: { ...current[memberId], ...patch } }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const bad = accepted.find((member) => {
      const share = terms[member.id]?.share.trim();
      return share && (!Number.isFinite(Number(share)) || Number(share) < 0 || Number(share) > 100);
    });
    if (bad) {
      setInvalid(`Enter a share between 0 and 100 for ${bad.organisation.name}.`);
      return;
    }
    setInvalid(undefined);
    const result = await update(
      {
        input: {
          consortiumId: consortium.id,
          dataSharing: dataSharing.trim(),
          exitTerms: exitTerms.trim(),
          members: accepted.map((member) => {
            const item = terms[member.id];
            return {
              memberId: member.id,
              role: item.role,
              responsibilities: item.responsibilities.trim(),
              sharePercent: item.share.trim() ? Number(item.share) : null,
            };
          }),
        },
      },
      CONSORTIUM_CONTEXT,
    );
    if (result.data) onSaved();
  }

  return (
    <section aria-labelledby="edit-agreement-heading" className="panel stack">
      <h2 id="edit-agreement-heading">{consortium.agreement.version ? 'Change the agreement' : 'Draft the agreement'}</h2>
      <p className="muted small">As the lead organisation you write the terms. Saving asks every member to sign off again.</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ErrorAlert>{invalid ?? problem?.message}</ErrorAlert>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Roles, responsibilities and shares">
          <table className="data-table member-table">
            <caption>Roles, responsibilities and shares</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Role</th>
                <th scope="col">Responsibilities</th>
                <th scope="col">Share (%)</th>
              </tr>
            </thead>
            <tbody>
              {accepted.map((member) => {
                const item = terms[member.id];
                const name = member.organisation.name;
                return (
                  <tr key={member.id}>
                    <th scope="row">{name}</th>
                    <td>
                      {member.role === 'LEAD' ? (
                        ROLE_LABELS.LEAD
                      ) : (
                        <select aria-label={`Role of ${name}`} value={item.role} onChange={(e) => change(member.id, { role: e.target.value as ConsortiumRole })}>
                          <option value="PARTNER">{ROLE_LABELS.PARTNER}</option>
                          <option value="SUBCONTRACTOR">{ROLE_LABELS.SUBCONTRACTOR}</option>
                        </select>
                      )}
                    </td>
                    <td>
                      <textarea
                        aria-label={`Responsibilities of ${name}`}
                        rows={2}
                        value={item.responsibilities}
                        onChange={(e) => change(member.id, { responsibilities: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Share of ${name} (%)`}
                        inputMode="decimal"
                        value={item.share}
                        onChange={(e) => change(member.id, { share: e.target.value })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="small" aria-live="polite">
          Total share: {Number(total.toFixed(2))}%{Math.abs(total - 100) > 0.001 && total > 0 ? ' (usually 100%)' : ''}
        </p>
        <TextAreaField label="Data sharing" hint="How the partners share data, and under which agreement." value={dataSharing} onChange={(e) => setDataSharing(e.target.value)} rows={4} />
        <TextAreaField label="Exit terms" hint="How a partner may leave, and what happens then." value={exitTerms} onChange={(e) => setExitTerms(e.target.value)} rows={4} />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={state.fetching}>
            Save agreement
          </Button>
        </div>
      </form>
    </section>
  );
}
