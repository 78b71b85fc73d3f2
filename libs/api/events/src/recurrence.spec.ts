import { expandRule, parseRule, shiftWallClock } from './recurrence';

describe('recurrence in UK time', () => {
  it('repeats at the same UK wall-clock time across the end of British Summer Time', () => {
    // Tuesday 13 October 2026 10:00 BST = 09:00 UTC; the clocks go back on Sunday 25 October.
    const occurrences = expandRule(parseRule('FREQ=WEEKLY;COUNT=4').rrule, {
      startsAt: new Date('2026-10-13T09:00:00Z'),
      endsAt: new Date('2026-10-13T11:00:00Z'),
    });
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-13T09:00:00.000Z',
      '2026-10-20T09:00:00.000Z',
      '2026-10-27T10:00:00.000Z',
      '2026-11-03T10:00:00.000Z',
    ]);
    expect(occurrences[2].endsAt.toISOString()).toBe('2026-10-27T12:00:00.000Z');
  });

  it('fortnightly and monthly on the nth weekday', () => {
    const fortnightly = expandRule(parseRule('FREQ=WEEKLY;INTERVAL=2;COUNT=3').rrule, {
      startsAt: new Date('2027-01-05T18:30:00Z'),
      endsAt: new Date('2027-01-05T20:00:00Z'),
    });
    expect(fortnightly.map((o) => o.startsAt.toISOString().slice(0, 10))).toEqual(['2027-01-05', '2027-01-19', '2027-02-02']);
    // Second Tuesday of each month, 19:00 UK time: January (GMT) to April (BST).
    const monthly = expandRule(parseRule('FREQ=MONTHLY;BYDAY=2TU;COUNT=4').rrule, {
      startsAt: new Date('2027-01-12T19:00:00Z'),
      endsAt: new Date('2027-01-12T21:00:00Z'),
    });
    expect(monthly.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-01-12T19:00:00.000Z',
      '2027-02-09T19:00:00.000Z',
      '2027-03-09T19:00:00.000Z',
      '2027-04-13T18:00:00.000Z',
    ]);
  });

  it('refuses rules that never end, run too long or repeat by the hour', () => {
    expect(() => parseRule('FREQ=WEEKLY')).toThrow(/needs an end/);
    expect(() => parseRule('FREQ=WEEKLY;COUNT=500')).toThrow(/between 1 and/);
    expect(() => parseRule('FREQ=HOURLY;COUNT=3')).toThrow(/daily, weekly, monthly or yearly/);
    expect(() => parseRule('DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY;COUNT=2')).toThrow(/DTSTART/);
    expect(() => parseRule('FREQ=SOMETIMES')).toThrow();
    expect(() =>
      expandRule(parseRule('FREQ=DAILY;UNTIL=20300101T000000Z').rrule, {
        startsAt: new Date('2027-01-01T10:00:00Z'),
        endsAt: new Date('2027-01-01T11:00:00Z'),
      }),
    ).toThrow(/at most/);
  });

  it('describes the rule in words', () => {
    expect(parseRule('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10').summary).toBe('every week on Tuesday for 10 times');
  });

  it('moves times by UK wall-clock hours', () => {
    // One hour later on the clock, on a GMT day.
    expect(shiftWallClock(new Date('2026-11-03T10:00:00Z'), 3_600_000).toISOString()).toBe('2026-11-03T11:00:00.000Z');
  });
});
