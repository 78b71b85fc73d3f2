import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { ErrorAlert, Loading } from '@community-hub/web-ui';
import { networkEventsQuery } from './events.documents';
import { eventPath, type EventSummary } from './events-shared';
import { CalendarFeedLink } from './calendar-feed-link';
import { EVENTS_CONTEXT, inWindow } from './event-window';
import { formatDayKey, formatMonth, formatUkTime, monthGrid, shiftMonth, ukDayKey, ukMonth, ukToday } from './uk-time';

/** One request's worth: a month of a busy network fits. */
export const MONTH_EVENTS_MAX = 100;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A month as a calendar table: weekday column headers, one row per week, each
 * day's events (UK time) as links. Previous / next month move through the year.
 */
export function MonthView({ slug, month, added, onMonth }: { slug: string; month: string; added: EventSummary[]; onMonth(month: string): void }) {
  const range = ukMonth(month);
  const [{ data, fetching, error }] = useQuery({
    query: networkEventsQuery,
    variables: { slug, from: range.from, to: range.to, past: false, first: MONTH_EVENTS_MAX, after: null },
    requestPolicy: 'cache-and-network',
    context: EVENTS_CONTEXT,
  });
  const page = data?.network?.events;
  const loaded = page?.nodes ?? [];
  const now = new Date();
  const fresh = added.filter((event) => inWindow(event, { ...range, past: false }, now) && !loaded.some((e) => e.id === event.id));
  const byDay = new Map<string, EventSummary[]>();
  for (const event of [...loaded, ...fresh].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1))) {
    const day = ukDayKey(event.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const today = ukToday();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const captionId = `month-${month}`;

  return (
    <div className="stack month-view">
      <div className="month-nav">
        <button type="button" className="button button-secondary button-small" onClick={() => onMonth(previous)}>
          <span aria-hidden="true">‹ </span>Previous month<span className="visually-hidden"> ({formatMonth(previous)})</span>
        </button>
        <h3 id={captionId} className="month-title" aria-live="polite">
          {formatMonth(month)}
        </h3>
        <button type="button" className="button button-secondary button-small" onClick={() => onMonth(next)}>
          Next month<span className="visually-hidden"> ({formatMonth(next)})</span>
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <CalendarFeedLink path={data?.network?.calendarPath} />
      {fetching && !data ? <Loading label="Loading events…" /> : null}
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {page?.pageInfo.hasNextPage ? (
        <p className="hint">This month has more than {MONTH_EVENTS_MAX} events: the calendar shows the first {MONTH_EVENTS_MAX}. The list view has them all.</p>
      ) : null}
      <div className="table-scroll">
        <table className="calendar" aria-labelledby={captionId}>
          <thead>
            <tr>
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col">
                  <abbr title={day}>{day.slice(0, 3)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week, index) => (
              <tr key={index}>
                {week.map((day, column) =>
                  day ? (
                    <td key={day} className={day === today ? 'calendar-day calendar-today' : 'calendar-day'} aria-current={day === today ? 'date' : undefined}>
                      <span className="calendar-date" aria-hidden="true">
                        {Number(day.slice(8))}
                      </span>
                      <span className="calendar-full-date">{formatDayKey(day)}</span>
                      {byDay.get(day)?.length ? (
                        <ul className="calendar-events">
                          {byDay.get(day)!.map((event) => (
                            <li key={event.id} className={event.status === 'CANCELLED' ? 'calendar-event calendar-event-cancelled' : 'calendar-event'}>
                              <Link to={eventPath(slug, event.id)}>
                                <span className="calendar-time">{formatUkTime(event.startsAt)}</span> {event.title}
                                {event.status === 'CANCELLED' ? ' (cancelled)' : ''}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="visually-hidden">: no events</span>
                      )}
                    </td>
                  ) : (
                    <td key={`empty-${column}`} className="calendar-day calendar-outside" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
