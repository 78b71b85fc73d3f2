import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_HINT, PASSWORD_MIN_LENGTH } from '@community-hub/shared-validation';
import type { ApiProblem } from '@community-hub/web-graphql';
import { Button, ErrorAlert, sentence, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { TermsCheckbox, TERMS_NOT_TICKED, useAcceptCurrentTerms } from '@community-hub/web-statements';
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
  const [missing, setMissing] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const acceptTerms = useAcceptCurrentTerms();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    };
    // What the form itself can tell at once: empty boxes and the terms not accepted.
    const empty: Record<string, string> = {};
    if (!input.name) empty['name'] = 'Enter your name.';
    if (!input.email) empty['email'] = 'Enter your email address.';
    if (!input.password) empty['password'] = 'Enter a password.';
    if (!form.get('acceptTerms')) empty['acceptTerms'] = TERMS_NOT_TICKED;
    setMissing(empty);
    const first = Object.keys(empty)[0];
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await signUp(input, acceptTerms);
    setBusy(false);
    if (result) setProblem(result);
    else navigate(next, { replace: true });
  }

  const fields = { ...(problem?.fields ?? {}), ...missing };
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lead">Join your local community network, and the groups and people in it.</p>
      <form ref={formRef} onSubmit={submit} className="stack" noValidate aria-busy={busy || undefined}>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <TextField label="Name" name="name" autoComplete="name" required error={sentence(fields['name'])} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={params.get('email') ?? undefined} error={sentence(fields['email'])} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={PASSWORD_HINT}
          error={sentence(fields['password'])}
        />
        <TermsCheckbox error={fields['acceptTerms']} />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Create account
          </Button>
        </div>
      </form>
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </div>
  );
}
