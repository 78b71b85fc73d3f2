import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type CreateEventInput, type EventClashFragment, type EventScope, type EventVisibility, type UpdateEventInput } from '@community-hub/web-graphql';
import { ErrorAlert, MarkdownField, SelectField, TextAreaField, TextField, sentence, useDebouncedValue } from '@community-hub/web-ui';
import { createEventMutation, eventClashesQuery, updateEventMutation } from './events.documents';
import { eventPath, type EventDetails } from './events-shared';
import type { EventPageState } from './event-page';
import { buildRecurrence, describeNthWeekday, REPEAT_COUNT_MAX, REPEAT_COUNT_MIN, type RepeatKind } from './recurrence';
import { addDays, formatWhen, ukLocalToUtc, ukToday, utcToUkLocal } from './uk-time';

export const CLASH_CHECK_DELAY_MS = 500;
export const CAPACITY_MAX = 100_000;

interface FormValues {
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  /** Only for an event ending on a later day; empty: the same day. */
  endDate: string;
  location: string;
  address: string;
  online: boolean;
  onlineUrl: string;
  accessibilityNotes: string;
  capacity: string;
  visibility: EventVisibility;
  organiserOrganisationId: string;
}

type FieldName = keyof FormValues | 'repeatCount' | 'recurrence';
type FieldErrors = Partial<Record<FieldName, string>>;

/** The form's starting values: a new event next week at 10:00–12:00, or the event being edited. */
function initialValues(event: EventDetails | null): FormValues {
  if (!event) {
    return {
      title: '',
      description: '',
      date: addDays(ukToday(), 7),
      startTime: '10:00',
      endTime: '12:00',
      endDate: '',
      location: '',
      address: '',
      online: false,
      onlineUrl: '',
      accessibilityNotes: '',
      capacity: '',
      visibility: 'PUBLIC',
      organiserOrganisationId: '',
    };
  }
  const start = utcToUkLocal(event.startsAt);
  const end = utcToUkLocal(event.endsAt);
  return {
    title: event.title,
    description: event.description,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    endDate: end.date === start.date ? '' : end.date,
    location: event.location,
    address: event.address,
    online: event.online,
    onlineUrl: event.onlineUrl ?? '',
    accessibilityNotes: event.accessibilityNotes,
    capacity: event.capacity === null ? '' : String(event.capacity),
    visibility: event.visibility,
    organiserOrganisationId: event.organiserOrganisation?.id ?? '',
  };
}

/** The start and end as UTC instants, or null while the date or times are incomplete. */
function instants(values: FormValues): { startsAt: string; endsAt: string } | null {
  const startsAt = ukLocalToUtc(values.date, values.startTime);
  const endsAt = ukLocalToUtc(values.endDate || values.date, values.endTime);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function check(values: FormValues, repeat: RepeatKind, repeatCount: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = 'Enter a title.';
  if (!ukLocalToUtc(values.date, '00:00')) errors.date = 'Enter the date.';
  if (!/^\d{2}:\d{2}$/.test(values.startTime)) errors.startTime = 'Enter the start time, for example 10:00.';
  if (!/^\d{2}:\d{2}$/.test(values.endTime)) errors.endTime = 'Enter the end time, for example 12:00.';
  if (values.endDate && !ukLocalToUtc(values.endDate, '00:00')) errors.endDate = 'Enter the end date, or leave it empty.';
  const times = instants(values);
  if (times && !errors.endDate && times.endsAt <= times.startsAt) errors.endTime = 'The end must be after the start.';
  if (!values.location.trim() && !values.online) errors.location = 'Say where it happens, or tick “Online event”.';
  if (values.online && values.onlineUrl.trim() && !isWebAddress(values.onlineUrl)) errors.onlineUrl = 'Enter a web address starting with https://';
  if (values.capacity.trim()) {
    const capacity = Number(values.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > CAPACITY_MAX) {
      errors.capacity = `Enter a whole number from 1 to ${CAPACITY_MAX}, or leave it empty for no limit.`;
    }
  }
  if (repeat !== 'NONE') {
    const count = Number(repeatCount);
    if (!Number.isInteger(count) || count < REPEAT_COUNT_MIN || count > REPEAT_COUNT_MAX) {
      errors.repeatCount = `Enter a number from ${REPEAT_COUNT_MIN} to ${REPEAT_COUNT_MAX}.`;
    }
  }
  return errors;
}

/** The API's field names, as this form's. */
function apiFieldErrors(fields: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, message] of Object.entries(fields)) {
    const target: FieldName = name === 'startsAt' ? 'startTime' : name === 'endsAt' ? 'endTime' : name === 'recurrence' ? 'repeatCount' : (name as FieldName);
    errors[target] ??= sentence(message);
  }
  return errors;
}

