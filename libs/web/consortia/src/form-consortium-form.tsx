import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, SelectField, sentence, TextField } from '@community-hub/web-ui';
import { formConsortiumMutation } from './consortia.documents';
import { consortiumPath } from './consortia-shared';

const CONSORTIUM_CONTEXT = { additionalTypenames: ['Consortium'] };

/** Name a consortium and its lead (an organisation the person represents); opens the new consortium. */
export function FormConsortiumForm({
  opportunityId,
  slug,
  organisations,
}: {
  opportunityId: string;
  slug: string;
  organisations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [leadId, setLeadId] = useState(organisations.length === 1 ? organisations[0].id : '');
  const [checked, setChecked] = useState<{ name?: string; lead?: string }>({});
  const [state, form] = useMutation(formConsortiumMutation);
  const problem = describeError(state.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: name.trim() ? undefined : 'Enter a name for the consortium.',
      lead: leadId ? undefined : 'Choose the lead organisation.',
    };
    setChecked(found);
    if (found.name || found.lead) return;
    const result = await form({ input: { opportunityId, leadOrganisationId: leadId, name: name.trim() } }, CONSORTIUM_CONTEXT);
    const consortium = result.data?.formConsortium;
    if (consortium) navigate(consortiumPath(slug, consortium.id));
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="form-consortium-heading">
      <h3 id="form-consortium-heading">Form a consortium</h3>
      <p className="muted small">Your organisation leads it and invites partners. Its workspace is private to member organisations.</p>
      <ErrorAlert>{problem && !problem.fields['name'] ? problem.message : undefined}</ErrorAlert>
      <TextField
        label="Consortium name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={checked.name ?? sentence(problem?.fields['name'])}
        maxLength={200}
        required
      />
      <SelectField
        label="Lead organisation"
        value={leadId}
        onChange={(e) => setLeadId(e.target.value)}
        error={checked.lead ?? sentence(problem?.fields['leadOrganisationId'])}
        required
      >
        <option value="">Choose an organisation</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={state.fetching}>
          Form consortium
        </Button>
      </div>
    </form>
  );
}
