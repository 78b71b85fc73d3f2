import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError, type ConsortiumRole } from '@community-hub/web-graphql';
import { Button, ErrorAlert, SelectField, sentence, TextAreaField, TextField } from '@community-hub/web-ui';
import { expressInterestMutation } from './consortia.documents';
import { parseList, ROLE_LABELS, ROLES } from './consortia-shared';

export interface ExpressInterestFormProps {
  opportunityId: string;
  /** Organisations the person represents. */
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** The opportunity's lots, offered as checkboxes. */
  lots: readonly string[];
  onSaved?(organisationName: string): void;
}

interface Errors {
  organisationId?: string;
  capabilities?: string;
}

const INTEREST_CONTEXT = { additionalTypenames: ['Interest'] };

/** "We would partner on this": for one organisation the person represents (again: updates it). */
export function ExpressInterestForm({ opportunityId, organisations, lots, onSaved }: ExpressInterestFormProps) {
  const [organisationId, setOrganisationId] = useState(organisations.length === 1 ? organisations[0].id : '');
  const [role, setRole] = useState<ConsortiumRole>('PARTNER');
  const [chosenLots, setChosenLots] = useState<string[]>([]);
  const [capabilities, setCapabilities] = useState('');
  const [capacity, setCapacity] = useState('');
  const [areas, setAreas] = useState('');
  const [services, setServices] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState<Errors>({});
  const [saved, setSaved] = useState('');
  const [state, express] = useMutation(expressInterestMutation);
  const problem = describeError(state.error);
  const errors: Errors = {
    organisationId: checked.organisationId ?? sentence(problem?.fields['organisationId']),
    capabilities: checked.capabilities ?? sentence(problem?.fields['capabilities']),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const found: Errors = {
      organisationId: organisationId ? undefined : 'Choose the organisation you are expressing interest for.',
      capabilities: capabilities.trim() ? undefined : 'Say what your organisation can bring.',
    };
    setChecked(found);
    if (found.organisationId || found.capabilities) return;
    const result = await express(
      {
        input: {
          opportunityId,
          organisationId,
          role,
          lots: chosenLots,
          capabilities: capabilities.trim(),
          capacity: capacity.trim(),
          areas: parseList(areas),
          services: parseList(services),
          note: note.trim(),
        },
      },
      INTEREST_CONTEXT,
    );
    const interest = result.data?.expressInterest;
    if (interest) {
      setSaved(`Interest recorded for ${interest.organisation.name}.`);
      onSaved?.(interest.organisation.name);
    }
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="express-interest-heading">
      <h3 id="express-interest-heading">Express interest</h3>
      <p className="success" role="status">
        {saved}
      </p>
      <ErrorAlert>{problem && !problem.fields['organisationId'] && !problem.fields['capabilities'] ? problem.message : undefined}</ErrorAlert>
      <div className="field-row">
        <SelectField label="Organisation" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)} error={errors.organisationId} required>
          <option value="">Choose an organisation</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Role sought" value={role} onChange={(e) => setRole(e.target.value as ConsortiumRole)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </SelectField>
      </div>
      {lots.length ? (
        <fieldset className="stack-small">
          <legend>Lots</legend>
          {lots.map((lot) => (
            <label key={lot} className="checkbox">
              <input
                type="checkbox"
                checked={chosenLots.includes(lot)}
                onChange={(e) => setChosenLots((current) => (e.target.checked ? [...current, lot] : current.filter((item) => item !== lot)))}
              />{' '}
              {lot}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        label="Capabilities"
        hint="What your organisation can bring: services, experience, accreditations."
        value={capabilities}
        onChange={(e) => setCapabilities(e.target.value)}
        error={errors.capabilities}
        rows={4}
        required
      />
      <TextField label="Capacity" hint="How much you can take on: staff, volunteers, hours." value={capacity} onChange={(e) => setCapacity(e.target.value)} />
      <div className="field-row">
        <TextField label="Areas covered" hint="Separate with commas." value={areas} onChange={(e) => setAreas(e.target.value)} />
        <TextField label="Services offered" hint="Separate with commas." value={services} onChange={(e) => setServices(e.target.value)} />
      </div>
      <TextAreaField label="Note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={state.fetching}>
          Express interest
        </Button>
      </div>
    </form>
  );
}
