import type { EventSummary } from './events-shared';
import { ukMonth, ukWeek } from './uk-time';

/** Events live, and queries that list them refetch when a mutation returns an event. */
export const EVENTS_CONTEXT = { additionalTypenames: ['Event'] };

export type EventFilter = 'week' | 'month' | 'upcoming' | 'past';

/** The arguments of `Network.events` for a filter. */
export interface EventWindow {
  from: string | null;
  to: string | null;
  past: boolean;
}

export function filterWindow(filter: EventFilter, now: Date): EventWindow {
  switch (filter) {
    case 'week':
      return { ...ukWeek(now), past: false };
    case 'month': {
      const { from, to } = ukMonth(null, now);
      return { from, to, past: false };
    }
    case 'past':
      return { from: null, to: null, past: true };
    default:
      return { from: null, to: null, past: false };
  }
}

/** Whether an event that has just been added belongs in the window being shown. */
export function inWindow(event: Pick<EventSummary, 'startsAt' | 'endsAt'>, window: EventWindow, now: Date): boolean {
  if (window.past) return new Date(event.endsAt) < now;
  const from = window.from ? new Date(window.from) : now;
  return new Date(event.endsAt) >= from && (!window.to || new Date(event.startsAt) < new Date(window.to));
}
