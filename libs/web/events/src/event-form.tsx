import { useId } from 'react';
import { Button, ErrorAlert, MarkdownField, SelectField, TextAreaField, TextField } from '@community-hub/web-ui';
import type { EventDetails } from './events-shared';
import { ClashNotice, useClashCheck } from './event-clashes';
import { CAPACITY_MAX, instants, type FormValues } from './event-form-values';
import { describeNthWeekday, REPEAT_COUNT_MAX, REPEAT_COUNT_MIN, type RepeatKind } from './recurrence';
import { formatWhen, ukLocalToUtc } from './uk-time';
import { useEventForm } from './use-event-form';

export { CLASH_CHECK_DELAY_MS } from './event-clashes';
export { CAPACITY_MAX } from './event-form-values';

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
  const { values, set, repeat, setRepeat, repeatCount, setRepeatCount, scope, setScope, editingSeries, errors, problem, saving, onSubmit } = useEventForm({
    networkId,
    slug,
    event,
  });
  const clashes = useClashCheck(networkId, values, event?.id ?? null);
  const validDate = !!ukLocalToUtc(values.date, '00:00');

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
              onChange={(e) => setRepeatCount(e.target.value)}
              error={errors.repeatCount}
            />
          ) : null}
        </div>
      )}

      <div className="actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {event ? 'Save changes' : 'Publish event'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
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

