import type { CreateEventInput, EventVisibility, UpdateEventInput } from '@community-hub/web-graphql';
import { sentence } from '@community-hub/web-ui';
import type { EventDetails } from './events-shared';
import { buildRecurrence, REPEAT_COUNT_MAX, REPEAT_COUNT_MIN, type RepeatKind } from './recurrence';
import { addDays, ukLocalToUtc, ukToday, utcToUkLocal } from './uk-time';

// The event form's values and rules, without React: what is checked before sending, and what is sent.

export const CAPACITY_MAX = 100_000;

export interface FormValues {
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

export type FieldName = keyof FormValues | 'repeatCount' | 'recurrence';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The form's starting values: a new event next week at 10:00–12:00, or the event being edited. */
export function initialValues(event: EventDetails | null): FormValues {
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
export function instants(values: FormValues): { startsAt: string; endsAt: string } | null {
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

export function check(values: FormValues, repeat: RepeatKind, repeatCount: string): FieldErrors {
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
export function apiFieldErrors(fields: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, message] of Object.entries(fields)) {
    const target: FieldName = name === 'startsAt' ? 'startTime' : name === 'endsAt' ? 'endTime' : name === 'recurrence' ? 'repeatCount' : (name as FieldName);
    errors[target] ??= sentence(message);
  }
  return errors;
}

export function stripEmpty(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => !!message));
}

/** What `createEvent` gets: the form's values, trimmed, as UTC instants, with the repeat rule. */
export function createInput(networkId: string, values: FormValues, repeat: RepeatKind, repeatCount: string): CreateEventInput {
  const times = instants(values)!;
  const capacity = values.capacity.trim() ? Number(values.capacity) : null;
  const onlineUrl = values.online ? values.onlineUrl.trim() : '';
  return {
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
}

/** What `updateEvent` gets: only what changed, so an unchanged start is not checked again (a past event stays editable). */
export function updateInput(eventId: string, scope: UpdateEventInput['scope'], values: FormValues, original: FormValues): UpdateEventInput {
  const times = instants(values)!;
  const capacity = values.capacity.trim() ? Number(values.capacity) : null;
  const onlineUrl = values.online ? values.onlineUrl.trim() : '';
  const input: UpdateEventInput = { eventId, scope };
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
  return input;
}
