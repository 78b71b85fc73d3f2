import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { describeError, type EventScope } from '@community-hub/web-graphql';
import { Button, ButtonLink, EmptyState, ErrorAlert, Loading, TextAreaField } from '@community-hub/web-ui';
import { cancelEventMutation, eventAttendeesCsvQuery, eventAttendeesQuery } from './events.documents';
import { attendeesFilename, editEventPath, RSVP_LABELS, type EventDetails } from './events-shared';
import { AttendanceToggle } from './attendance-toggle';
import { formatUkDate, formatUkTime } from './uk-time';

export const ATTENDEES_PAGE = 100;

/** Organisers and coordinators: edit, cancel, who is coming and the CSV. */
export function EventManagement({
  event,
  liveVersion,
  onChanged,
}: {
  event: EventDetails;
  /** The latest live push: the attendee list is fetched again when it moves. */
  liveVersion: EventDetails | undefined;
  onChanged(event: EventDetails): void;
}) {
  const [cancelling, setCancelling] = useState(false);
  const cancelled = event.status === 'CANCELLED';
  return (
    <section aria-labelledby="manage-heading" className="stack event-manage">
      <h2 id="manage-heading">Organiser tools</h2>
      {cancelled ? null : (
        <div className="actions">
          <ButtonLink to={editEventPath(event.network.slug, event.id)} variant="secondary">
            Edit event
          </ButtonLink>
          <Button
            variant="danger"
            aria-expanded={cancelling}
            aria-controls={cancelling ? 'cancel-event' : undefined}
            onClick={() => setCancelling((open) => !open)}
          >
            Cancel event
          </Button>
        </div>
      )}
      {cancelling && !cancelled ? (
        <CancelEventForm
          event={event}
          onDone={(changed) => {
            setCancelling(false);
            if (changed) onChanged(changed);
          }}
        />
      ) : null}
      <Attendees event={event} liveVersion={liveVersion} />
    </section>
  );
}

function CancelEventForm({ event, onDone }: { event: EventDetails; onDone(changed: EventDetails | null): void }) {
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<EventScope>('THIS_OCCURRENCE');
  const [state, cancel] = useMutation(cancelEventMutation);
  const problem = describeError(state.error);

  async function onSubmit(submit: FormEvent) {
    submit.preventDefault();
    const result = await cancel({ input: { eventId: event.id, scope: event.series ? scope : 'THIS_OCCURRENCE', reason: reason.trim() } });
    if (result.data?.cancelEvent) onDone(result.data.cancelEvent);
  }

  return (
    <form id="cancel-event" className="panel stack" onSubmit={onSubmit} noValidate aria-labelledby="cancel-heading">
      <h3 id="cancel-heading">Cancel this event</h3>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <TextAreaField
        // Opened by pressing "Cancel event": carry on typing the reason.
        autoFocus
        label="Reason"
        hint="Shown on the event page and to people who said they would come."
        value={reason}
        onChange={(change) => setReason(change.target.value)}
        error={problem?.fields['reason']}
        rows={3}
        maxLength={1000}
      />
      {event.series ? (
        <fieldset className="choice-group">
          <legend>Which events?</legend>
          <label>
            <input type="radio" name="cancel-scope" value="THIS_OCCURRENCE" checked={scope === 'THIS_OCCURRENCE'} onChange={() => setScope('THIS_OCCURRENCE')} />{' '}
            This occurrence only
          </label>
          <label>
            <input type="radio" name="cancel-scope" value="WHOLE_SERIES" checked={scope === 'WHOLE_SERIES'} onChange={() => setScope('WHOLE_SERIES')} /> This
            and every later occurrence
          </label>
        </fieldset>
      ) : null}
      <div className="actions">
        <Button type="submit" variant="danger" disabled={state.fetching}>
          Confirm cancellation
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          Keep the event
        </Button>
      </div>
    </form>
  );
}

function Attendees({ event, liveVersion }: { event: EventDetails; liveVersion: EventDetails | undefined }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: eventAttendeesQuery, variables: { id: event.id, first: ATTENDEES_PAGE } });
  const first = useRef(liveVersion);
  useEffect(() => {
    if (liveVersion !== first.current) reexecute({ requestPolicy: 'network-only' });
  }, [liveVersion, reexecute]);
  const attendees = data?.event?.attendees;
  const problem = describeError(error);
  // Attendance is marked once the event has started (it counts in the network report).
  const held = event.status !== 'CANCELLED' && new Date(event.startsAt).getTime() <= Date.now();
  return (
    <section aria-labelledby="attendees-heading" className="stack-small">
      <div className="section-heading">
        <h3 id="attendees-heading">Who is coming</h3>
        <DownloadCsv eventId={event.id} title={event.title} />
      </div>
      {fetching && !data ? <Loading label="Loading attendees…" /> : null}
      <ErrorAlert>{problem?.message}</ErrorAlert>
      {attendees && !attendees.nodes.length ? <EmptyState>Nobody has answered yet.</EmptyState> : null}
      {attendees?.nodes.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Answers">
          <table className="data-table">
            <caption>
              {attendees.totalCount} {attendees.totalCount === 1 ? 'answer' : 'answers'}
              {attendees.pageInfo.hasNextPage ? ` (the first ${attendees.nodes.length} shown; the CSV has everyone)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Answer</th>
                <th scope="col">Guests</th>
                <th scope="col">Answered (UK time)</th>
                {held ? <th scope="col">Attended</th> : null}
              </tr>
            </thead>
            <tbody>
              {attendees.nodes.map((rsvp) => (
                <tr key={rsvp.user.id}>
                  <th scope="row">{rsvp.user.name}</th>
                  <td>{RSVP_LABELS[rsvp.status]}</td>
                  <td>{rsvp.guests}</td>
                  <td>
                    <time dateTime={rsvp.respondedAt}>
                      {formatUkDate(rsvp.respondedAt)}, {formatUkTime(rsvp.respondedAt)}
                    </time>
                  </td>
                  {held ? (
                    <td>
                      <AttendanceToggle eventId={event.id} userId={rsvp.user.id} name={rsvp.user.name} attended={rsvp.attended ?? null} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Fetches the CSV when asked (it holds email addresses) and hands it to the browser as a file. */
function DownloadCsv({ eventId, title }: { eventId: string; title: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  async function onDownload() {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await client.query(eventAttendeesCsvQuery, { id: eventId }, { requestPolicy: 'network-only' }).toPromise();
      const csv = result.data?.event?.attendeesCsv;
      if (csv === undefined) {
        setProblem(describeError(result.error)?.message ?? 'We could not make the attendee list.');
        return;
      }
      saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), attendeesFilename(title));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack-small">
      <Button variant="secondary" size="small" onClick={onDownload} disabled={busy}>
        Download attendees (CSV)
      </Button>
      <ErrorAlert>{problem}</ErrorAlert>
    </div>
  );
}

function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
