import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RequireSession, useSession } from '@community-hub/web-accounts';
import { describeError, type ApiProblem, type NetworkVisibility } from '@community-hub/web-graphql';
import { Badge, Button, ConfirmDialog, ErrorAlert, Loading, MarkdownField, sentence, TextField, useDebouncedValue, useDocumentTitle } from '@community-hub/web-ui';
import { VISIBILITY_LABELS } from './labels';
import {
  adminNetworksQuery,
  createNetworkMutation,
  liftUserSuspensionMutation,
  platformPeopleQuery,
  resetUserTwoFactorMutation,
  suspendUserMutation,
} from './network-admin.documents';

/** /admin: platform admins create networks and see every network (hidden ones too) and every person. */
export function PlatformAdminPage() {
  return (
    <RequireSession>
      <PlatformAdmin />
    </RequireSession>
  );
}

function PlatformAdmin() {
  useDocumentTitle('Platform admin');
  const { user } = useSession();
  if (!user?.isPlatformAdmin)
    return (
      <div className="stack-large">
        <h1>Platform admin</h1>
        <ErrorAlert title="Platform admins only">This page is for the people who run the platform.</ErrorAlert>
      </div>
    );
  return (
    <div className="stack-large">
      <h1>Platform admin</h1>
      <CreateNetworkForm />
      <AllNetworks />
      <People />
    </div>
  );
}

