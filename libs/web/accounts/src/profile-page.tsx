import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, sentence, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { updateMyProfileMutation } from './accounts.documents';
import { ChangeEmailSection } from './change-email-form';
import { useSession } from './session';
import { YourDataSection } from './your-data-section';
import { TwoFactorSection } from './two-factor-section';

/** "My profile": the person's own details, then whatever sections other domains add. */
export function ProfilePage({ children, account }: { children?: ReactNode; account?: ReactNode }) {
  useDocumentTitle('My profile');
  const { user } = useSession();
  if (!user) return null;
  return (
    <div className="stack-large">
      <h1>My profile</h1>
      <section aria-labelledby="profile-details" className="panel">
        <h2 id="profile-details">Your details</h2>
        {user.email ? <p className="muted">Signed in as {user.email}</p> : null}
        <NameForm key={user.id} initialName={user.name} />
      </section>
      <TwoFactorSection />
      <ChangeEmailSection />
      {account}
      {children}
      <YourDataSection />
    </div>
  );
}

function NameForm({ initialName }: { initialName: string }) {
  const [name, setName] = useState(initialName);
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, updateProfile] = useMutation(updateMyProfileMutation);
  const problem = describeError(error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const result = await updateProfile({ input: { name: name.trim() } });
    if (!result.error) setSaved(true);
  }

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setSaved(false);
        }}
        error={sentence(problem?.fields['name'])}
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={fetching}>
          Save
        </Button>
        <span className="saved" aria-live="polite">
          {saved ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}
