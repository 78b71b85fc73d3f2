import { useQuery } from 'urql';
import type { EventClashFragment } from '@community-hub/web-graphql';
import { useDebouncedValue } from '@community-hub/web-ui';
import { eventClashesQuery } from './events.documents';
import { instants, type FormValues } from './event-form-values';
import { formatWhen } from './uk-time';

export const CLASH_CHECK_DELAY_MS = 500;

/**
 * Asks the API, once typing has paused, whether another event is at the same
 * venue at an overlapping time. A warning only: the organiser may go ahead.
 */
export function useClashCheck(networkId: string, values: FormValues, excludeEventId: string | null): EventClashFragment[] {
  const times = instants(values);
  const location = values.location.trim();
  const planned = times && location && times.endsAt > times.startsAt ? { ...times, location } : null;
  const settled = useDebouncedValue(planned ? JSON.stringify(planned) : '', CLASH_CHECK_DELAY_MS);
  const input = settled ? (JSON.parse(settled) as { startsAt: string; endsAt: string; location: string }) : null;
  const [{ data }] = useQuery({
    query: eventClashesQuery,
    variables: { input: { networkId, startsAt: input?.startsAt ?? '', endsAt: input?.endsAt ?? '', location: input?.location ?? '', excludeEventId } },
    pause: !input,
    requestPolicy: 'cache-and-network',
  });
  return input ? (data?.eventClashes ?? []) : [];
}

export function ClashNotice({ clashes }: { clashes: EventClashFragment[] }) {
  return (
    <div aria-live="polite">
      {clashes.length ? (
        <div className="alert alert-warning">
          <p className="alert-title">Another event is at the same venue at an overlapping time:</p>
          <ul>
            {clashes.map((clash) => (
              <li key={clash.id}>
                {clash.title}: {formatWhen(clash.startsAt, clash.endsAt)}
              </li>
            ))}
          </ul>
          <p>You can still save: check with the venue and the other organiser.</p>
        </div>
      ) : null}
    </div>
  );
}
