import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@community-hub/shared-validation';
import type { ApiProblem } from '@community-hub/web-graphql';
import { ErrorAlert, TextField, sentence, useDocumentTitle } from '@community-hub/web-ui';
import { safeNextPath } from './safe-next';
import { useSession } from './session';

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const { signUp } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(null);
    const result = await signUp({
      name: String(form.get('name') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
    setBusy(false);
    if (result) setProblem(result);
    else navigate(next, { replace: true });
  }

  const fields = problem?.fields ?? {};
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lead">Join your local community network, and the groups and people in it.</p>
      <form onSubmit={submit} className="stack" noValidate aria-busy={busy || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <TextField label="Name" name="name" autoComplete="name" required error={sentence(fields['name'])} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={sentence(fields['email'])} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={sentence(fields['password'])}
        />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Create account
          </button>
        </div>
      </form>
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </div>
  );
}