function CreateNetworkForm() {
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', slug: '', area: '', description: '', visibility: 'PUBLIC' as NetworkVisibility });
  const [creating, create] = useMutation(createNetworkMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const result = await create({ input: form }, { additionalTypenames: ['Network'] });
    if (result.error || !result.data) return setProblem(describeError(result.error));
    navigate(`/n/${result.data.createNetwork.slug}/settings`);
  }
  const fields = problem?.fields ?? {};
  return (
    <section aria-labelledby="create-network-heading" className="stack narrow-form">
      <h2 id="create-network-heading">Create a network</h2>
      <form onSubmit={submit} className="stack" noValidate aria-busy={creating.fetching || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <TextField label="Name" value={form.name} required maxLength={120} onChange={(e) => setForm({ ...form, name: e.target.value })} error={sentence(fields['name'])} />
        <TextField
          label="Address"
          hint="Lower-case words joined by hyphens, e.g. holmes-chapel: the network will be at /n/holmes-chapel."
          value={form.slug}
          required
          onChange={(e) => setForm({ ...form, slug: e.target.value })}
          error={sentence(fields['slug'])}
        />
        <TextField label="Area" value={form.area} maxLength={120} onChange={(e) => setForm({ ...form, area: e.target.value })} />
        <MarkdownField label="Description" value={form.description} onChange={(description) => setForm({ ...form, description })} maxLength={5000} />
        <div className="field">
          <label htmlFor="new-network-visibility">Who can see it</label>
          <select id="new-network-visibility" value={form.visibility} onChange={(e) => setForm({ ...form, visibility: e.target.value as NetworkVisibility })}>
            {(['PUBLIC', 'PRIVATE', 'HIDDEN'] as const).map((v) => (
              <option key={v} value={v}>
                {VISIBILITY_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" disabled={creating.fetching}>
            Create network
          </Button>
        </div>
      </form>
    </section>
  );
}

function AllNetworks() {
  const [{ data, fetching, error }] = useQuery({ query: adminNetworksQuery, context: { additionalTypenames: ['Network'] } });
  return (
    <section aria-labelledby="all-networks-heading" className="stack">
      <h2 id="all-networks-heading">All networks</h2>
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {fetching && !data ? <Loading /> : null}
      <ul className="plain-list stack-small">
        {data?.networks.map((n) => (
          <li key={n.id}>
            <Link to={`/n/${n.slug}`}>{n.name}</Link> <span className="muted">{n.area}</span> <Badge tone={n.visibility === 'PUBLIC' ? 'info' : 'neutral'}>{VISIBILITY_LABELS[n.visibility]}</Badge>{' '}
            <Link to={`/n/${n.slug}/settings`} aria-label={`Settings of ${n.name}`}>
              Settings
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function People() {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 300);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: platformPeopleQuery, variables: { search: query || null, first: 50, after } });
  const people = data?.platformPeople;
  const suspended = new Set(data?.suspendedUserIds ?? []);
  return (
    <section aria-labelledby="people-heading" className="stack">
      <h2 id="people-heading">People</h2>
      <TextField
        label="Find a person"
        type="search"
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setAfter(null);
        }}
      />
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {fetching && !data ? <Loading /> : null}
      {people ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{people.totalCount} people</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Networks</th>
                <th scope="col">Joined</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {people.nodes.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.name} {p.isPlatformAdmin ? <Badge tone="info">Platform admin</Badge> : null}{' '}
                    {suspended.has(p.id) ? <Badge tone="danger">Suspended</Badge> : null}
                  </td>
                  <td>{p.email}</td>
                  <td>{p.networkCount}</td>
                  <td>{new Date(p.createdAt).toLocaleDateString('en-GB')}</td>
                  <td>
                    <PersonActions person={p} suspended={suspended.has(p.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {people?.pageInfo.hasNextPage ? <Button onClick={() => setAfter(people.pageInfo.endCursor ?? null)}>Next page</Button> : null}
    </section>
  );
}

type Confirming = 'reset' | 'suspend' | 'lift' | null;

/** Reset two-factor, suspend or lift a suspension: each asks first, in a dialog. Not offered on one's own row. */
function PersonActions({ person, suspended }: { person: { id: string; name: string; twoFactorEnabled: boolean }; suspended: boolean }) {
  const { user } = useSession();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);
  const [resetState, reset] = useMutation(resetUserTwoFactorMutation);
  const [suspendState, suspend] = useMutation(suspendUserMutation);
  const [liftState, lift] = useMutation(liftUserSuspensionMutation);
  if (person.id === user?.id) return <span className="muted small">You</span>;

  const open = (kind: Confirming) => (event: { currentTarget: HTMLButtonElement }) => {
    opener.current = event.currentTarget;
    setProblem(null);
    setNote('');
    setConfirming(kind);
  };
  const close = () => {
    setConfirming(null);
    opener.current?.focus();
  };
  async function confirm() {
    const context = { additionalTypenames: ['PlatformPerson'] };
    const result =
      confirming === 'reset'
        ? await reset({ userId: person.id }, context)
        : confirming === 'suspend'
          ? await suspend({ input: { userId: person.id, note } }, context)
          : await lift({ input: { userId: person.id, note } }, context);
    if (result.error) return setProblem(describeError(result.error)?.message ?? 'Something went wrong. Please try again.');
    setDone(
      confirming === 'reset'
        ? `Two-factor sign-in for ${person.name} is off; they have been signed out everywhere.`
        : confirming === 'suspend'
          ? `${person.name} is suspended.`
          : `${person.name}'s suspension is lifted.`,
    );
    close();
  }
  const busy = resetState.fetching || suspendState.fetching || liftState.fetching;

  return (
    <div className="actions">
      {person.twoFactorEnabled ? (
        <Button size="small" variant="secondary" onClick={open('reset')} aria-label={`Reset two-factor for ${person.name}`}>
          Reset two-factor
        </Button>
      ) : null}
      {suspended ? (
        <Button size="small" variant="secondary" onClick={open('lift')} aria-label={`Lift the suspension of ${person.name}`}>
          Lift suspension
        </Button>
      ) : (
        <Button size="small" variant="danger" onClick={open('suspend')} aria-label={`Suspend ${person.name}`}>
          Suspend
        </Button>
      )}
      <p role="status" className="visually-hidden">
        {done}
      </p>
      {confirming === 'reset' ? (
        <ConfirmDialog title={`Reset two-factor for ${person.name}?`} confirmLabel="Reset two-factor" busy={busy} problem={problem} onConfirm={confirm} onClose={close}>
          <p>
            Do this only when you are sure it is them (for example, they lost their phone and their recovery codes). They are signed out
            everywhere and can then sign in with their password alone, and turn two-factor on again.
          </p>
        </ConfirmDialog>
      ) : confirming ? (
        <ConfirmDialog
          title={confirming === 'suspend' ? `Suspend ${person.name}?` : `Lift the suspension of ${person.name}?`}
          confirmLabel={confirming === 'suspend' ? 'Suspend' : 'Lift suspension'}
          busy={busy}
          problem={problem}
          onConfirm={confirm}
          onClose={close}
        >
          <p>
            {confirming === 'suspend'
              ? 'They are signed out everywhere and cannot sign in or post anywhere until the suspension is lifted.'
              : 'They can sign in and take part again.'}
          </p>
          <TextField label="Note for the record (optional)" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
