import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { useNetworkContext } from '@community-hub/web-networks';
import { Button, ButtonLink, ErrorAlert, MarkdownField, sentence, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { createOpportunityMutation } from './consortia.documents';
import { fromUkInputValue, opportunitiesPath, opportunityPath, parseList } from './consortia-shared';

type Field = 'title' | 'funder' | 'value' | 'url' | 'deadline' | 'clarificationDeadline' | 'expressionOfInterestDeadline';

const OPPORTUNITY_CONTEXT = { additionalTypenames: ['Opportunity'] };

/** /n/:slug/opportunities/new: post a contract or grant round to the network. */
export function NewOpportunityPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const navigate = useNavigate();
  useDocumentTitle(`Post an opportunity · ${network.name}`);
  const [values, setValues] = useState({
    title: '',
    funder: '',
    description: '',
    value: '',
    url: '',
    clarificationDeadline: '',
    expressionOfInterestDeadline: '',
    deadline: '',
    lots: '',
    serviceTags: '',
    areas: '',
  });
  const [checked, setChecked] = useState<Partial<Record<Field, string>>>({});
  const [state, create] = useMutation(createOpportunityMutation);
  const problem = describeError(state.error);
  const error = (field: Field) => checked[field] ?? sentence(problem?.fields[field]);
  const member = !!user && (user.isPlatformAdmin || network.myMembership?.status === 'ACTIVE');

  if (!member) {
    return (
      <section className="stack">
        <h2>Post an opportunity</h2>
        <p className="hint">
          Only members of {network.name} can post opportunities. <Link to={`/n/${network.slug}`}>Join this network</Link> to take part.
        </p>
      </section>
    );
  }

  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const deadline = fromUkInputValue(values.deadline);
    const clarification = values.clarificationDeadline ? fromUkInputValue(values.clarificationDeadline) : null;
    const eoi = values.expressionOfInterestDeadline ? fromUkInputValue(values.expressionOfInterestDeadline) : null;
    const value = values.value.trim() ? Number(values.value.replace(/[£,\s]/g, '')) : null;
    const found: Partial<Record<Field, string>> = {
      title: values.title.trim() ? undefined : 'Enter a title.',
      funder: values.funder.trim() ? undefined : 'Enter the funder or commissioner.',
      deadline: deadline ? undefined : 'Enter the submission deadline (date and time).',
      clarificationDeadline: values.clarificationDeadline && !clarification ? 'Enter a date and time.' : undefined,
      expressionOfInterestDeadline: values.expressionOfInterestDeadline && !eoi ? 'Enter a date and time.' : undefined,
      value: value !== null && (!Number.isFinite(value) || value < 0) ? 'Enter an amount in pounds, such as 250000.' : undefined,
      url: values.url.trim() && !/^https?:\/\//i.test(values.url.trim()) ? 'Enter the full address, starting with https://' : undefined,
    };
    setChecked(found);
    if (Object.values(found).some(Boolean)) return;
    const result = await create(
      {
        input: {
          networkId: network.id,
          title: values.title.trim(),
          funder: values.funder.trim(),
          description: values.description,
          value,
          url: values.url.trim() || null,
          deadline: deadline as string,
          clarificationDeadline: clarification,
          expressionOfInterestDeadline: eoi,
          lots: parseList(values.lots),
          serviceTags: parseList(values.serviceTags),
          areas: parseList(values.areas),
        },
      },
      OPPORTUNITY_CONTEXT,
    );
    const opportunity = result.data?.createOpportunity;
    if (opportunity) navigate(opportunityPath(network.slug, opportunity.id));
  }

  return (
    <section aria-labelledby="new-opportunity-heading" className="stack">
      <h2 id="new-opportunity-heading">Post an opportunity</h2>
      <form className="panel stack" onSubmit={onSubmit} noValidate aria-labelledby="new-opportunity-heading">
        <ErrorAlert>{problem && !Object.keys(problem.fields).length ? problem.message : undefined}</ErrorAlert>
        <TextField label="Title" value={values.title} onChange={(e) => set('title')(e.target.value)} error={error('title')} maxLength={200} required />
        <TextField
          label="Funder or commissioner"
          value={values.funder}
          onChange={(e) => set('funder')(e.target.value)}
          error={error('funder')}
          maxLength={200}
          required
        />
        <MarkdownField label="Description" value={values.description} onChange={set('description')} rows={8} />
        <div className="field-row">
          <TextField
            label="Value (£)"
            hint="The total, in pounds, if known."
            inputMode="decimal"
            value={values.value}
            onChange={(e) => set('value')(e.target.value)}
            error={error('value')}
          />
          <TextField
            label="Source URL"
            hint="Where it is published, starting with https://"
            type="url"
            inputMode="url"
            value={values.url}
            onChange={(e) => set('url')(e.target.value)}
            error={error('url')}
          />
        </div>
        <fieldset className="stack-small">
          <legend>Deadlines (UK time)</legend>
          <div className="field-row">
            <TextField
              label="Clarification questions by"
              hint="Optional."
              type="datetime-local"
              value={values.clarificationDeadline}
              onChange={(e) => set('clarificationDeadline')(e.target.value)}
              error={error('clarificationDeadline')}
            />
            <TextField
              label="Expression of interest by"
              hint="Optional."
              type="datetime-local"
              value={values.expressionOfInterestDeadline}
              onChange={(e) => set('expressionOfInterestDeadline')(e.target.value)}
              error={error('expressionOfInterestDeadline')}
            />
            <TextField
              label="Submission deadline"
              hint="The opportunity closes then."
              type="datetime-local"
              value={values.deadline}
              onChange={(e) => set('deadline')(e.target.value)}
              error={error('deadline')}
              required
            />
          </div>
        </fieldset>
        <TextField label="Lots" hint="Separate with commas. For example: Lot 1 North, Lot 2 South" value={values.lots} onChange={(e) => set('lots')(e.target.value)} />
        <TextField
          label="Service tags"
          hint="Services asked for, separated with commas. For example: befriending, lunch clubs"
          value={values.serviceTags}
          onChange={(e) => set('serviceTags')(e.target.value)}
        />
        <TextField label="Areas" hint="Areas to be served, separated with commas." value={values.areas} onChange={(e) => set('areas')(e.target.value)} />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={state.fetching}>
            Post opportunity
          </Button>
          <ButtonLink to={opportunitiesPath(network.slug)} variant="secondary">
            Cancel
          </ButtonLink>
        </div>
      </form>
    </section>
  );
}
