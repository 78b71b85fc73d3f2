import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { ErrorAlert } from '@community-hub/web-ui';
import { myDeadlineRemindersQuery } from './consortia.documents';
import { consortiumPath, DEADLINE_LABELS, formatUkDateTime, opportunityPath } from './consortia-shared';

/**
 * "Due soon" notices: deadlines recorded as reminders for organisations the person represents
 * (only this network's with `networkId`). Renders nothing when there are none.
 */
export function DeadlineReminders({ networkId }: { networkId?: string }) {
  const [{ data, error }] = useQuery({ query: myDeadlineRemindersQuery, requestPolicy: 'cache-and-network' });
  const reminders = (data?.myDeadlineReminders ?? []).filter((reminder) => !networkId || reminder.opportunity.network.id === networkId);
  const problem = describeError(error);
  if (problem) return <ErrorAlert>{problem.message}</ErrorAlert>;
  if (!reminders.length) return null;
  return (
    <section aria-labelledby="due-soon-heading" className="panel due-soon stack-small">
      <h2 id="due-soon-heading" className="due-soon-heading">
        Due soon
      </h2>
      <ul className="plain-list stack-small">
        {reminders.map((reminder) => {
          const slug = reminder.opportunity.network.slug;
          return (
            <li key={reminder.id}>
              <strong>{DEADLINE_LABELS[reminder.kind]}</strong> for{' '}
              <Link to={opportunityPath(slug, reminder.opportunity.id)}>{reminder.opportunity.title}</Link>
              {reminder.consortium ? (
                <>
                  {' '}
                  (<Link to={consortiumPath(slug, reminder.consortium.id)}>{reminder.consortium.name}</Link>)
                </>
              ) : null}
              : <time dateTime={reminder.deadlineAt}>{formatUkDateTime(reminder.deadlineAt)}</time> (UK time),{' '}
              {reminder.daysBefore === 1 ? 'tomorrow' : `in ${reminder.daysBefore} days`}, for {reminder.organisation.name}.
            </li>
          );
        })}
      </ul>
    </section>
  );
}
