import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { useNetworkContext } from '@community-hub/web-networks';
import { ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { EventForm } from './event-form';
import { eventPageQuery } from './events.documents';
import { canCreateEvents, eventPath, eventsPath, newEventPath } from './events-shared';

/** /n/:slug/events/new (inside the network's tabs). */
export function NewEventPage() {
  const { network } = useNetworkContext();
  const { user, loading } = useSession();
  const navigate = useNavigate();
  useDocumentTitle(`New event · ${network.name}`);
  if (loading) return <Loading />;
  if (!canCreateEvents(network.myMembership, user)) {
    return (
      <section className="stack" aria-labelledby="new-event-heading">
        <h2 id="new-event-heading">Publicise an event</h2>
        {user ? (
          <p className="hint">
            Only members can publicise events. <Link to={`/n/${network.slug}`}>Join this network</Link> first.
          </p>
        ) : (
          <p className="hint">
            <Link to={signInPath(newEventPath(network.slug))}>Sign in</Link> and join this network to publicise an event.
          </p>
        )}
      </section>
    );
  }
  return (
    <EventForm
      networkId={network.id}
      slug={network.slug}
      event={null}
      organisation={network.myMembership?.organisation ?? null}
      privateNetwork={network.visibility === 'PRIVATE'}
      onCancel={() => navigate(eventsPath(network.slug))}
    />
  );
}

/** /n/:slug/e/:eventId/edit */
export function EditEventPage() {
  const { slug = '', eventId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: eventPageQuery, variables: { id: eventId } });
  const event = data?.event ?? null;
  const problem = describeError(error);
  useDocumentTitle(event ? `Edit ${event.title}` : 'Edit event');
  if (fetching && !data) return <Loading label="Loading event…" />;
  if (!event || !event.canManage || event.status === 'CANCELLED') {
    const heading = !event ? 'Event not found' : event.status === 'CANCELLED' ? 'This event was cancelled' : 'You cannot edit this event';
    return (
      <div className="stack">
        <h1>{heading}</h1>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        {event && !event.canManage ? <p>Only the organiser or a coordinator of the network can change it.</p> : null}
        <p>
          <Link to={event ? eventPath(slug, event.id) : eventsPath(slug)}>{event ? 'Back to the event' : 'See the network’s events'}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack-large">
      <div className="page-heading">
        <nav aria-label="Breadcrumb" className="eyebrow">
          <Link to={`/n/${event.network.slug}`}>{event.network.name}</Link> <span aria-hidden="true">›</span>{' '}
          <Link to={eventsPath(event.network.slug)}>Events</Link> <span aria-hidden="true">›</span>{' '}
          <Link to={eventPath(event.network.slug, event.id)}>{event.title}</Link>
        </nav>
        <h1>Edit “{event.title}”</h1>
      </div>
      <EventForm
        networkId={event.network.id}
        slug={event.network.slug}
        event={event}
        privateNetwork={event.network.visibility === 'PRIVATE'}
        onCancel={() => navigate(eventPath(event.network.slug, event.id))}
      />
    </div>
  );
}
