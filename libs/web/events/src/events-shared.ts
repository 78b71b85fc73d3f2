import type { EventDetailsFragment, EventSummaryFragment, MembershipRole, MembershipStatus, RsvpStatus } from '@community-hub/web-graphql';
import { compactUtc } from './uk-time';

export type EventSummary = EventSummaryFragment;
export type EventDetails = EventDetailsFragment;

export function eventsPath(slug: string): string {
  return `/n/${slug}/events`;
}

/** The event page. The API's iCalendar feed links here: keep the shape. */
export function eventPath(slug: string, eventId: string): string {
  return `/n/${slug}/e/${eventId}`;
}

export function editEventPath(slug: string, eventId: string): string {
  return `/n/${slug}/e/${eventId}/edit`;
}

export function newEventPath(slug: string): string {
  return `/n/${slug}/events/new`;
}

/** Active members (and platform admins) may publicise events. */
export function canCreateEvents(
  membership: { status: MembershipStatus; role: MembershipRole } | null | undefined,
  user: { isPlatformAdmin: boolean } | null | undefined,
): boolean {
  if (!user) return false;
  return user.isPlatformAdmin || membership?.status === 'ACTIVE';
}

export const RSVP_LABELS: Record<RsvpStatus, string> = {
  GOING: 'Going',
  MAYBE: 'Maybe',
  NOT_GOING: 'Not going',
  WAITLISTED: 'On the waitlist',
};

/** "19 / 50 going", or "19 going" when there is no limit. */
export function goingText(event: Pick<EventSummary, 'attendeeCount' | 'capacity'>): string {
  return event.capacity === null ? `${event.attendeeCount} going` : `${event.attendeeCount} / ${event.capacity} going`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The venue, or "Online", or both for a hybrid event. */
export function whereText(event: Pick<EventSummary, 'location' | 'online'>): string {
  if (event.location && event.online) return `${event.location} and online`;
  return event.location || (event.online ? 'Online' : '');
}

/** An "add to Google Calendar" link (the template form Google documents; times in UTC). */
export function googleCalendarUrl(
  event: Pick<EventDetails, 'title' | 'startsAt' | 'endsAt' | 'description' | 'location' | 'address' | 'onlineUrl'>,
  pageUrl?: string,
): string {
  const where = [event.location, event.address].filter(Boolean).join(', ') || event.onlineUrl || '';
  const details = [event.description, pageUrl].filter(Boolean).join('\n\n');
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compactUtc(event.startsAt)}/${compactUtc(event.endsAt)}`,
    details,
    location: where,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** "attendees-Knit-and-Natter.csv": the title, with anything a file name cannot hold made a hyphen. */
export function attendeesFilename(title: string): string {
  const safe = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `attendees-${safe || 'event'}.csv`;
}
