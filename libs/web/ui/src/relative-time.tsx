const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago", "yesterday", "3 weeks ago"; "just now" under a minute. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = (date.getTime() - now.getTime()) / 1000;
  if (Math.abs(seconds) < 60) return 'just now';
  const format = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

// One formatter for every date shown (making one per call cost a server-rendered page ~1% of its time).
const FULL_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' });

/** "Tuesday 3 March 2026 at 14:05", UK time (the same on the server that renders a page and in any browser). */
export function formatFullDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return FULL_DATE.format(date);
}

/** A time shown relatively, with the full date in a tooltip and machine-readable in dateTime. */
export function RelativeTime({ iso, now }: { iso: string; now?: Date }) {
  return (
    // "5 minutes ago" may have become "6 minutes ago" between the server's render and the browser's.
    <time dateTime={iso} title={formatFullDate(iso)} suppressHydrationWarning>
      {formatRelative(iso, now)}
    </time>
  );
}
