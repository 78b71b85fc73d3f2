import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, sentence, TextField } from '@community-hub/web-ui';
import { requestEmailChangeMutation } from './accounts.documents';

/** "Change email": the new address takes effect once the link sent there is followed; the old one is told. */
export function ChangeEmailSection() {
  const [{ fetching, error }, requestChange] = useMutation(requestEmailChangeMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const problem = describeError(error, { CONFLICT: 'Another account already uses that email address.' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newEmail = String(form.get('newEmail') ?? '').trim();
    setSentTo(null);
    const result = await requestChange({ input: { newEmail, password: String(form.get('password') ?? '') } });
    if (!result.error) {
      setSentTo(newEmail);
      formElement.reset();
    }
  }

  return (
    <section aria-labelledby="change-email" className="panel">
      <h2 id="change-email">Change email</h2>
      <p className="muted">We will email a link to the new address; your address changes when you follow it.</p>
      <form onSubmit={submit} className="stack" noValidate aria-busy={fetching || undefined}>
        <ErrorAlert>{problem && !problem.fields['newEmail'] && !problem.fields['password'] ? problem.message : null}</ErrorAlert>
        <TextField label="New email" name="newEmail" type="email" autoComplete="email" required error={sentence(problem?.fields['newEmail'])} />
        <TextField
          label="Current password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={sentence(problem?.fields['password'])}
        />
        <div className="actions">
          <Button type="submit" disabled={fetching}>
            Send confirmation link
          </Button>
          <span aria-live="polite">{sentTo ? `Link sent to ${sentTo}` : ''}</span>
        </div>
      </form>
    </section>
  );
}
