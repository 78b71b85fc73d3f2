import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { describeError, type EventClashFragment } from '@community-hub/web-graphql';
import { Badge, ErrorAlert, ExternalLink, Loading, MarkdownText, useDocumentTitle, preloadMarkdown, useSiteOrigin } from '@community-hub/web-ui';
import { useSession } from '@community-hub/web-accounts';
import { ReportButton } from '@community-hub/web-moderation';
import { eventPageQuery, eventUpdatedSubscription } from './events.documents';
import { eventsPath, googleCalendarUrl, whereText, type EventDetails } from './events-shared';
import { EventManagement } from './event-management';
import { RsvpPanel } from './rsvp-panel';
import { formatWhen, ukZoneAbbreviation } from './uk-time';

/** What a page that saved an event hands to the event page (router state). */
export interface EventPageState {
  saved?: string;
}

/** /n/:slug/e/:eventId */
export function EventPage() {
  // The text is Markdown: its renderer loads while the data does.
  preloadMarkdown();
  const { eventId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: eventPageQuery, variables: { id: eventId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const event = data?.event ?? null;
  if (fetching && !data) return <Loading label="Loading event…" />;
  if (!event) return <EventNotFound message={describeError(error)?.message} />;
  return <EventView key={event.id} event={event} clashes={event.clashes} refresh={refresh} />;
}

function EventNotFound({ message }: { message?: string }) {
  const heading = message ? 'We could not load this event' : 'Event not found';
  useDocumentTitle(heading);
  const { slug = '' } = useParams();
  return (
    <div className="stack">
      <h1>{heading}</h1>
      <ErrorAlert>{message}</ErrorAlert>
      {message ? null : <p>It may have been removed, or it is for members of a network you are not in.</p>}
      <p>
        <Link to={eventsPath(slug)}>See the network’s events</Link>
      </p>
    </div>
  );
}

/**
 * The newest of what the page knows about the event: the query, an answer from
 * a mutation, or a live push (someone else's RSVP moves the count).
 */
function useLiveEvent(initial: EventDetails) {
  const [shown, setShown] = useState(initial);
  useEffect(() => setShown(initial), [initial]);
  const [{ data: pushed }] = useSubscription({ query: eventUpdatedSubscription, variables: { eventId: initial.id } }, (_previous: EventDetails | undefined, next) => next.eventUpdated);
  useEffect(() => {
    if (pushed) setShown(pushed);
  }, [pushed]);
  return { event: shown, pushed, setEvent: setShown };
}

function EventView({ event: loaded, clashes, refresh }: { event: EventDetails; clashes: EventClashFragment[]; refresh(): void }) {
  const location = useLocation();
  const { event, pushed, setEvent } = useLiveEvent(loaded);
  const slug = event.network.slug;
  const cancelled = event.status === 'CANCELLED';
  const saved = (location.state as EventPageState | null)?.saved;
  useDocumentTitle(`${event.title} · ${event.network.name}`);

  return (
    <article className="stack-large event-page" aria-labelledby="event-title">
      <div className="page-heading stack-small">
        <nav aria-label="Breadcrumb" className="eyebrow">
          <Link to="/">Networks</Link> <span aria-hidden="true">›</span> <Link to={`/n/${slug}`}>{event.network.name}</Link>{' '}
          <span aria-hidden="true">›</span> <Link to={eventsPath(slug)}>Events</Link>
        </nav>
        <h1 id="event-title">{event.title}</h1>
        <EventReport eventId={event.id} title={event.title} />
        <p className="event-when-line">
          <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt)}</time>{' '}
          <span className="muted small">UK time ({ukZoneAbbreviation(event.startsAt)})</span>
        </p>
        {cancelled || event.visibility === 'MEMBERS' ? (
          <p className="badges">
            {cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
            {event.visibility === 'MEMBERS' ? <Badge tone="neutral">Members only</Badge> : null}
          </p>
        ) : null}
      </div>

      {saved ? (
        <p className="success" role="status">
          {saved}
        </p>
      ) : null}

      {cancelled ? (
        <div className="alert alert-error event-cancelled" role="alert">
          <p className="alert-title">This event has been cancelled.</p>
          {event.cancelReason ? <p>Reason: {event.cancelReason}</p> : null}
        </div>
      ) : null}

      {event.canManage && clashes.length && !cancelled ? <ClashWarning clashes={clashes} /> : null}

      <div className="event-layout">
        <div className="stack-large event-main">
          <dl className="facts event-facts">
            {event.location ? (
              <div>
                <dt>Where</dt>
                <dd>
                  {event.location}
                  {event.address ? <span className="event-address">, {event.address}</span> : null}
                </dd>
              </div>
            ) : null}
            {event.online ? (
              <div>
                <dt>Online</dt>
                <dd>{event.onlineUrl ? <ExternalLink href={event.onlineUrl}>Join online</ExternalLink> : 'Yes (the organiser will share the link)'}</dd>
              </div>
            ) : null}
            {event.series ? (
              <div>
                <dt>Repeats</dt>
                <dd>{event.series.summary}</dd>
              </div>
            ) : null}
            <div>
              <dt>Organiser</dt>
              <dd>
                {event.organiser.name}
                {event.organiserOrganisation ? `, ${event.organiserOrganisation.name}` : ''}
              </dd>
            </div>
            {event.accessibilityNotes ? (
              <div>
                <dt>Accessibility</dt>
                <dd className="plain-text">{event.accessibilityNotes}</dd>
              </div>
            ) : null}
          </dl>

          <section aria-labelledby="about-heading" className="stack-small">
            <h2 id="about-heading">About this event</h2>
            <MarkdownText source={event.description} headingLevel={3} empty={<p className="muted">No description.</p>} />
          </section>
        </div>

        <div className="stack-large event-side">
          <RsvpPanel event={event} onAnswered={setEvent} />
          <AddToCalendar event={event} />
        </div>
      </div>

      {event.canManage ? (
        <EventManagement
          event={event}
          liveVersion={pushed}
          onChanged={(changed) => {
            setEvent(changed);
            refresh();
          }}
        />
      ) : null}
    </article>
  );
}

function ClashWarning({ clashes }: { clashes: EventClashFragment[] }) {
  return (
    <div className="alert alert-warning" role="note" aria-labelledby="clash-heading">
      <p className="alert-title" id="clash-heading">
        Another event is at the same venue at an overlapping time
      </p>
      <ul>
        {clashes.map((clash) => (
          <li key={clash.id}>
            {clash.title}: {formatWhen(clash.startsAt, clash.endsAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AddToCalendar({ event }: { event: EventDetails }) {
  const origin = useSiteOrigin();
  const { pathname } = useLocation();
  const pageUrl = `${origin}${pathname}`;
  return (
    <section aria-labelledby="calendar-heading" className="panel stack-small">
      <h2 id="calendar-heading">Add to calendar</h2>
      <ul className="plain-list">
        <li>
          <a href={event.calendarPath} download>
            Download .ics file
          </a>
          <span className="muted small"> (Outlook, Apple Calendar)</span>
        </li>
        <li>
          <ExternalLink href={googleCalendarUrl(event, pageUrl)}>Add to Google Calendar</ExternalLink>
        </li>
      </ul>
      <p className="muted small">{whereText(event) ? `${whereText(event)}. ` : ''}Times are in UK time.</p>
    </section>
  );
}

/** "Report" for signed-in people (the API refuses anyone else). */
function EventReport({ eventId, title }: { eventId: string; title: string }) {
  const { user } = useSession();
  return user ? <ReportButton kind="EVENT" id={eventId} subject={`the event ${title}`} /> : null;
}
