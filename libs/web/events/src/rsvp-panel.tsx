import { useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError, type RsvpStatus } from '@community-hub/web-graphql';
import { Button, ErrorAlert } from '@community-hub/web-ui';
import { rsvpMutation } from './events.documents';
import { goingText, plural, type EventDetails } from './events-shared';

export const GUESTS_MAX = 20;

const ANSWERS: Array<{ status: Exclude<RsvpStatus, 'WAITLISTED'>; label: string }> = [
  { status: 'GOING', label: 'Going' },
  { status: 'MAYBE', label: 'Maybe' },
  { status: 'NOT_GOING', label: 'Not going' },
];

/** What the caller's answer means, in words. */
function answerMessage(event: EventDetails): string {
  switch (event.myRsvp) {
    case 'GOING':
      if (event.myPromotedAt) return 'A place came up: you’re going.';
      return event.myGuests ? `You’re going, with ${plural(event.myGuests, 'guest')}.` : 'You’re going.';
    case 'WAITLISTED':
      return 'The event is full: you are on the waitlist. We will let you know if a place comes up.';
    case 'MAYBE':
      return 'You said maybe.';
    case 'NOT_GOING':
      return 'You said you are not going.';
    default:
      return '';
  }
}

/**
 * The live count ("19 / 50 going") and the Going / Maybe / Not going buttons.
 * The count changes without a reload when anyone answers (eventUpdated).
 */
export function RsvpPanel({ event, onAnswered }: { event: EventDetails; onAnswered(event: EventDetails): void }) {
  const { user } = useSession();
  const location = useLocation();
  const guestsId = useId();
  const [guests, setGuests] = useState(String(event.myGuests));
  const [state, rsvp] = useMutation(rsvpMutation);
  const problem = describeError(state.error);
  const closed = event.status === 'CANCELLED' ? 'This event was cancelled.' : new Date(event.endsAt) < new Date() ? 'This event has already happened.' : null;
  useEffect(() => setGuests(String(event.myGuests)), [event.myGuests]);
  const guestCount = Number(guests);
  const guestsValid = guests.trim() !== '' && Number.isInteger(guestCount) && guestCount >= 0 && guestCount <= GUESTS_MAX;

  async function answer(status: Exclude<RsvpStatus, 'WAITLISTED'>) {
    if (!guestsValid) return;
    const result = await rsvp({ eventId: event.id, status, guests: status === 'NOT_GOING' ? 0 : guestCount });
    if (result.data?.rsvp) onAnswered(result.data.rsvp);
  }

  const pressed = (status: RsvpStatus) => event.myRsvp === status || (status === 'GOING' && event.myRsvp === 'WAITLISTED');
  const message = answerMessage(event);

  return (
    <section aria-labelledby="rsvp-heading" className="panel stack rsvp-panel">
      <h2 id="rsvp-heading">Are you coming?</h2>
      <div className="rsvp-counts" aria-live="polite" aria-atomic="true">
        <p className="rsvp-going">{goingText(event)}</p>
        <p className="muted small">
          {event.waitlistCount ? `${event.waitlistCount} on the waitlist` : null}
          {event.waitlistCount && event.maybeCount ? <span aria-hidden="true"> · </span> : null}
          {event.waitlistCount && event.maybeCount ? <span className="visually-hidden">, </span> : null}
          {event.maybeCount ? `${event.maybeCount} maybe` : null}
          {!event.waitlistCount && !event.maybeCount && event.spacesLeft !== null ? `${plural(event.spacesLeft, 'place')} left` : null}
        </p>
      </div>
      {closed ? (
        <p className="hint">{closed}</p>
      ) : !user ? (
        <p className="hint">
          <Link to={signInPath(location.pathname)}>Sign in</Link> to say whether you are coming.
        </p>
      ) : (
        <>
          <div className="rsvp-buttons" role="group" aria-label="Your answer">
            {ANSWERS.map(({ status, label }) => (
              <Button
                key={status}
                variant={pressed(status) ? 'primary' : 'secondary'}
                aria-pressed={pressed(status)}
                disabled={state.fetching || !guestsValid}
                onClick={() => answer(status)}
              >
                {label}
              </Button>
            ))}
          </div>
          <div className={guestsValid ? 'field rsvp-guests' : 'field field-invalid rsvp-guests'}>
            <label htmlFor={guestsId}>Guests coming with you</label>
            <p className="field-hint" id={`${guestsId}-hint`}>
              0 to {GUESTS_MAX}. Press Going or Maybe again after changing it.
            </p>
            {guestsValid ? null : (
              <p className="field-error" id={`${guestsId}-error`}>
                Enter a whole number from 0 to {GUESTS_MAX}.
              </p>
            )}
            <input
              id={guestsId}
              type="number"
              inputMode="numeric"
              min={0}
              max={GUESTS_MAX}
              step={1}
              value={guests}
              onChange={(change) => setGuests(change.target.value)}
              aria-describedby={guestsValid ? `${guestsId}-hint` : `${guestsId}-hint ${guestsId}-error`}
              aria-invalid={guestsValid ? undefined : true}
            />
          </div>
          <p className={event.myRsvp === 'WAITLISTED' ? 'rsvp-message rsvp-waitlisted' : 'rsvp-message'} role="status">
            {message}
          </p>
          <ErrorAlert>{problem?.message}</ErrorAlert>
        </>
      )}
    </section>
  );
}
