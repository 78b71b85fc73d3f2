import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSubscription } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { useNetworkContext } from '@community-hub/web-networks';
import { Badge, Button, ButtonLink, EmptyState, ErrorAlert, Loading, useDocumentTitle, usePageCursors } from '@community-hub/web-ui';
import { eventAddedSubscription } from './events.documents';
import { EventsPageLoader, useEventsPage, type PageResult } from './events-page-loader';
import { canCreateEvents, eventPath, eventsPath, goingText, newEventPath, whereText, type EventSummary } from './events-shared';
import { CalendarFeedLink } from './calendar-feed-link';
import { filterWindow, inWindow, type EventFilter } from './event-window';
import { MonthView } from './month-view';
import { formatDayKey, formatUkTime, formatWhen, ukDayKey, ukMonth } from './uk-time';

export const EVENTS_PAGE = 20;

const FILTERS: Array<{ value: EventFilter; label: string }> = [
  { value: 'week', label: 'This week' },
  { value: 'month', label: 'This month' },
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'past', label: 'Past' },
];

/**
 * `eventAdded` for this network: new events as they are published, newest
 * last, and a sentence for the page's polite live region.
 */
function useAddedEvents(networkId: string) {
  const [{ data }] = useSubscription({ query: eventAddedSubscription, variables: { networkId } }, (seen: EventSummary[] = [], event) =>
    seen.some((e) => e.id === event.eventAdded.id) ? seen : [...seen, event.eventAdded],
  );
  const added = data ?? [];
  const latest = added[added.length - 1];
  return { added, announcement: latest ? `New event: ${latest.title}, ${formatWhen(latest.startsAt, latest.endsAt)}.` : '' };
}

/** /n/:slug/events: the network's events as a list (by day) or a month calendar. */
export function EventsPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'month' ? 'month' : 'list';
  const filter = (FILTERS.find((f) => f.value === params.get('when'))?.value ?? 'upcoming') as EventFilter;
  const month = ukMonth(params.get('month')).month;
  // Fixed while the page is open, so the query's variables (and so its cache entry) stay put.
  const [now] = useState(() => new Date());
  const live = useAddedEvents(network.id);
  const creator = canCreateEvents(network.myMembership, user);
  useDocumentTitle(`Events · ${network.name}`);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <section aria-labelledby="events-heading" className="stack events-page">
      <div className="section-heading">
        <h2 id="events-heading">Events</h2>
        {creator ? (
          <ButtonLink to={newEventPath(network.slug)} variant="primary">
            Publicise an event
          </ButtonLink>
        ) : null}
      </div>
      {!creator ? <CreateHint slug={network.slug} signedIn={!!user} /> : null}
      <div className="events-toolbar">
        <div role="group" aria-label="View" className="segmented">
          <Button variant="secondary" size="small" aria-pressed={view === 'list'} onClick={() => update({ view: null })}>
            List
          </Button>
          <Button variant="secondary" size="small" aria-pressed={view === 'month'} onClick={() => update({ view: 'month' })}>
            Month
          </Button>
        </div>
        {view === 'list' ? (
          <div role="group" aria-label="Show" className="segmented">
            {FILTERS.map(({ value, label }) => (
              <Button
                key={value}
                variant="secondary" size="small"
                aria-pressed={filter === value}
                onClick={() => update({ when: value === 'upcoming' ? null : value })}
              >
                {label}
              </Button>
            ))}
          </div>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {live.announcement}
      </p>
      {view === 'month' ? (
        <MonthView slug={network.slug} month={month} added={live.added} onMonth={(next) => update({ month: next })} />
      ) : (
        <EventList slug={network.slug} filter={filter} now={now} added={live.added} />
      )}
    </section>
  );
}

