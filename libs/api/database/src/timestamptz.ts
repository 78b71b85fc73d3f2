import pg from 'pg';

const TIMESTAMPTZ_OID = 1184;
const ZERO = 48;

/** The type parser pg registers for `timestamptz` (postgres-date), used for anything unusual. */
const general = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date | number | null;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * PostgreSQL's text form of a `timestamptz` (ISO DateStyle), read without
 * regular expressions: `2026-12-06 16:20:33.123456+00`, `… +05:30`, `… -03:30:45`.
 * Same result as pg's own parser (milliseconds, the rest of the fraction dropped);
 * anything else (BC dates, years past 9999, infinity, another DateStyle) goes to it.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const length = text.length;
  if (length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return general(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 100 || month < 1 || day < 1 || hour < 0 || minute < 0 || second < 0) return general(text);
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    at++;
    let scale = 100;
    for (; at < length; at++) {
      const digit = text.charCodeAt(at) - ZERO;
      if (digit < 0 || digit > 9) break;
      ms += digit * scale;
      scale /= 10;
    }
    ms = Math.trunc(ms);
  }
  const sign = text.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return general(text);
  const rest = length - at - 1;
  // +HH, +HH:MM or +HH:MM:SS
  if (rest !== 2 && rest !== 5 && rest !== 8) return general(text);
  const offsetHours = digits(text, at + 1, 2);
  const offsetMinutes = rest >= 5 && text.charCodeAt(at + 3) === 58 ? digits(text, at + 4, 2) : rest >= 5 ? -1 : 0;
  const offsetSeconds = rest === 8 && text.charCodeAt(at + 6) === 58 ? digits(text, at + 7, 2) : rest === 8 ? -1 : 0;
  if (offsetHours < 0 || offsetMinutes < 0 || offsetSeconds < 0) return general(text);
  const offsetMs = (sign === 45 ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60 + offsetSeconds) * 1000;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs);
}

let installed = false;

/**
 * Makes pg (and so TypeORM) read `timestamptz` columns with `parseTimestamptz`:
 * every list reads a few timestamps per row, and pg's regular-expression parser
 * was 4% of a thread list's CPU. Process-wide (pg's type registry is global), so
 * it is called once at start-up (`createApp`), before any connection opens; the
 * answers are the same with or without it. Idempotent.
 */
export function installTimestamptzParser(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(TIMESTAMPTZ_OID, parseTimestamptz);
}
