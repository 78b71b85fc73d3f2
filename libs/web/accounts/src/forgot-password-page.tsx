import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { requestPasswordResetMutation } from './accounts.documents';

/** /forgot-password: asks for the address and says the same whether or not it has an account. */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password?');
  const [{ fetching, error }, requestReset] = useMutation(requestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const problem = describeError(error, { RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    const result = await requestReset({ email });
    if (!result.error) setSentTo(email);
  }

  return (
    <div className="narrow stack">
      <h1>Forgot your password?</h1>
      {sentTo ? (
        <div role="status" className="stack">
          <p>
            If there is an account for <strong>{sentTo}</strong>, we have emailed it a link to choose a new password. The link works
            once, for one hour.
          </p>
          <p>No email? Check your spam folder, or try again in a few minutes.</p>
        </div>
      ) : (
        <form onSubmit={submit} className="stack" noValidate aria-busy={fetching || undefined}>
          <p>Give the email address you sign in with and we will send you a link to choose a new password.</p>
          <ErrorAlert>{problem?.message}</ErrorAlert>
          <TextField label="Email" name="email" type="email" autoComplete="email" required />
          <div className="actions">
            <Button type="submit" variant="primary" disabled={fetching}>
              Email me a link
            </Button>
          </div>
        </form>
      )}
      <p>
        <Link to="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
