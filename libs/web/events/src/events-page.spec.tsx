import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import { makeSubject } from 'wonka';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout } from '@community-hub/web-networks';
import {
  anonymous,
  axeViolations,
  createMockClient,
  eventDetails,
  eventsPage,
  network,
  renderRoutes,
  signedInAs,
  type FakeHandler,
  type FakeResponse,
} from '@community-hub/web-testing';
import { EventsPage } from './events-page';

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: [{ path: 'events', element: <EventsPage /> }] },
  { path: '*', element: <p>elsewhere</p> },
];

const summer = [
  eventDetails({ id: 'e-1', title: 'Knit and Natter', startsAt: '2099-07-14T09:00:00.000Z', endsAt: '2099-07-14T11:00:00.000Z', attendeeCount: 3, capacity: 20 }),
  eventDetails({ id: 'e-2', title: 'Ward walk', startsAt: '2099-07-14T17:00:00.000Z', endsAt: '2099-07-14T18:00:00.000Z', capacity: null, attendeeCount: 7, myRsvp: 'GOING' }),
  eventDetails({ id: 'e-3', title: 'Funding workshop', startsAt: '2099-07-16T13:00:00.000Z', endsAt: '2099-07-16T15:00:00.000Z', visibility: 'MEMBERS' }),
];

const networkEvents = (nodes: ReturnType<typeof eventDetails>[], pageInfo?: { hasNextPage?: boolean; endCursor?: string | null }) => ({
  data: { network: { __typename: 'Network', id: 'net-1', calendarPath: '/calendar/macclesfield.ics', events: eventsPage(nodes, pageInfo) } },
});

function setup(options: { path?: string; me?: FakeResponse; handlers?: Record<string, FakeHandler>; visibility?: 'PUBLIC' | 'PRIVATE' } = {}) {
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs('Alex Example'),
    Network: () => ({ data: { network: network({ myMembership: options.me === anonymous ? null : {}, visibility: options.visibility }) } }),
    NetworkEvents: () => networkEvents(summer),
    EventAdded: () => makeSubject<FakeResponse>().source,
    ...options.handlers,
  });
  return { mock, ...renderRoutes(routes, { mock, providers: TestProviders, path: options.path ?? '/n/macclesfield/events' }) };
}

