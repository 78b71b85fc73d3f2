import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import { makeSubject } from 'wonka';
import { TestProviders } from '@community-hub/web-accounts';
import {
  anonymous,
  apiError,
  axeViolations,
  createMockClient,
  eventDetails,
  renderRoutes,
  rsvpRow,
  signedInAs,
  type EventFixture,
  type FakeHandler,
  type FakeResponse,
} from '@community-hub/web-testing';
import { EventPage } from './event-page';

const routes: RouteObject[] = [
  { path: '/n/:slug/e/:eventId', element: <EventPage /> },
  { path: '/n/:slug/e/:eventId/edit', element: <p>edit page</p> },
  { path: '*', element: <p>elsewhere</p> },
];

const noEvents = () => makeSubject<FakeResponse>().source;

function setup(options: { me?: FakeResponse; event?: EventFixture; handlers?: Record<string, FakeHandler> } = {}) {
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs('Alex Example'),
    EventPage: () => ({ data: { event: eventDetails(options.event) } }),
    EventUpdated: noEvents,
    ...options.handlers,
  });
  return { mock, ...renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/e/event-1' }) };
}

const goingButton = () => screen.getByRole('button', { name: 'Going' });

describe('EventPage', () => {
  it('shows title, UK time, venue, accessibility, organiser, repeats and the description as safe Markdown; axe clean', async () => {
    const { container, mock } = setup({
      event: {
        series: { summary: 'every week for 4 times' },
        description: 'Bring **wool**. <script>alert(1)</script> <img src=x onerror=alert(2)> [bad](javascript:alert(3))',
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Knit and Natter' })).toBeTruthy();
    // 09:00Z on a July day is 10:00 in the UK (BST).
    expect(screen.getAllByText('Tuesday 14 July 2099, 10:00–12:00').length).toBeGreaterThan(0);
    expect(screen.getByText('UK time (BST)')).toBeTruthy();
    expect(screen.getByText(/Jordangate, Macclesfield/)).toBeTruthy();
    expect(screen.getByText('Step-free access and a hearing loop.')).toBeTruthy();
    expect(screen.getByText('Sam Organiser')).toBeTruthy();
    expect(screen.getByText('every week for 4 times')).toBeTruthy();
    expect(container.querySelector('.markdown strong')?.textContent).toBe('wool');
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    expect(container.querySelector('main script, article script, article img, [href^="javascript"]')).toBeNull();
    expect(screen.getByText('0 / 50 going')).toBeTruthy();
    expect(goingButton().getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('link', { name: 'Download .ics file' }).getAttribute('href')).toBe('/calendar/events/event-1.ics');
    const google = new URL(screen.getByRole('link', { name: /Add to Google Calendar/ }).getAttribute('href')!);
    expect(google.searchParams.get('dates')).toBe('20990714T090000Z/20990714T110000Z');
    expect(screen.queryByRole('heading', { name: 'Organiser tools' })).toBeNull();
    expect(mock.callsTo('EventUpdated')[0].variables).toEqual({ eventId: 'event-1' });
    expect(document.title).toBe('Knit and Natter · Macclesfield Community Network · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('answers Going with guests; a full event puts you on the waitlist', async () => {
    let current = eventDetails();
    const { mock } = setup({
      handlers: {
        EventPage: () => ({ data: { event: current } }),
        Rsvp: () => {
          current = eventDetails({ attendeeCount: 50, waitlistCount: 1, myRsvp: 'WAITLISTED', myGuests: 2 });
          return { data: { rsvp: current } };
        },
      },
    });
    const guests = await screen.findByLabelText('Guests coming with you');
    await userEvent.clear(guests);
    await userEvent.type(guests, '2');
    await userEvent.click(goingButton());
    await waitFor(() => expect(mock.callsTo('Rsvp')[0]?.variables).toEqual({ eventId: 'event-1', status: 'GOING', guests: 2 }));
    expect(await screen.findByText(/The event is full: you are on the waitlist/)).toBeTruthy();
    expect(screen.getByText('50 / 50 going')).toBeTruthy();
    expect(screen.getByText('1 on the waitlist')).toBeTruthy();
    expect(goingButton().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Maybe' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('answers Not going without guests, and shows a refused answer as an alert', async () => {
    const { mock } = setup({
      event: { myRsvp: 'GOING' },
      handlers: { Rsvp: () => apiError('CONFLICT', 'This event has already happened') },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Not going' }));
    expect(mock.callsTo('Rsvp')[0].variables).toEqual({ eventId: 'event-1', status: 'NOT_GOING', guests: 0 });
    expect((await screen.findByRole('alert')).textContent).toBe('This event has already happened');
  });

  it('moves the count live when someone else answers, and says when a place came up for you', async () => {
    const pushes = makeSubject<FakeResponse>();
    setup({ event: { myRsvp: 'WAITLISTED', attendeeCount: 50, waitlistCount: 1 }, handlers: { EventUpdated: () => pushes.source } });
    expect(await screen.findByText('50 / 50 going')).toBeTruthy();
    act(() => pushes.next({ data: { eventUpdated: eventDetails({ attendeeCount: 49, waitlistCount: 1, myRsvp: 'WAITLISTED' }) } }));
    expect(await screen.findByText('49 / 50 going')).toBeTruthy();
    act(() =>
      pushes.next({ data: { eventUpdated: eventDetails({ attendeeCount: 50, myRsvp: 'GOING', myPromotedAt: '2099-07-01T10:00:00.000Z' }) } }),
    );
    expect(await screen.findByText('50 / 50 going')).toBeTruthy();
    expect(screen.getByText('A place came up: you’re going.')).toBeTruthy();
    expect(goingButton().getAttribute('aria-pressed')).toBe('true');
  });

  it('shows "N going" without a capacity', async () => {
    setup({ event: { capacity: null, attendeeCount: 19 } });
    expect(await screen.findByText('19 going')).toBeTruthy();
  });

  it('shows a cancelled event with its reason and no answer buttons', async () => {
    setup({ event: { status: 'CANCELLED', cancelReason: 'The library is closed' } });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('This event has been cancelled.');
    expect(banner.textContent).toContain('Reason: The library is closed');
    expect(screen.queryByRole('button', { name: 'Going' })).toBeNull();
    expect(screen.getByText('This event was cancelled.')).toBeTruthy();
  });

  it('asks anonymous visitors to sign in to answer', async () => {
    setup({ me: anonymous, event: { membership: null } });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Going' })).toBeNull();
  });

  it('gives organisers edit, cancel (one occurrence or the whole series), the attendee table and the CSV', async () => {
    const createObjectURL = vi.fn(() => 'blob:attendees');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const organised: EventFixture = { canManage: true, series: { summary: 'every week for 4 times' }, attendeeCount: 3, clashes: [{ id: 'e-2', title: 'Book club', startsAt: '2099-07-14T09:30:00.000Z', endsAt: '2099-07-14T10:30:00.000Z' }] };
    // Like the server: once cancelled, the event reads as cancelled (the page may refetch it after the mutation).
    let cancelled = false;
    const { mock, container } = setup({
      event: organised,
      handlers: {
        EventPage: () => ({ data: { event: eventDetails(cancelled ? { ...organised, status: 'CANCELLED', cancelReason: 'Snow' } : organised) } }),
        EventAttendees: () => ({
          data: {
            event: {
              __typename: 'Event',
              id: 'event-1',
              attendees: {
                __typename: 'RsvpConnection',
                totalCount: 2,
                nodes: [rsvpRow('Kim Trustee', 'GOING', 2), rsvpRow('Jo Member', 'MAYBE')],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        }),
        EventAttendeesCsv: () => ({ data: { event: { __typename: 'Event', id: 'event-1', attendeesCsv: 'Name,Email\nKim,kim@example.org\n' } } }),
        CancelEvent: () => {
          cancelled = true;
          return { data: { cancelEvent: eventDetails({ canManage: true, status: 'CANCELLED', cancelReason: 'Snow' }) } };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Organiser tools' })).toBeTruthy();
    expect(screen.getByText(/Another event is at the same venue/)).toBeTruthy();
    expect(screen.getByText(/Book club/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit event' }).getAttribute('href')).toBe('/n/macclesfield/e/event-1/edit');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Kim Trustee' })).toBeTruthy();
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Answer', 'Guests', 'Answered (UK time)']);
    expect(within(table).getAllByText(/1 October 2099, 10:30$/)[0]).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Download attendees (CSV)' }));
    await waitFor(() => expect(clicked).toEqual(['attendees-Knit-and-Natter.csv']));
    const blob = (createObjectURL.mock.calls[0] as unknown[])[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toContain('kim@example.org');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel event' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Reason'));
    await userEvent.type(screen.getByLabelText('Reason'), 'Snow');
    await userEvent.click(screen.getByRole('radio', { name: /This and every later occurrence/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    expect(mock.callsTo('CancelEvent')[0].variables).toEqual({ input: { eventId: 'event-1', scope: 'WHOLE_SERIES', reason: 'Snow' } });
    expect(await screen.findByText('Reason: Snow', {}, { timeout: 5000 })).toBeTruthy();
  }, 20_000); // a long page walk (axe, CSV, cancel): room for a busy CI machine
});
