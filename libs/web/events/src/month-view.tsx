import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '@community-hub/web-graphql';
import { Button, EmptyState, ErrorAlert, Loading } from '@community-hub/web-ui';
import { eventPath, type EventSummary } from './events-shared';
import { CalendarFeedLink } from './calendar-feed-link';
import { EventsPageLoader, type PageResult } from './events-page-loader';
import { inWindow } from './event-window';
import { formatDayKey, formatMonth, formatUkTime, monthGrid, shiftMonth, ukDayKey, ukMonth, ukToday } from './uk-time';

/** Per request: the API refuses pages whose estimated cost is too high (about 20 per event). */
export const MONTH_PAGE = 50;
/** Pages fetched one after another for a month: 300 events is far more than any network has. */
export const MONTH_PAGES_MAX = 6;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A month as a calendar table: weekday column headers, one row per week, each
 * day's events (UK time) as links. Previous / next month move through the year.
 */
export function MonthView({ slug, month, added, onMonth }: { slug: string; month: string; added: EventSummary[]; onMonth(month: string): void }) {
  const range = ukMonth(month);
  const { pages, loaders, truncated } = useWholeMonth(slug, range);
  const first = pages[0];
  const loaded = pages.flatMap((result) => result?.page?.nodes ?? []);
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
        <Button variant="secondary" size="small" onClick={() => onMonth(previous)}>
          <span aria-hidden="true">‹ </span>Previous month<span className="visually-hidden"> ({formatMonth(previous)})</span>
        </Button>
        <h3 id={captionId} className="month-title" aria-live="polite">
          {formatMonth(month)}
        </h3>
        <Button variant="secondary" size="small" onClick={() => onMonth(next)}>
          Next month<span className="visually-hidden"> ({formatMonth(next)})</span>
          <span aria-hidden="true"> ›</span>
        </Button>
      </div>
      {loaders}
      <CalendarFeedLink path={first?.calendarPath} />
      {!first || (first.fetching && !first.page) ? <Loading label="Loading events…" /> : null}
      <ErrorAlert>{describeError(pages.find((result) => result?.error)?.error)?.message}</ErrorAlert>
      {first?.page && !byDay.size ? <EmptyState>No events in {formatMonth(month)}.</EmptyState> : null}
      {truncated ? <p className="hint">This month has more events than the calendar can show. The list view has them all.</p> : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Calendar">
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

/** Every page of the month's events, fetched one after another. */
function useWholeMonth(slug: string, range: { month: string; from: string; to: string }) {
  const [cursors, setCursors] = useState<{ month: string; list: Array<string | null> }>({ month: range.month, list: [null] });
  const list = cursors.month === range.month ? cursors.list : [null];
  const [results, setResults] = useState<Record<string, PageResult>>({});
  const onResult = useCallback((key: string, result: PageResult) => setResults((all) => ({ ...all, [key]: result })), []);
  const keyOf = (after: string | null) => `${range.month}:${after ?? ''}`;
  const pages = list.map((after) => results[keyOf(after)]);
  const last = pages[pages.length - 1]?.page?.pageInfo;
  const next = last?.hasNextPage && last.endCursor ? last.endCursor : null;
  const canGrow = list.length < MONTH_PAGES_MAX;
  useEffect(() => {
    if (!next || !canGrow) return;
    setCursors((current) => {
      const base = current.month === range.month ? current.list : [null];
      return base.includes(next) ? current : { month: range.month, list: [...base, next] };
    });
  }, [next, canGrow, range.month]);
  const loaders = list.map((after) => (
    <EventsPageLoader
      key={keyOf(after)}
      resultKey={keyOf(after)}
      variables={{ slug, from: range.from, to: range.to, past: false, first: MONTH_PAGE, after }}
      onResult={onResult}
    />
  ));
  return { pages, loaders, truncated: !!next && !canGrow };
}