describe('EventsPage', () => {
  it('offers the feed as a subscription: a webcal link, the address to copy and short instructions; axe clean', async () => {
    // After userEvent.setup, which puts its own clipboard in place.
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = setup();
    await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/calendar/macclesfield.ics`);
    expect(await screen.findByText('Address copied.')).toBeTruthy();
    const help = screen.getByText('How to subscribe in Outlook, Google Calendar or Apple Calendar');
    expect(help.closest('details')).toBeTruthy();
    await user.click(help);
    expect(screen.getByText(/Subscribe from web/)).toBeTruthy();
    expect(screen.getByText(/From URL/)).toBeTruthy();
    expect(screen.getByText(/New Calendar\s+Subscription/)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the address in a read-only box, selected, when the browser will not copy it', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    setup();
    await user.click(await screen.findByRole('button', { name: 'Copy address' }));
    const box = (await screen.findByLabelText('Calendar address')) as HTMLInputElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toBe(`${window.location.origin}/calendar/macclesfield.ics`);
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByText(/Copy the address below/)).toBeTruthy();
  });

  it('offers no feed for a network that is not public (the feed has public networks only)', async () => {
    setup({ visibility: 'PRIVATE' });
    await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    expect(screen.queryByRole('link', { name: 'Subscribe to calendar' })).toBeNull();
    expect(screen.getByText(/no public calendar feed/)).toBeTruthy();
  });

  it('lists upcoming events by UK day with times, place, counts and badges; links to the feed; axe clean', async () => {
    const { container, mock } = setup();
    const day = await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    expect(within(day).getAllByRole('link').map((link) => link.textContent)).toEqual(['Knit and Natter', 'Ward walk']);
    expect(within(day).getByText('3 / 20 going')).toBeTruthy();
    expect(within(day).getByText('7 going')).toBeTruthy();
    expect(within(day).getByText('You’re going')).toBeTruthy();
    expect(within(day).getByRole('link', { name: 'Knit and Natter' }).getAttribute('href')).toBe('/n/macclesfield/e/e-1');
    expect(within(day).getByText('10:00–12:00')).toBeTruthy();
    const thursday = screen.getByRole('region', { name: 'Thursday 16 July 2099' });
    expect(within(thursday).getByText('Members only')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Subscribe to calendar' }).getAttribute('href')).toBe(`webcal://${window.location.host}/calendar/macclesfield.ics`);
    expect(screen.getByRole('link', { name: 'Publicise an event' }).getAttribute('href')).toBe('/n/macclesfield/events/new');
    expect(screen.getByRole('button', { name: 'Upcoming' }).getAttribute('aria-pressed')).toBe('true');
    expect(mock.callsTo('NetworkEvents')[0].variables).toEqual({ slug: 'macclesfield', from: null, to: null, past: false, first: 20, after: null });
    expect(mock.callsTo('EventAdded')[0].variables).toEqual({ networkId: 'net-1' });
    expect(screen.getByRole('navigation', { name: 'Network sections' }).querySelector('[aria-current="page"]')?.textContent).toBe('Events');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by this week, this month and the past with from/to/past', async () => {
    const { mock } = setup();
    await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    await userEvent.click(screen.getByRole('button', { name: 'This week' }));
    await waitFor(() => expect(mock.callsTo('NetworkEvents').some((call) => call.variables.from && call.variables.to)).toBe(true));
    const week = mock.callsTo('NetworkEvents').find((call) => call.variables.from)!.variables;
    expect(new Date(week.to as string).getTime() - new Date(week.from as string).getTime()).toBeGreaterThanOrEqual(167 * 3600 * 1000);
    expect(week.past).toBe(false);
    expect(screen.getByRole('button', { name: 'This week' }).getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(screen.getByRole('button', { name: 'Past' }));
    await waitFor(() => expect(mock.callsTo('NetworkEvents').some((call) => call.variables.past === true)).toBe(true));
    expect(mock.callsTo('NetworkEvents').find((call) => call.variables.past)!.variables).toMatchObject({ from: null, to: null, past: true });

    await userEvent.click(screen.getByRole('button', { name: 'This month' }));
    await waitFor(() => {
      const month = mock.callsTo('NetworkEvents').at(-1)!.variables;
      expect(new Date(month.from as string).toISOString()).toMatch(/-(01T00|\d\dT23):00:00/);
    });
  });

  it('loads more with the cursor', async () => {
    const { mock } = setup({
      handlers: {
        NetworkEvents: (variables) =>
          variables.after === 'cursor-1' ? networkEvents([summer[2]]) : networkEvents(summer.slice(0, 2), { hasNextPage: true, endCursor: 'cursor-1' }),
      },
    });
    await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    expect(screen.queryByText('Funding workshop')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Funding workshop' })).toBeTruthy();
    expect(mock.callsTo('NetworkEvents').some((call) => call.variables.after === 'cursor-1')).toBe(true);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Funding workshop'));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('adds a new event in place when it is published, and announces it politely', async () => {
    const added = makeSubject<FakeResponse>();
    const { container } = setup({ handlers: { EventAdded: () => added.source } });
    await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    act(() =>
      added.next({
        data: { eventAdded: eventDetails({ id: 'e-9', title: 'Coffee morning', startsAt: '2099-07-14T12:00:00.000Z', endsAt: '2099-07-14T13:00:00.000Z' }) },
      }),
    );
    const day = screen.getByRole('region', { name: 'Tuesday 14 July 2099' });
    await waitFor(() => expect(within(day).getAllByRole('link').map((link) => link.textContent)).toEqual(['Knit and Natter', 'Coffee morning', 'Ward walk']));
    const live = container.querySelector('[aria-live="polite"].visually-hidden');
    expect(live?.textContent).toBe('New event: Coffee morning, Tuesday 14 July 2099, 13:00–14:00.');
  });

  it('shows a month as an accessible calendar table with previous and next month', async () => {
    const { mock, container } = setup({ path: '/n/macclesfield/events?view=month&month=2099-07' });
    const table = await screen.findByRole('table', { name: 'July 2099' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const tuesday = within(table).getByText('Tuesday 14 July 2099').closest('td')!;
    expect(within(tuesday).getAllByRole('link').map((link) => link.textContent)).toEqual(['10:00 Knit and Natter', '18:00 Ward walk']);
    expect(mock.callsTo('NetworkEvents')[0].variables).toEqual({
      slug: 'macclesfield',
      from: '2099-06-30T23:00:00.000Z',
      to: '2099-07-31T23:00:00.000Z',
      past: false,
      first: 50,
      after: null,
    });
    expect(screen.getByRole('button', { name: 'Month' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /Next month/ }));
    expect(await screen.findByRole('table', { name: 'August 2099' })).toBeTruthy();
    await waitFor(() => expect(mock.callsTo('NetworkEvents').at(-1)?.variables).toMatchObject({ from: '2099-07-31T23:00:00.000Z' }));
  });

  it('fetches every page of a busy month', async () => {
    const { mock } = setup({
      path: '/n/macclesfield/events?view=month&month=2099-07',
      handlers: {
        NetworkEvents: (variables) =>
          variables.after === 'cursor-1' ? networkEvents([summer[2]]) : networkEvents(summer.slice(0, 2), { hasNextPage: true, endCursor: 'cursor-1' }),
      },
    });
    const table = await screen.findByRole('table', { name: 'July 2099' });
    expect(await within(table).findByRole('link', { name: '14:00 Funding workshop' })).toBeTruthy();
    expect(within(table).getByRole('link', { name: '10:00 Knit and Natter' })).toBeTruthy();
    expect(mock.callsTo('NetworkEvents').map((call) => call.variables.after)).toContain('cursor-1');
  });

  it('asks visitors to sign in instead of offering to publicise', async () => {
    setup({ me: anonymous });
    await screen.findByRole('region', { name: 'Tuesday 14 July 2099' });
    expect(screen.queryByRole('link', { name: 'Publicise an event' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
  });
});
