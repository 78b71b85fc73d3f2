import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { PASSWORD_HINT } from '@community-hub/shared-validation';
import { Button, ErrorAlert, sentence, TextField } from '@community-hub/web-ui';
import { changePasswordMutation } from './sessions.documents';
import { SESSIONS_CONTEXT } from './signed-in-devices';

const MESSAGES = {
  UNAUTHENTICATED: 'Your current password is not right.',
  RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
};

/** "Change password": the current one, then the new one. Every other device is signed out. */
export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [{ fetching, error }, changePassword] = useMutation(changePasswordMutation);
  const problem = describeError(error, MESSAGES);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const result = await changePassword({ input: { currentPassword, newPassword } }, SESSIONS_CONTEXT);
    if (!result.error) {
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
    }
  }

  return (
    <section aria-labelledby="change-password-heading" className="panel">
      <h2 id="change-password-heading">Change password</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <TextField
          label="Current password"
          name="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={sentence(problem?.fields['currentPassword'])}
        />
        <TextField
          label="New password"
          name="new-password"
          type="password"
          autoComplete="new-password"
          required
          hint={PASSWORD_HINT}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={sentence(problem?.fields['newPassword'] ?? problem?.fields['password'])}
        />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={fetching}>
            Change password
          </Button>
          <span className="saved" aria-live="polite">
            {done ? 'Password changed. Your other devices were signed out.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
