import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button } from '@community-hub/web-ui';
import { platformStatusQuery, resendVerificationEmailMutation } from './accounts.documents';
import { useSession } from './session';
import './account-notices.css';

/** Notices at the top of every page (above the h1, so their titles are not headings): "confirm your email" for the unverified, and a mail warning for platform admins. */
export function AccountNotices() {
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      {user.emailVerified ? null : <VerifyEmailBanner email={user.email ?? ''} />}
      {user.isPlatformAdmin ? <MailDeliveryWarning /> : null}
    </>
  );
}

function VerifyEmailBanner({ email }: { email: string }) {
  const [{ fetching, error }, resend] = useMutation(resendVerificationEmailMutation);
  const [sent, setSent] = useState(false);
  const problem = describeError(error, { RATE_LIMITED: 'Too many emails asked for. Please wait a few minutes and try again.' });
  return (
    <section className="account-notice" aria-labelledby="verify-email-notice">
      <p id="verify-email-notice" className="account-notice-title">Please confirm your email address</p>
      <p>
        We sent a link to {email || 'your email address'}. Until you follow it you can read and join networks, but not post, share documents
        or answer events.
      </p>
      <p aria-live="polite">{sent ? 'We have sent a new link.' : problem ? problem.message : ''}</p>
      <Button
        disabled={fetching}
        onClick={async () => {
          setSent(false);
          const result = await resend({});
          if (!result.error) setSent(true);
        }}
      >
        Resend
      </Button>
    </section>
  );
}

function MailDeliveryWarning() {
  const [{ data }] = useQuery({ query: platformStatusQuery });
  if (data?.platformStatus.mailDelivery !== 'NOT_SENT') return null;
  return (
    <section className="account-notice account-notice-warning" role="alert" aria-labelledby="mail-delivery-warning">
      <p id="mail-delivery-warning" className="account-notice-title">No email is being sent</p>
      <p>
        SMTP_URL is not set, so sign-up, password-reset and notification emails are only written to the server&apos;s DATA_DIR/mail folder and
        nobody receives them. Set SMTP_URL and restart.
      </p>
    </section>
  );
}
