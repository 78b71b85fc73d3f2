import { compactUtc, formatDayKey, formatWhen, monthGrid, shiftMonth, ukDayKey, ukLocalToUtc, ukMonth, ukWeek, ukZoneAbbreviation, utcToUkLocal } from './uk-time';
import { attendeesFilename, goingText, googleCalendarUrl } from './events-shared';

describe('UK time', () => {
  it('enters 10:00 on a July day (BST) as 09:00Z and on a January day (GMT) as 10:00Z', () => {
    expect(ukLocalToUtc('2026-07-14', '10:00')).toBe('2026-07-14T09:00:00.000Z');
    expect(ukLocalToUtc('2026-01-13', '10:00')).toBe('2026-01-13T10:00:00.000Z');
  });

  it('shows 09:00Z in July and 10:00Z in January both as 10:00 UK time', () => {
    expect(formatWhen('2026-07-14T09:00:00.000Z', '2026-07-14T11:00:00.000Z')).toBe('Tuesday 14 July 2026, 10:00–12:00');
    expect(formatWhen('2026-01-13T10:00:00.000Z', '2026-01-13T12:00:00.000Z')).toBe('Tuesday 13 January 2026, 10:00–12:00');
    expect(utcToUkLocal('2026-07-14T09:00:00.000Z')).toEqual({ date: '2026-07-14', time: '10:00' });
    expect(utcToUkLocal('2026-01-13T10:00:00.000Z')).toEqual({ date: '2026-01-13', time: '10:00' });
    expect(ukZoneAbbreviation('2026-07-14T09:00:00.000Z')).toBe('BST');
    expect(ukZoneAbbreviation('2026-01-13T10:00:00.000Z')).toBe('GMT');
  });

  it('follows the clock changes: the Sunday in October has 25 hours, the one in March 23', () => {
    // Clocks go back at 02:00 BST on 25 October 2026: 10:00 that day is GMT.
    expect(ukLocalToUtc('2026-10-24', '10:00')).toBe('2026-10-24T09:00:00.000Z');
    expect(ukLocalToUtc('2026-10-25', '10:00')).toBe('2026-10-25T10:00:00.000Z');
    // Clocks go forward at 01:00 GMT on 29 March 2026.
    expect(ukLocalToUtc('2026-03-29', '00:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(ukLocalToUtc('2026-03-29', '10:00')).toBe('2026-03-29T09:00:00.000Z');
    // An evening event spanning the change keeps its clock times.
    expect(formatWhen('2026-10-24T23:00:00.000Z', '2026-10-25T02:00:00.000Z')).toBe('Sunday 25 October 2026, 00:00–02:00');
  });

  it('groups by the UK day: 23:30Z on a summer evening is already the next day', () => {
    expect(ukDayKey('2026-07-14T23:30:00.000Z')).toBe('2026-07-15');
    expect(ukDayKey('2026-01-14T23:30:00.000Z')).toBe('2026-01-14');
    expect(formatDayKey('2026-07-15')).toBe('Wednesday 15 July 2026');
  });

  it('refuses incomplete dates and times', () => {
    expect(ukLocalToUtc('', '10:00')).toBeNull();
    expect(ukLocalToUtc('2026-02-30', '10:00')).toBeNull();
    expect(ukLocalToUtc('2026-02-10', '')).toBeNull();
  });

  it('shows a multi-day event with both days', () => {
    expect(formatWhen('2026-08-01T09:00:00.000Z', '2026-08-02T15:00:00.000Z')).toBe('Saturday 1 August 2026, 10:00 – Sunday 2 August 2026, 16:00');
  });

  it('works out weeks and months in UK time', () => {
    expect(ukWeek(new Date('2026-07-15T12:00:00.000Z'))).toEqual({ from: '2026-07-12T23:00:00.000Z', to: '2026-07-19T23:00:00.000Z' });
    expect(ukMonth('2026-10')).toEqual({ month: '2026-10', from: '2026-09-30T23:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
    expect(ukMonth('nonsense', new Date('2026-01-31T23:30:00.000Z')).month).toBe('2026-01');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    const october = monthGrid('2026-10');
    expect(october[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(october).toHaveLength(5);
    expect(october.flat().filter(Boolean)).toHaveLength(31);
  });

  it('builds Google Calendar links with UTC times', () => {
    expect(compactUtc('2026-07-14T09:00:00.000Z')).toBe('20260714T090000Z');
    const url = new URL(
      googleCalendarUrl({
        title: 'Knit & Natter',
        startsAt: '2026-07-14T09:00:00.000Z',
        endsAt: '2026-07-14T11:00:00.000Z',
        description: 'Bring wool',
        location: 'Library',
        address: 'Jordangate',
        onlineUrl: null,
      }),
    );
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Knit & Natter');
    expect(url.searchParams.get('dates')).toBe('20260714T090000Z/20260714T110000Z');
    expect(url.searchParams.get('details')).toBe('Bring wool');
    expect(url.searchParams.get('location')).toBe('Library, Jordangate');
  });

  it('words counts and file names', () => {
    expect(goingText({ attendeeCount: 19, capacity: 50 })).toBe('19 / 50 going');
    expect(goingText({ attendeeCount: 19, capacity: null })).toBe('19 going');
    expect(attendeesFilename('Knit & Natter: 27/10')).toBe('attendees-Knit-Natter-27-10.csv');
    expect(attendeesFilename('???')).toBe('attendees-event.csv');
  });
});