export interface EventFormProps {
  networkId: string;
  slug: string;
  /** The event being edited; null for a new one. */
  event: EventDetails | null;
  /** For a new event: the organisation the caller acts for in this network, to name as organiser. */
  organisation?: { id: string; name: string } | null;
  /** Whether the network is private (its events are for members whatever the form says). */
  privateNetwork?: boolean;
  onCancel(): void;
}

/** Create or edit an event. Dates and times are UK time; the API gets UTC instants. */
export function EventForm({ networkId, slug, event, organisation, privateNetwork, onCancel }: EventFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState(() => initialValues(event));
  const [original] = useState(values);
  const [repeat, setRepeat] = useState<RepeatKind>('NONE');
  const [repeatCount, setRepeatCount] = useState('4');
  const [scope, setScope] = useState<EventScope>('THIS_OCCURRENCE');
  const [checked, setChecked] = useState<FieldErrors>({});
  const [createState, create] = useMutation(createEventMutation);
  const [updateState, update] = useMutation(updateEventMutation);
  const state = event ? updateState : createState;
  const problem = describeError(state.error);
  const errors: FieldErrors = { ...apiFieldErrors(problem?.fields ?? {}), ...stripEmpty(checked) };
  const clashes = useClashCheck(networkId, values, event?.id ?? null);
  const editingSeries = !!event?.series;
  const validDate = !!ukLocalToUtc(values.date, '00:00');

  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      if (checked[key]) setChecked((current) => ({ ...current, [key]: undefined }));
    };

  async function onSubmit(submit: FormEvent) {
    submit.preventDefault();
    const found = check(values, repeat, repeatCount);
    setChecked(found);
    if (Object.values(found).some(Boolean)) {
      focusFirstInvalid();
      return;
    }
    const times = instants(values)!;
    const capacity = values.capacity.trim() ? Number(values.capacity) : null;
    const onlineUrl = values.online ? values.onlineUrl.trim() : '';
    let saved: EventDetails | null | undefined;
    if (!event) {
      const input: CreateEventInput = {
        networkId,
        title: values.title.trim(),
        description: values.description,
        startsAt: times.startsAt,
        endsAt: times.endsAt,
        location: values.location.trim(),
        address: values.address.trim(),
        online: values.online,
        onlineUrl: onlineUrl || undefined,
        accessibilityNotes: values.accessibilityNotes.trim(),
        capacity: capacity ?? undefined,
        visibility: values.visibility,
        organiserOrganisationId: values.organiserOrganisationId || undefined,
        recurrence: buildRecurrence(repeat, values.date, Number(repeatCount)) ?? undefined,
      };
      saved = (await create({ input })).data?.createEvent;
    } else {
      // Only what changed: an unchanged start is not checked again (a past event stays editable).
      const input: UpdateEventInput = { eventId: event.id, scope: editingSeries ? scope : 'THIS_OCCURRENCE' };
      const before = instants(original);
      if (values.title !== original.title) input.title = values.title.trim();
      if (values.description !== original.description) input.description = values.description;
      if (times.startsAt !== before?.startsAt) input.startsAt = times.startsAt;
      if (times.endsAt !== before?.endsAt) input.endsAt = times.endsAt;
      if (values.location !== original.location) input.location = values.location.trim();
      if (values.address !== original.address) input.address = values.address.trim();
      if (values.online !== original.online || onlineUrl !== original.onlineUrl) {
        input.online = values.online;
        input.onlineUrl = onlineUrl;
      }
      if (values.accessibilityNotes !== original.accessibilityNotes) input.accessibilityNotes = values.accessibilityNotes.trim();
      if (values.capacity !== original.capacity) input.capacity = capacity;
      if (values.visibility !== original.visibility) input.visibility = values.visibility;
      saved = (await update({ input })).data?.updateEvent;
    }
    if (saved) {
      const message = event ? 'Your changes were saved.' : 'Your event was published.';
      navigate(eventPath(slug, saved.id), { state: { saved: message } satisfies EventPageState });
    }
  }

  return (
    <form className="stack event-form" onSubmit={onSubmit} noValidate aria-labelledby="event-form-heading">
      <h2 id="event-form-heading">{event ? 'Edit event' : 'Publicise an event'}</h2>
      <ErrorAlert>{problem && !Object.keys(problem.fields).length ? problem.message : problem ? 'Please check the highlighted fields.' : undefined}</ErrorAlert>
      <TextField label="Title" value={values.title} onChange={(e) => set('title')(e.target.value)} error={errors.title} maxLength={200} required />
      <MarkdownField label="Description" value={values.description} onChange={set('description')} error={errors.description} rows={6} />

      <fieldset className="stack-small event-when">
        <legend>When</legend>
        <p className="field-hint">UK time (GMT/BST): enter the time on the clock in the UK on that day.</p>
        <div className="field-row event-times">
          <TextField label="Date" type="date" value={values.date} onChange={(e) => set('date')(e.target.value)} error={errors.date} required />
          <TextField
            label="Start time"
            type="time"
            step={300}
            value={values.startTime}
            onChange={(e) => set('startTime')(e.target.value)}
            error={errors.startTime}
            required
          />
          <TextField label="End time" type="time" step={300} value={values.endTime} onChange={(e) => set('endTime')(e.target.value)} error={errors.endTime} required />
        </div>
        <TextField
          label="End date (optional)"
          hint="Only for an event that ends on a later day."
          type="date"
          value={values.endDate}
          onChange={(e) => set('endDate')(e.target.value)}
          error={errors.endDate}
        />
        <WhenPreview values={values} />
      </fieldset>

      <TextField
        label="Location"
        hint="The venue, for example “Macclesfield Library, Jordangate”. Leave empty for an online-only event."
        value={values.location}
        onChange={(e) => set('location')(e.target.value)}
        error={errors.location}
        maxLength={200}
      />
      <TextField label="Address" value={values.address} onChange={(e) => set('address')(e.target.value)} error={errors.address} maxLength={500} autoComplete="street-address" />
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={values.online} onChange={(e) => set('online')(e.target.checked)} /> Online event (or hybrid)
        </label>
      </div>
      {values.online ? (
        <TextField
          label="Joining link"
          hint="Shown on the event page, for example https://meet.example.org/knit"
          type="url"
          value={values.onlineUrl}
          onChange={(e) => set('onlineUrl')(e.target.value)}
          error={errors.onlineUrl}
          maxLength={2000}
        />
      ) : null}
      <ClashNotice clashes={clashes} />
      <TextAreaField
        label="Accessibility"
        hint="Step-free access, hearing loop, quiet room, parking…"
        value={values.accessibilityNotes}
        onChange={(e) => set('accessibilityNotes')(e.target.value)}
        error={errors.accessibilityNotes}
        rows={3}
        maxLength={2000}
      />
      <TextField
        label="Capacity (optional)"
        hint="Places, guests included. Leave empty for no limit; when it is full, people join a waitlist."
        type="number"
        inputMode="numeric"
        min={1}
        max={CAPACITY_MAX}
        value={values.capacity}
        onChange={(e) => set('capacity')(e.target.value)}
        error={errors.capacity}
      />
      <fieldset className="choice-group">
        <legend>Who can see it</legend>
        {privateNetwork ? <p className="field-hint">This network is private: its events are for members only.</p> : null}
        <label>
          <input type="radio" name="visibility" value="PUBLIC" checked={values.visibility === 'PUBLIC'} onChange={() => set('visibility')('PUBLIC')} /> Public (and in
          the network’s calendar feed)
        </label>
        <label>
          <input type="radio" name="visibility" value="MEMBERS" checked={values.visibility === 'MEMBERS'} onChange={() => set('visibility')('MEMBERS')} /> Members
          only
        </label>
      </fieldset>
      {!event && organisation ? (
        <SelectField
          label="Organised by"
          value={values.organiserOrganisationId}
          onChange={(e) => set('organiserOrganisationId')(e.target.value)}
          error={errors.organiserOrganisationId}
        >
          <option value="">Just me</option>
          <option value={organisation.id}>{organisation.name}</option>
        </SelectField>
      ) : null}

      {event ? (
        editingSeries ? (
          <fieldset className="choice-group">
            <legend>This event repeats ({event.series?.summary}). Change:</legend>
            <label>
              <input type="radio" name="scope" value="THIS_OCCURRENCE" checked={scope === 'THIS_OCCURRENCE'} onChange={() => setScope('THIS_OCCURRENCE')} /> This
              occurrence only
            </label>
            <label>
              <input type="radio" name="scope" value="WHOLE_SERIES" checked={scope === 'WHOLE_SERIES'} onChange={() => setScope('WHOLE_SERIES')} /> The whole series
            </label>
          </fieldset>
        ) : null
      ) : (
        <div className="field-row event-repeat">
          <SelectField label="Repeat" value={repeat} onChange={(e) => setRepeat(e.target.value as RepeatKind)}>
            <option value="NONE">Does not repeat</option>
            <option value="WEEKLY">Every week</option>
            <option value="FORTNIGHTLY">Every fortnight</option>
            <option value="MONTHLY">{validDate ? `Every month on ${describeNthWeekday(values.date)}` : 'Every month on the same weekday'}</option>
          </SelectField>
          {repeat !== 'NONE' ? (
            <TextField
              label="Number of times"
              hint={`${REPEAT_COUNT_MIN} to ${REPEAT_COUNT_MAX}, this one included.`}
              type="number"
              inputMode="numeric"
              min={REPEAT_COUNT_MIN}
              max={REPEAT_COUNT_MAX}
              value={repeatCount}
              onChange={(e) => {
                setRepeatCount(e.target.value);
                if (checked.repeatCount) setChecked((current) => ({ ...current, repeatCount: undefined }));
              }}
              error={errors.repeatCount}
            />
          ) : null}
        </div>
      )}

      <div className="actions">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {event ? 'Save changes' : 'Publish event'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function stripEmpty(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => !!message));
}

function focusFirstInvalid() {
  // After React has rendered the messages.
  setTimeout(() => (document.querySelector('.event-form [aria-invalid="true"]') as HTMLElement | null)?.focus(), 0);
}

/** "Tuesday 27 October 2026, 10:00–12:00" as it will be shown, so a slip is easy to see. */
function WhenPreview({ values }: { values: FormValues }) {
  const times = instants(values);
  const id = useId();
  if (!times || times.endsAt <= times.startsAt) return null;
  return (
    <p className="muted small" id={id}>
      Shown as: {formatWhen(times.startsAt, times.endsAt)}
    </p>
  );
}

/**
 * Asks the API, once typing has paused, whether another event is at the same
 * venue at an overlapping time. A warning only: the organiser may go ahead.
 */
function useClashCheck(networkId: string, values: FormValues, excludeEventId: string | null): EventClashFragment[] {
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

function ClashNotice({ clashes }: { clashes: EventClashFragment[] }) {
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
