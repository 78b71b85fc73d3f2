import pg from 'pg';
import { dataSourceOptions } from './data-source-options';
import { installTimestamptzParser, parseTimestamptz } from './timestamptz';

const postgresDate = pg.types.getTypeParser(1184, 'text') as (value: string) => Date | number | null;

/** What PostgreSQL prints for `instant` in a session whose time zone is `offsetMinutes` east of UTC. */
function printed(instant: Date, offsetMinutes: number, fraction: string): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
  return `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction}${zone}`;
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL prints, as the instant it names, to the millisecond', () => {
    expect(parseTimestamptz('2026-12-06 16:20:33.123456+00')).toEqual(new Date('2026-12-06T16:20:33.123Z'));
    expect(parseTimestamptz('2026-12-06 16:20:33+00')).toEqual(new Date('2026-12-06T16:20:33.000Z'));
    expect(parseTimestamptz('2026-12-06 16:20:33.5+05:30')).toEqual(new Date('2026-12-06T10:50:33.500Z'));
    expect(parseTimestamptz('1883-11-18 12:00:00-03:58:45')).toEqual(new Date('1883-11-18T15:58:45.000Z'));
    expect(parseTimestamptz('2024-02-29 23:59:59.999999-01')).toEqual(new Date('2024-03-01T00:59:59.999Z'));
  });

  it('agrees with pg’s own parser on thousands of instants, fractions and zones', () => {
    const zones = [0, 60, -300, 330, 345, -570, 840, -720];
    const fractions = ['', '.1', '.25', '.001', '.999', '.123456', '.570', '.000001'];
    let checked = 0;
    for (let i = 0; i < 4000; i++) {
      const instant = new Date(Date.UTC(1970, 0, 1) + Math.floor(((i * 7919) % 4000) / 4000 * 2e12) + i * 1000);
      const text = printed(instant, zones[i % zones.length], fractions[i % fractions.length]);
      const ours = parseTimestamptz(text) as Date;
      const theirs = postgresDate(text) as Date;
      // postgres-date multiplies the fraction by 1000 in floating point and can land one
      // millisecond low (".570" → 569.99…); ours reads the digits, so allow that, nothing more.
      expect(Math.abs(ours.getTime() - theirs.getTime())).toBeLessThanOrEqual(1);
      expect(ours.getTime() % 1000).toBe(Number((fractions[i % fractions.length].slice(1) + '000').slice(0, 3)));
      checked++;
    }
    expect(checked).toBe(4000);
  });

  it('hands anything unusual to pg’s own parser', () => {
    for (const text of ['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '12345-01-01 00:00:00+00', '0099-01-01 00:00:00+00', 'not a date at all']) {
      expect(parseTimestamptz(text)).toEqual(postgresDate(text));
    }
    expect(parseTimestamptz('infinity')).toBe(Infinity);
    expect((parseTimestamptz('0099-01-01 00:00:00+00') as Date).getUTCFullYear()).toBe(99);
  });

  it('is pg’s parser only once installed, and building the data source settings does not install it', () => {
    dataSourceOptions({ url: 'postgres://localhost/none', entities: [] });
    expect(pg.types.getTypeParser(1184, 'text')).toBe(postgresDate);
    installTimestamptzParser();
    installTimestamptzParser();
    expect(pg.types.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
  });
});
