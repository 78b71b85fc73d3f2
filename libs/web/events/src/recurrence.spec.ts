import { buildRecurrence, describeNthWeekday, nthWeekday } from './recurrence';

describe('recurrence rules', () => {
  it('builds weekly and fortnightly rules with a count', () => {
    expect(buildRecurrence('WEEKLY', '2026-10-13', 4)).toBe('FREQ=WEEKLY;COUNT=4');
    expect(buildRecurrence('FORTNIGHTLY', '2026-10-13', 6)).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=6');
    expect(buildRecurrence('NONE', '2026-10-13', 6)).toBeNull();
  });

  it('builds monthly rules on the nth weekday of the start date', () => {
    // 13 October 2026 is the second Tuesday.
    expect(buildRecurrence('MONTHLY', '2026-10-13', 12)).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=12');
    expect(buildRecurrence('MONTHLY', '2026-10-01', 3)).toBe('FREQ=MONTHLY;BYDAY=1TH;COUNT=3');
    // 27 October is the fourth (and last) Tuesday: the fourth, which every month has.
    expect(buildRecurrence('MONTHLY', '2026-10-27', 3)).toBe('FREQ=MONTHLY;BYDAY=4TU;COUNT=3');
    // 30 October is the fifth Friday: not every month has one, so the last Friday.
    expect(buildRecurrence('MONTHLY', '2026-10-30', 3)).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3');
  });

  it('describes the monthly choice in words', () => {
    expect(nthWeekday('2026-10-13')).toEqual({ n: 2, day: 'TU', weekday: 'Tuesday' });
    expect(describeNthWeekday('2026-10-13')).toBe('the second Tuesday');
    expect(describeNthWeekday('2026-10-30')).toBe('the last Friday');
    expect(describeNthWeekday('2026-11-01')).toBe('the first Sunday');
  });
});
