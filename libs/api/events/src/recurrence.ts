import { DateTime } from 'luxon';
import { Frequency, RRule, type Options } from 'rrule';
import { badInput } from '@community-hub/api-common';

/** Events are entered, shown and repeated in UK time; they are stored as UTC instants. */
export const EVENT_TIME_ZONE = 'Europe/London';

/** At most this many occurrences in one series (two years of a weekly group). */
export const MAX_OCCURRENCES = 104;
const ALLOWED_FREQUENCIES = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);
const RULE_MAX = 500;

function ruleError(message: string) {
  return badInput(message, [{ field: 'recurrence', message }]);
}

export interface ParsedRule {
  /** The rule as stored: normalised, without DTSTART. */
  rrule: string;
  /** "every week on Tuesday for 10 times". */
  summary: string;
}

/**
 * Reads an RRULE (RFC 5545, e.g. "FREQ=WEEKLY;INTERVAL=2;COUNT=10" or
 * "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270701T000000Z") and refuses the ones a
 * community calendar has no use for: no end, more than MAX_OCCURRENCES,
 * sub-daily frequencies, or an embedded DTSTART (the event's start is the start).
 */
export function parseRule(input: string): ParsedRule {
  const text = input.trim().replace(/^RRULE:/i, '');
  if (!text) throw ruleError('The repeat rule is empty');
  if (text.length > RULE_MAX) throw ruleError(`The repeat rule is longer than ${RULE_MAX} characters`);
  if (/DTSTART|[\r\n]/i.test(text)) throw ruleError('The repeat rule must not contain DTSTART or line breaks: the event start is used');
  let options: Partial<Options>;
  try {
    options = RRule.parseString(text);
  } catch {
    throw ruleError('The repeat rule is not a valid RRULE (e.g. FREQ=WEEKLY;COUNT=10)');
  }
  if (options.freq === undefined || options.freq === null) throw ruleError('The repeat rule needs FREQ (e.g. FREQ=WEEKLY)');
  if (!ALLOWED_FREQUENCIES.has(options.freq)) throw ruleError('Events repeat daily, weekly, monthly or yearly');
  if (!options.count && !options.until) {
    throw ruleError('A repeating event needs an end: a number of times (COUNT) or a last date (UNTIL)');
  }
  if (options.count !== undefined && options.count !== null && (options.count < 1 || options.count > MAX_OCCURRENCES)) {
    throw ruleError(`A series has between 1 and ${MAX_OCCURRENCES} occurrences`);
  }
  if (options.interval !== undefined && options.interval !== null && (options.interval < 1 || options.interval > 12)) {
    throw ruleError('INTERVAL must be between 1 and 12');
  }
  const rrule = RRule.optionsToString(options).replace(/^RRULE:/, '');
  return { rrule, summary: new RRule(options).toText() };
}

/** The wall-clock time of an instant in UK time, as a "floating" Date the rule library counts in. */
function floating(instant: Date): Date {
  const local = DateTime.fromJSDate(instant, { zone: EVENT_TIME_ZONE });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond));
}

/** Back from a floating wall-clock time to the real instant in UK time (BST or GMT as on that day). */
function fromFloating(wall: Date): Date {
  return DateTime.fromObject(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      millisecond: wall.getUTCMilliseconds(),
    },
    { zone: EVENT_TIME_ZONE },
  ).toJSDate();
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The occurrences of a rule starting at `first`, repeated at the same UK
 * wall-clock time (10:00 stays 10:00 across the BST/GMT change) and each
 * lasting as long on the clock as the first.
 */
export function expandRule(rrule: string, first: Occurrence): Occurrence[] {
  const rule = new RRule({ ...RRule.parseString(rrule), dtstart: floating(first.startsAt) });
  const starts = rule.all((_, index) => index < MAX_OCCURRENCES + 1);
  if (starts.length > MAX_OCCURRENCES) throw ruleError(`A series has at most ${MAX_OCCURRENCES} occurrences; end it sooner`);
  if (!starts.length) throw ruleError('The repeat rule gives no dates after the start');
  const wallDuration = floating(first.endsAt).getTime() - floating(first.startsAt).getTime();
  return starts.map((start) => ({ startsAt: fromFloating(start), endsAt: fromFloating(new Date(start.getTime() + wallDuration)) }));
}

/** Moves an instant by a wall-clock offset in UK time (so a series moved by an hour stays at the new time after the clocks change). */
export function shiftWallClock(instant: Date, wallMillis: number): Date {
  return fromFloating(new Date(floating(instant).getTime() + wallMillis));
}

/** The wall-clock distance in UK time between two instants. */
export function wallClockDifference(from: Date, to: Date): number {
  return floating(to).getTime() - floating(from).getTime();
}
