import { DateTime } from 'luxon';

/**
 * Events are entered and shown in UK time whatever the reader's computer says;
 * the API stores UTC instants. Luxon turns UK wall-clock times into instants
 * (it knows when BST starts and ends); Intl formats instants for people.
 */
export const UK_TIME_ZONE = 'Europe/London';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const zoneName = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, timeZoneName: 'short' });

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "Tuesday 27 October 2026" (the UK day of the instant). */
export function formatUkDate(iso: string): string {
  const parts = dateParts.formatToParts(new Date(iso));
  return `${part(parts, 'weekday')} ${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** "10:00" in UK time. */
export function formatUkTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "BST" or "GMT": which UK time was in force at that instant. */
export function ukZoneAbbreviation(iso: string): string {
  return part(zoneName.formatToParts(new Date(iso)), 'timeZoneName');
}

/**
 * "Tuesday 27 October 2026, 10:00–12:00"; an event ending on a later day:
 * "Saturday 1 August 2026, 10:00 – Sunday 2 August 2026, 16:00".
 */
export function formatWhen(startsAt: string, endsAt: string): string {
  const startDay = formatUkDate(startsAt);
  const endDay = formatUkDate(endsAt);
  if (startDay === endDay) return `${startDay}, ${formatUkTime(startsAt)}–${formatUkTime(endsAt)}`;
  return `${startDay}, ${formatUkTime(startsAt)} – ${endDay}, ${formatUkTime(endsAt)}`;
}

/** The UK calendar day of an instant, "2026-10-27": for grouping by day. */
export function ukDayKey(iso: string): string {
  return DateTime.fromISO(iso, { zone: UK_TIME_ZONE }).toISODate() ?? '';
}

/** "Tuesday 27 October 2026" for a day key ("2026-10-27"). */
export function formatDayKey(day: string): string {
  const noon = DateTime.fromISO(`${day}T12:00`, { zone: UK_TIME_ZONE });
  return formatUkDate(noon.toUTC().toISO() ?? '');
}

/**
 * A UK wall-clock date and time ("2026-07-14", "10:00") as a UTC instant
 * ("2026-07-14T09:00:00.000Z" in BST; "...T10:00:00.000Z" in GMT). Null when
 * either is not a valid date or time. A time skipped when the clocks go forward
 * (01:30 on the last Sunday of March) moves on to the real time after it.
 */
export function ukLocalToUtc(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const local = DateTime.fromISO(`${date}T${time}`, { zone: UK_TIME_ZONE });
  return local.isValid ? local.toUTC().toISO() : null;
}

/** A UTC instant as the UK date and time a form shows: { date: "2026-07-14", time: "10:00" }. */
export function utcToUkLocal(iso: string): { date: string; time: string } {
  const local = DateTime.fromISO(iso, { zone: UK_TIME_ZONE });
  return { date: local.toISODate() ?? '', time: local.toFormat('HH:mm') };
}

/** "20261027T090000Z": the UTC form Google Calendar links take. */
export function compactUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface TimeWindow {
  from: string;
  to: string;
}

/** Monday 00:00 to the next Monday 00:00, UK time, of the week holding `now`. */
export function ukWeek(now: Date = new Date()): TimeWindow {
  const start = DateTime.fromJSDate(now, { zone: UK_TIME_ZONE }).startOf('week');
  return { from: start.toUTC().toISO() ?? '', to: start.plus({ weeks: 1 }).toUTC().toISO() ?? '' };
}

/** The UK month "2026-10" (or the month holding `now`): its first instant and the next month's. */
export function ukMonth(month: string | null, now: Date = new Date()): TimeWindow & { month: string } {
  const parsed = month && /^\d{4}-\d{2}$/.test(month) ? DateTime.fromISO(`${month}-01`, { zone: UK_TIME_ZONE }) : null;
  const start = (parsed?.isValid ? parsed : DateTime.fromJSDate(now, { zone: UK_TIME_ZONE })).startOf('month');
  return {
    month: start.toFormat('yyyy-MM'),
    from: start.toUTC().toISO() ?? '',
    to: start.plus({ months: 1 }).toUTC().toISO() ?? '',
  };
}

/** "2026-10" → "2026-11" (or -1 → "2026-09"). */
export function shiftMonth(month: string, by: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: UK_TIME_ZONE }).plus({ months: by }).toFormat('yyyy-MM');
}

/** "2026-10" → "October 2026". */
export function formatMonth(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: UK_TIME_ZONE }).setLocale('en-GB').toFormat('LLLL yyyy');
}

/** Today's UK date, "2026-10-27". */
export function ukToday(now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: UK_TIME_ZONE }).toISODate() ?? '';
}

/** "2026-10-27" plus n days. */
export function addDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: UK_TIME_ZONE }).plus({ days }).toISODate() ?? '';
}

/**
 * The weeks (Monday first) of a month grid: each a list of seven day keys,
 * null for the days of the previous or next month.
 */
export function monthGrid(month: string): Array<Array<string | null>> {
  const first = DateTime.fromISO(`${month}-01`, { zone: UK_TIME_ZONE });
  const days = first.daysInMonth ?? 30;
  const cells: Array<string | null> = Array.from({ length: first.weekday - 1 }, () => null);
  for (let day = 1; day <= days; day++) cells.push(first.set({ day }).toISODate());
  while (cells.length % 7) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
