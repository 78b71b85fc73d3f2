import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiProblem } from '@community-hub/web-graphql';
import { ErrorAlert, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { safeNextPath } from './safe-next';
import { useSession } from './session';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { signIn } = useSession();
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
    const result = await signIn({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
    setBusy(false);
    if (result) setProblem(result);
    else navigate(next, { replace: true });
  }

  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <form onSubmit={submit} className="stack" noValidate aria-busy={busy || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Sign in
          </button>
        </div>
      </form>
      <p>
        New here? <Link to={next === '/' ? '/signup' : `/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </div>
  );
}
