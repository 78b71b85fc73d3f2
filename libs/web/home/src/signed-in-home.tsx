import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeError, type SignedInHomeQuery } from '@community-hub/web-graphql';
import { NetworkDirectoryPage } from '@community-hub/web-networks';
import { Badge, EmptyState, ErrorAlert, Loading, RelativeTime, useDocumentTitle } from '@community-hub/web-ui';
import { signedInHomeQuery } from './home.documents';
import './home.css';

type HomeData = SignedInHomeQuery;
type Consortium = HomeData['myConsortia'][number];

const UK_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short' });
const UK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
const RSVP_LABELS: Record<string, string> = { GOING: 'Going', MAYBE: 'Maybe', NOT_GOING: 'Not going', WAITLISTED: 'On the waiting list' };
const DEADLINE_LABELS = { clarificationDeadline: 'Clarification questions', expressionOfInterestDeadline: 'Expression of interest', deadline: 'Submission' } as const;
/** Consortia still working towards a bid: their deadlines matter. */
const OPEN_CONSORTIUM = new Set(['FORMING', 'SUBMITTED']);

/**
 * `/` for signed-in people: what is new in their networks, their next events, their
 * consortia's deadlines, invitations and unread notifications (one request), then the
 * directory of every network.
 */
export function SignedInHome({ name }: { name: string }) {
  useDocumentTitle('Home');
  const [{ data, fetching, error }] = useQuery({ query: signedInHomeQuery, requestPolicy: 'cache-and-network' });
  const problem = describeError(error);
  return (
    <div className="stack-large">
      <div>
        <h1>Welcome, {name.split(/\s+/)[0]}</h1>
        <p className="lead">What is new in your networks.</p>
      </div>
      {fetching && !data ? <Loading label="Loading your home page…" /> : null}
      <ErrorAlert>{problem?.message}</ErrorAlert>
      {data ? (
        <div className="home-grid">
          <LatestThreads threads={data.myLatestThreads} />
          <UpcomingEvents events={data.myUpcomingEvents} />
          <Deadlines consortia={data.myConsortia} />
          <Invitations invitations={data.myConsortiumInvitations} />
          <UnreadNotifications count={data.unreadNotificationCount} notifications={data.notifications.nodes} />
        </div>
      ) : null}
      <NetworkDirectoryPage embedded />
    </div>
  );
}

function HomeSection({ id, title, more, children }: { id: string; title: string; more?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel home-section">
      <h2 id={id}>{title}</h2>
      {children}
      {more ? <p className="home-more">{more}</p> : null}
    </section>
  );
}

function LatestThreads({ threads }: { threads: HomeData['myLatestThreads'] }) {
  return (
    <HomeSection id="home-threads" title="Latest discussions">
      {threads.length ? (
        <ul className="row-list">
          {threads.map((thread) => (
            <li key={thread.id} className="row">
              <div className="row-main">
                <Link to={`/n/${thread.network.slug}/t/${thread.id}`}>{thread.title}</Link>
                <p className="muted small">
                  {thread.consortium ? `${thread.consortium.name} (private workspace)` : thread.network.name}
                  <span aria-hidden="true"> · </span>
                  <span className="visually-hidden">, </span>
                  last post by {thread.lastPoster.name} <RelativeTime iso={thread.lastActivityAt} />
                </p>
              </div>
              {thread.unreadCount > 0 ? <Badge tone="info">{thread.unreadCount} unread</Badge> : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>
          No discussions yet in your networks. <a href="#directory-heading">Find a network to join</a>.
        </EmptyState>
      )}
    </HomeSection>
  );
}

function UpcomingEvents({ events }: { events: HomeData['myUpcomingEvents'] }) {
  return (
    <HomeSection id="home-events" title="Your upcoming events">
      {events.length ? (
        <ul className="row-list">
          {events.map((event) => (
            <li key={event.id} className="row">
              <div className="row-main">
                <Link to={`/n/${event.network.slug}/e/${event.id}`}>{event.title}</Link>
                <p className="muted small">
                  <time dateTime={event.startsAt}>
                    {UK_DATE.format(new Date(event.startsAt))}, {UK_TIME.format(new Date(event.startsAt))}
                  </time>
                  {` · ${event.online ? 'Online' : event.location} · ${event.network.name}`}
                </p>
              </div>
              {event.myRsvp ? <Badge tone={event.myRsvp === 'GOING' ? 'success' : 'neutral'}>{RSVP_LABELS[event.myRsvp] ?? event.myRsvp}</Badge> : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>No events coming up in your networks.</EmptyState>
      )}
    </HomeSection>
  );
}

/** The next deadline of each consortium still bidding, soonest first. */
export function upcomingDeadlines(consortia: readonly Consortium[], now = new Date()) {
  const due: { consortium: Consortium; label: string; at: string }[] = [];
  for (const consortium of consortia) {
    if (!OPEN_CONSORTIUM.has(consortium.status)) continue;
    for (const key of Object.keys(DEADLINE_LABELS) as Array<keyof typeof DEADLINE_LABELS>) {
      const at = consortium.opportunity[key];
      if (at && new Date(at) > now) due.push({ consortium, label: DEADLINE_LABELS[key], at });
    }
  }
  return due.sort((a, b) => a.at.localeCompare(b.at)).slice(0, 6);
}

function Deadlines({ consortia }: { consortia: HomeData['myConsortia'] }) {
  const due = upcomingDeadlines(consortia);
  return (
    <HomeSection id="home-deadlines" title="Consortium deadlines" more={consortia.length ? <Link to="/consortia">All your consortia</Link> : null}>
      {due.length ? (
        <ul className="row-list">
          {due.map(({ consortium, label, at }) => (
            <li key={`${consortium.id}:${label}`} className="row">
              <div className="row-main">
                <Link to={`/n/${consortium.network.slug}/c/${consortium.id}`}>{consortium.name}</Link>
                <p className="muted small">
                  {label} for “{consortium.opportunity.title}”
                </p>
              </div>
              <time dateTime={at} className="home-date">
                {UK_DATE.format(new Date(at))}, {UK_TIME.format(new Date(at))}
              </time>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>No consortium deadlines coming up.</EmptyState>
      )}
    </HomeSection>
  );
}

function Invitations({ invitations }: { invitations: HomeData['myConsortiumInvitations'] }) {
  if (!invitations.length) return null;
  return (
    <HomeSection id="home-invitations" title={`Invitations (${invitations.length})`} more={<Link to="/consortia/invitations">Answer invitations</Link>}>
      <ul className="row-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="row">
            <div className="row-main">
              <Link to={`/n/${invitation.consortium.network.slug}/c/${invitation.consortium.id}`}>{invitation.consortium.name}</Link>
              <p className="muted small">
                invites {invitation.organisation.name} to bid for “{invitation.consortium.opportunity.title}”
              </p>
            </div>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}

function UnreadNotifications({ count, notifications }: { count: number; notifications: HomeData['notifications']['nodes'] }) {
  return (
    <HomeSection id="home-notifications" title={count ? `Unread notifications (${count})` : 'Notifications'} more={<Link to="/notifications">All notifications</Link>}>
      {notifications.length ? (
        <ul className="row-list">
          {notifications.map((notification) => (
            <li key={notification.id} className="row">
              <div className="row-main">
                <Link to={notification.path}>{notification.title}</Link>
                <p className="muted small">
                  <RelativeTime iso={notification.createdAt} />
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>You are up to date.</EmptyState>
      )}
    </HomeSection>
  );
}

