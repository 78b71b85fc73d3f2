import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiProblem } from '@community-hub/web-graphql';
import { Button, ErrorAlert, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { PROVIDER_SIGN_IN_PROBLEMS } from './identity-provider-sign-in';
import { safeNextPath } from './safe-next';
import { useSession } from './session';

/** `alternatives`: other ways to sign in shown under the form (the identity provider's button). */
export function SignInPage({ alternatives }: { alternatives?: ReactNode }) {
  useDocumentTitle('Sign in');
  const { signIn, user } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [signedIn, setSignedIn] = useState(false);
  // Second step: the account has two-factor on; email and password are kept to send again with the code.
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const providerProblem = PROVIDER_SIGN_IN_PROBLEMS[params.get('oidc') ?? ''];

  // Signing in has already asked "who am I?" on the new client: a platform admin who must set up two-factor goes there first.
  // Someone already signed in (back from the terms interstitial, or an old tab) goes on as well.
  useEffect(() => {
    if (!signedIn && !user) return;
    navigate(user?.twoFactorSetupRequired ? '/me#two-factor' : next, { replace: true });
  }, [signedIn, user, next, navigate]);

  async function attempt(input: { email: string; password: string; code?: string }) {
    setBusy(true);
    setProblem(null);
    const result = await signIn(input);
    setBusy(false);
    if (result?.code === 'TWO_FACTOR_REQUIRED') {
      setCredentials({ email: input.email, password: input.password });
      // The first time the step appears, no code was sent: nothing is wrong yet.
      if (input.code !== undefined) setProblem(result);
    } else if (result) setProblem(result);
    else setSignedIn(true);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await attempt({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
  }

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (credentials) await attempt({ ...credentials, code: String(form.get('code') ?? '').trim() });
  }

  if (credentials) {
    return (
      <div className="narrow">
        <h1>Sign in</h1>
        <form key="code-step" onSubmit={submitCode} className="stack" noValidate aria-busy={busy || undefined}>
          <ErrorAlert>{problem?.message}</ErrorAlert>
          <p>Two-factor sign-in is on for this account. Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
          <TextField key="code" label="Code" name="code" autoComplete="one-time-code" inputMode="text" autoFocus required />
          <div className="actions">
            <Button type="submit" variant="primary" disabled={busy}>
              Continue
            </Button>
            <Button onClick={() => setCredentials(null)}>Back</Button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <form onSubmit={submit} className="stack" noValidate aria-busy={busy || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        {providerProblem && !problem ? (
          <div role="status" className="alert">
            <p>{providerProblem}</p>
          </div>
        ) : null}
        <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={params.get('email') ?? undefined} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <p>
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
        <div className="actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Sign in
          </Button>
        </div>
      </form>
      {alternatives}
      <p>
        New here? <Link to={next === '/' ? '/signup' : `/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </div>
  );
}
