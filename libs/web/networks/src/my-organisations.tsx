import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError, type CreateOrganisationInput, type OrganisationKind } from '@community-hub/web-graphql';
import { Button, EmptyState, ErrorAlert, Loading, SelectField, sentence, TextAreaField, TextField } from '@community-hub/web-ui';
import { KIND_LABELS, KINDS } from './labels';
import { MEMBERSHIP_CONTEXT } from './network-context';
import { createOrganisationMutation, myMembershipsQuery, myOrganisationsQuery } from './networks.documents';
import { OrganisationCard } from './organisation-card';

const ORGANISATION_CONTEXT = { additionalTypenames: ['Organisation'] };

/** The API's field names, as the form labels them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Organisation name',
  kind: 'Kind',
  description: 'Description',
  website: 'Website',
  charityNumber: 'Charity number',
  companyNumber: 'Company number',
  networkId: 'List it in a network',
  areasServed: 'Areas served',
};

/** The organisations I act for, and a form to add one, for "My profile". */
export function MyOrganisations() {
  const [{ data, fetching, error }] = useQuery({ query: myOrganisationsQuery, context: ORGANISATION_CONTEXT });
  const organisations = data?.myOrganisations ?? [];
  return (
    <>
      <section aria-labelledby="my-organisations-heading" className="panel">
        <h2 id="my-organisations-heading">My organisations</h2>
        {fetching && !data ? <Loading /> : null}
        <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
        {data && !organisations.length ? <EmptyState>You do not represent any organisations yet.</EmptyState> : null}
        {organisations.length ? (
          <ul className="card-list">
            {organisations.map((organisation) => (
              <li key={organisation.id} className="card">
                <OrganisationCard organisation={organisation} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <CreateOrganisationForm />
    </>
  );
}

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

export function CreateOrganisationForm() {
  const [{ data: memberships }] = useQuery({ query: myMembershipsQuery, context: MEMBERSHIP_CONTEXT });
  const [{ fetching, error }, create] = useMutation(createOrganisationMutation);
  const [created, setCreated] = useState('');
  const [formKey, setFormKey] = useState(0);
  const problem = describeError(error);
  const fields = problem?.fields ?? {};
  const activeNetworks = (memberships?.myMemberships ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.network);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated('');
    const form = new FormData(event.currentTarget);
    const input: CreateOrganisationInput = {
      name: text(form, 'name'),
      kind: text(form, 'kind') as OrganisationKind,
      description: text(form, 'description'),
      website: text(form, 'website') || null,
      charityNumber: text(form, 'charityNumber') || null,
      companyNumber: text(form, 'companyNumber') || null,
      networkId: text(form, 'networkId') || null,
    };
    const result = await create({ input }, ORGANISATION_CONTEXT);
    if (result.data) {
      setCreated(`${result.data.createOrganisation.name} has been created.`);
      setFormKey((key) => key + 1);
    }
  }

  return (
    <section aria-labelledby="create-organisation-heading" className="panel">
      <h2 id="create-organisation-heading">Create an organisation</h2>
      <p className="muted">Add a charity, community group, faith group, public body or business that you act for.</p>
      <p className="success" aria-live="polite">
        {created}
      </p>
      <form key={formKey} onSubmit={submit} className="stack" noValidate>
        {Object.keys(fields).length ? (
          <ErrorAlert title="Please check these fields">
            <ul>
              {Object.entries(fields).map(([field, message]) => (
                <li key={field}>
                  {FIELD_LABELS[field] ?? field}: {message}
                </li>
              ))}
            </ul>
          </ErrorAlert>
        ) : (
          <ErrorAlert>{problem?.message}</ErrorAlert>
        )}
        <TextField label="Organisation name" name="name" required error={sentence(fields['name'])} />
        <SelectField label="Kind" name="kind" defaultValue="VOLUNTARY" error={sentence(fields['kind'])}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <TextAreaField label="Description" name="description" rows={4} error={sentence(fields['description'])} />
        <TextField
          label="Website"
          name="website"
          type="url"
          inputMode="url"
          placeholder="https://"
          hint="The full address, starting with https://"
          error={sentence(fields['website'])}
        />
        <div className="field-row">
          <TextField label="Charity number" name="charityNumber" hint="If registered" error={sentence(fields['charityNumber'])} />
          <TextField label="Company number" name="companyNumber" hint="If registered" error={sentence(fields['companyNumber'])} />
        </div>
        {activeNetworks.length ? (
          <SelectField label="List it in a network" name="networkId" defaultValue="" error={sentence(fields['networkId'])}>
            <option value="">Not now</option>
            {activeNetworks.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" disabled={fetching}>
            Create organisation
          </Button>
        </div>
      </form>
    </section>
  );
}
