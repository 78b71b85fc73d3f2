import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ButtonLink, ErrorAlert, sentence, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { deleteMyAccountMutation } from './accounts.documents';
import { useSession } from './session';

interface HandoverItem {
  kind: string;
  id: string;
  name: string;
  message: string;
}

/** /me/delete: says what is erased and what stays before the person confirms with their password. */
export function DeleteAccountPage() {
  useDocumentTitle('Delete my account');
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [{ fetching, error }, deleteAccount] = useMutation(deleteMyAccountMutation);
  const problem = describeError(error);
  const extensions = error?.graphQLErrors[0]?.extensions ?? {};
  const handover = extensions['reason'] === 'HANDOVER_REQUIRED' ? ((extensions['handover'] as HandoverItem[] | undefined) ?? []) : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await deleteAccount({ password: password || null });
    if (result.error) return;
    // The session is gone on the server: start a fresh, signed-out client.
    await signOut();
    navigate('/', { replace: true, state: { message: 'Your account has been deleted.' } });
  }

  return (
    <div className="stack-large">
      <h1>Delete my account</h1>
      <section aria-labelledby="what-goes" className="panel stack">
        <h2 id="what-goes">What is erased</h2>
        <ul>
          <li>your name and email address, and your password</li>
          <li>every device you are signed in on (you are signed out everywhere)</li>
          <li>your memberships of networks and the organisations you represent</li>
          <li>your notifications, email settings and data downloads</li>
        </ul>
        <h2 id="what-stays">What stays</h2>
        <p>
          The posts you wrote and the documents you uploaded stay where they are, so conversations and libraries still make sense.
          They are shown as written by <strong>“Former member”</strong>, with nothing that links them to you. If you want some of them
          gone, remove them before you delete your account.
        </p>
        <p>
          You can <Link to="/me#your-data">download a copy of your data</Link> first. Read the <Link to="/privacy">privacy notice</Link> to
          learn more.
        </p>
      </section>
      <form onSubmit={submit} className="panel stack" noValidate aria-labelledby="confirm-heading">
        <h2 id="confirm-heading">Confirm</h2>
        <ErrorAlert title={handover.length ? 'Please hand over first' : undefined}>
          {handover.length ? (
            <>
              <p>Others rely on you. Before you delete your account:</p>
              <ul>
                {handover.map((item) => (
                  <li key={`${item.kind}:${item.id}`}>{item.message}</li>
                ))}
              </ul>
            </>
          ) : (
            problem?.message
          )}
        </ErrorAlert>
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={sentence(problem?.fields['password'])}
        />
        <div className="actions">
          <Button type="submit" variant="danger" disabled={fetching}>
            Delete my account for good
          </Button>
          <ButtonLink to="/me">Keep my account</ButtonLink>
        </div>
      </form>
    </div>
  );
}
