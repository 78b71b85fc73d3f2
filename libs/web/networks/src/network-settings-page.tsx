import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError, type ApiProblem, type NetworkVisibility } from '@community-hub/web-graphql';
import { Button, ButtonLink, ErrorAlert, Loading, MarkdownField, sentence, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { canCoordinate, VISIBILITY_EXPLAINED, VISIBILITY_LABELS } from './labels';
import { useNetworkContext } from './network-context';
import { networkSettingsQuery, updateNetworkMutation } from './network-admin.documents';

const VISIBILITIES: NetworkVisibility[] = ['PUBLIC', 'PRIVATE', 'HIDDEN'];

/** /n/:slug/settings: coordinators change the name, description, visibility, welcome message and area. */
export function NetworkSettingsPage() {
  const { network, refresh } = useNetworkContext();
  const { user } = useSession();
  useDocumentTitle(`Settings · ${network.name}`);
  const allowed = canCoordinate(network.myMembership, user);
  const [{ data, fetching, error }] = useQuery({ query: networkSettingsQuery, variables: { slug: network.slug }, pause: !allowed });
  const settings = data?.network ?? null;
  const [form, setForm] = useState({ name: '', description: '', visibility: 'PUBLIC' as NetworkVisibility, welcomeMessage: '', area: '' });
  const [saving, save] = useMutation(updateNetworkMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings) {
      setForm({ name: settings.name, description: settings.description, visibility: settings.visibility, welcomeMessage: settings.welcomeMessage, area: settings.area });
    }
  }, [settings]);

  if (!allowed) return <ErrorAlert title="Coordinators only">Only the network&apos;s coordinators and admins can change its settings.</ErrorAlert>;
  if (fetching && !data) return <Loading label="Loading settings…" />;
  if (error || !settings) return <ErrorAlert>{describeError(error)?.message ?? 'We could not load the settings.'}</ErrorAlert>;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const result = await save({ input: { networkId: network.id, ...form } });
    if (result.error) setProblem(describeError(result.error));
    else {
      setSaved(true);
      refresh();
    }
  }

  const fields = problem?.fields ?? {};
  return (
    <section aria-labelledby="settings-heading" className="stack narrow-form">
      <div className="row-between">
        <h2 id="settings-heading">Network settings</h2>
        <p className="actions">
          <ButtonLink to={`/n/${network.slug}/invitations`} size="small">
            Invitations
          </ButtonLink>
          <ButtonLink to={`/n/${network.slug}/report`} size="small">
            Report
          </ButtonLink>
        </p>
      </div>
      <form onSubmit={submit} className="stack" noValidate aria-busy={saving.fetching || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        {saved ? (
          <p role="status" className="notice-success">
            Settings saved.
          </p>
        ) : null}
        <TextField label="Name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={120} error={sentence(fields['name'])} />
        <MarkdownField label="Description" value={form.description} onChange={(description) => setForm({ ...form, description })} maxLength={5000} error={sentence(fields['description'])} />
        <fieldset className="field">
          <legend>Who can see it</legend>
          {VISIBILITIES.map((visibility) => (
            <label key={visibility} className="choice">
              <input type="radio" name="visibility" value={visibility} checked={form.visibility === visibility} onChange={() => setForm({ ...form, visibility })} />
              <span>
                <strong>{VISIBILITY_LABELS[visibility]}</strong> · {VISIBILITY_EXPLAINED[visibility]}
              </span>
            </label>
          ))}
        </fieldset>
        <MarkdownField
          label="Welcome message"
          hint="Shown to people when they have just joined. You can use Markdown."
          value={form.welcomeMessage}
          onChange={(welcomeMessage) => setForm({ ...form, welcomeMessage })}
          maxLength={5000}
          error={sentence(fields['welcomeMessage'])}
        />
        <TextField label="Area" hint="Groups the network in the directory, e.g. “Cheshire East”." value={form.area} onChange={(e) => setForm({ ...form, area: e.target.value })} maxLength={120} error={sentence(fields['area'])} />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={saving.fetching}>
            Save settings
          </Button>
        </div>
      </form>
    </section>
  );
}
