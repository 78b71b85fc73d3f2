import { useQuery } from 'urql';
import { formatUkTime } from './notifications-shared';
import { emailDeliveryStoppedQuery } from './email-in.documents';

const REASONS = {
  HARD_BOUNCE: 'your mail server said the address does not exist',
  COMPLAINT: 'one of our emails was reported as spam from it',
} as const;

/** On the person's own profile: we stopped emailing their address (a hard bounce or a complaint), and why. */
export function EmailDeliveryNotice() {
  const [{ data }] = useQuery({ query: emailDeliveryStoppedQuery });
  const me = data?.me;
  const stopped = me?.emailDeliveryStopped;
  if (!me || !stopped) return null;
  return (
    <section aria-labelledby="email-stopped-heading" className="panel stack-small" role="status">
      <h2 id="email-stopped-heading">We no longer email you</h2>
      <p>
        Since {formatUkTime(stopped.since)} we have not sent email to {me.email}, because {REASONS[stopped.reason]}
        {stopped.detail ? ` (${stopped.detail})` : ''}. Notifications still appear in the app. If the address works again, please contact
        the network&apos;s coordinators.
      </p>
    </section>
  );
}