function CreateHint({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  if (!signedIn) {
    return (
      <p className="hint">
        <Link to={signInPath(eventsPath(slug))}>Sign in</Link> to say whether you are coming, or to publicise an event as a member.
      </p>
    );
  }
  return (
    <p className="hint">
      Members publicise events here. <Link to={`/n/${slug}`}>Join this network</Link> to add yours.
    </p>
  );
}

function EventList({ slug, filter, now, added }: { slug: string; filter: EventFilter; now: Date; added: EventSummary[] }) {
  const range = useMemo(() => filterWindow(filter, now), [filter, now]);
  const { cursors, loadMore } = usePageCursors(filter);
  const [results, setResults] = useState<Record<string, PageResult>>({});
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const onResult = useCallback((key: string, result: PageResult) => setResults((all) => ({ ...all, [key]: result })), []);
  const keyOf = (after: string | null) => `${filter}:${after ?? ''}`;

  const variablesOf = (after: string | null) => ({ slug, ...range, first: EVENTS_PAGE, after });
  // The first page is read here too (one query, shared with its loader), so the first render has it:
  // a page the server renders shows the events, not "Loading events…".
  const firstPage = useEventsPage(variablesOf(null));
  const pages = cursors.map((after) => (after === null ? firstPage : results[keyOf(after)]));
  const first = pages[0];
  const last = pages[pages.length - 1];
  const more = last?.page?.pageInfo.hasNextPage && last.page.pageInfo.endCursor ? last.page.pageInfo.endCursor : null;
  const loaded = pages.flatMap((result) => result?.page?.nodes ?? []);
  const order = range.past ? -1 : 1;
  const byTime = (a: EventSummary, b: EventSummary) => order * (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0);
  const lastLoaded = loaded[loaded.length - 1];
  // A live event beyond what is loaded would jump the queue: it arrives with "Load more" instead.
  const fresh = added.filter(
    (event) => inWindow(event, range, now) && (!more || !lastLoaded || byTime(event, lastLoaded) <= 0) && !loaded.some((e) => e.id === event.id),
  );
  const events = [...loaded, ...fresh].sort(byTime);
  const days = groupByDay(events);

  // After "Load more", carry on from the first event it brought.
  useEffect(() => {
    if (!focusAfter) return;
    const page = results[keyOf(focusAfter)]?.page;
    if (!page) return;
    setFocusAfter(null);
    const id = page.nodes[0]?.id;
    if (id) document.getElementById(`event-link-${id}`)?.focus();
  }, [focusAfter, results]);

  return (
    <div className="stack">
      {cursors.map((after) => (
        <EventsPageLoader
          key={keyOf(after)}
          resultKey={keyOf(after)}
          variables={variablesOf(after)}
          onResult={onResult}
        />
      ))}
      <CalendarFeedLink path={first?.calendarPath} />
      {!first || (first.fetching && !first.page) ? <Loading label="Loading events…" /> : null}
      <ErrorAlert>{describeError(first?.error)?.message}</ErrorAlert>
      {first?.page && !events.length ? <EmptyState>{EMPTY[filter]}</EmptyState> : null}
      {days.map(([day, dayEvents]) => (
        <section key={day} aria-labelledby={`day-${day}`} className="event-day stack-small">
          <h3 id={`day-${day}`} className="event-day-heading">
            {formatDayKey(day)}
          </h3>
          <ul className="row-list" aria-labelledby={`day-${day}`}>
            {dayEvents.map((event) => (
              <EventRow key={event.id} event={event} slug={slug} />
            ))}
          </ul>
        </section>
      ))}
      {more ? (
        <p className="load-more">
          <Button
            variant="secondary"
            disabled={last?.fetching}
            onClick={() => {
              setFocusAfter(more);
              loadMore(more);
            }}
          >
            Load more
          </Button>
        </p>
      ) : null}
    </div>
  );
}

const EMPTY: Record<EventFilter, string> = {
  week: 'No events this week.',
  month: 'No events this month.',
  upcoming: 'No upcoming events yet.',
  past: 'No past events yet.',
};

/** [day, events] in the order the events come, by the UK day each starts. */
export function groupByDay(events: EventSummary[]): Array<[string, EventSummary[]]> {
  const days = new Map<string, EventSummary[]>();
  for (const event of events) {
    const day = ukDayKey(event.startsAt);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days.entries()];
}

function EventRow({ event, slug }: { event: EventSummary; slug: string }) {
  const where = whereText(event);
  const cancelled = event.status === 'CANCELLED';
  return (
    <li className="row event-row">
      <div className="row-main stack-small">
        <p className="event-title">
          <Link to={eventPath(slug, event.id)} id={`event-link-${event.id}`}>
            {event.title}
          </Link>
        </p>
        <p className="muted small">
          <time dateTime={event.startsAt}>
            {formatUkTime(event.startsAt)}–{formatUkTime(event.endsAt)}
          </time>
          {where ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {where}
            </>
          ) : null}
          {event.series ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              Repeats
            </>
          ) : null}
        </p>
        {cancelled || event.visibility === 'MEMBERS' || event.myRsvp ? (
          <span className="badges">
            {cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
            {event.visibility === 'MEMBERS' ? <Badge>Members only</Badge> : null}
            {event.myRsvp === 'GOING' ? <Badge tone="success">You’re going</Badge> : null}
            {event.myRsvp === 'WAITLISTED' ? <Badge tone="warning">On the waitlist</Badge> : null}
            {event.myRsvp === 'MAYBE' ? <Badge tone="info">Maybe</Badge> : null}
          </span>
        ) : null}
      </div>
      {cancelled ? null : <p className="event-count">{goingText(event)}</p>}
    </li>
  );
}
