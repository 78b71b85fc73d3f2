// The events pages and what they share; loaded only when someone opens an event page (see events-routes.tsx).
import './events.css';

export { EventsPage, EVENTS_PAGE, groupByDay } from './events-page';
export { EventPage, type EventPageState } from './event-page';
export { NewEventPage, EditEventPage } from './event-form-pages';
export { EventForm, CLASH_CHECK_DELAY_MS, type EventFormProps } from './event-form';
export { MonthView } from './month-view';
export { RsvpPanel } from './rsvp-panel';
export { filterWindow, inWindow, type EventFilter, type EventWindow } from './event-window';
export { buildRecurrence, describeNthWeekday, nthWeekday, type RepeatKind } from './recurrence';
export {
  formatUkDate,
  formatUkTime,
  formatWhen,
  ukDayKey,
  ukLocalToUtc,
  ukZoneAbbreviation,
  utcToUkLocal,
  UK_TIME_ZONE,
} from './uk-time';
export {
  attendeesFilename,
  canCreateEvents,
  editEventPath,
  eventPath,
  eventsPath,
  goingText,
  googleCalendarUrl,
  newEventPath,
} from './events-shared';
export * from './events.documents';
