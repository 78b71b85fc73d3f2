import { DateTime } from 'luxon';
import { UK_TIME_ZONE } from './uk-time';

export type RepeatKind = 'NONE' | 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY';

export const REPEAT_COUNT_MIN = 2;
export const REPEAT_COUNT_MAX = 104;

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth'];

/**
 * Which weekday of its month a date is: 2026-10-13 is the 2nd Tuesday (2, TU).
 * A 5th weekday becomes -1 ("the last"), since not every month has a 5th.
 */
export function nthWeekday(date: string): { n: number; day: string; weekday: string } {
  const local = DateTime.fromISO(date, { zone: UK_TIME_ZONE });
  const n = Math.ceil(local.day / 7);
  return { n: n === 5 ? -1 : n, day: BYDAY[local.weekday - 1], weekday: WEEKDAYS[local.weekday - 1] };
}

/** "the second Tuesday", "the last Friday". */
export function describeNthWeekday(date: string): string {
  const { n, weekday } = nthWeekday(date);
  return `the ${n === -1 ? 'last' : ORDINALS[n]} ${weekday}`;
}

/**
 * The RRULE the API expects (read in UK time from the start), or null for a
 * one-off event: FREQ=WEEKLY;COUNT=4, FREQ=WEEKLY;INTERVAL=2;COUNT=6,
 * FREQ=MONTHLY;BYDAY=2TU;COUNT=12 (BYDAY=-1FR for the last Friday).
 */
export function buildRecurrence(kind: RepeatKind, startDate: string, count: number): string | null {
  switch (kind) {
    case 'NONE':
      return null;
    case 'WEEKLY':
      return `FREQ=WEEKLY;COUNT=${count}`;
    case 'FORTNIGHTLY':
      return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
    case 'MONTHLY': {
      const { n, day } = nthWeekday(startDate);
      return `FREQ=MONTHLY;BYDAY=${n}${day};COUNT=${count}`;
    }
  }
}
