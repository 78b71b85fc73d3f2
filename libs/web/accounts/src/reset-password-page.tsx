import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, sentence, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { PASSWORD_HINT } from '@community-hub/shared-validation';
import { resetPasswordMutation } from './accounts.documents';
import { useSession } from './session';

/** /reset-password?token=…: the emailed link. Sets a new password, signs in and goes home. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [{ fetching, error }, resetPassword] = useMutation(resetPasswordMutation);
  const [busy, setBusy] = useState(false);
  const problem = describeError(error);
  const linkProblem = problem?.reason?.startsWith('LINK_') ? problem : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('newPassword') ?? '');
    setBusy(true);
    const result = await resetPassword({ input: { token, newPassword } });
    if (!result.error) {
      await refresh();
      navigate('/', { replace: true });
    }
    setBusy(false);
  }

  return (
    <div className="narrow stack">
      <h1>Choose a new password</h1>
      {!token || linkProblem ? (
        <ErrorAlert title="This link cannot be used">
          <p>{linkProblem?.message ?? 'The link is missing its token: open it from the email again.'}</p>
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        </ErrorAlert>
      ) : null}
      {token ? (
        <form onSubmit={submit} className="stack" noValidate aria-busy={fetching || busy || undefined}>
          {linkProblem ? null : <ErrorAlert>{problem?.message}</ErrorAlert>}
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            hint={PASSWORD_HINT}
            error={sentence(problem?.fields['newPassword'] ?? problem?.fields['password'])}
          />
          <div className="actions">
            <Button type="submit" variant="primary" disabled={fetching || busy}>
              Set password and sign in
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
