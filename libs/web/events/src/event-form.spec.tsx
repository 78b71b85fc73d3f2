import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, type RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout } from '@community-hub/web-networks';
import {
  apiError,
  axeViolations,
  createMockClient,
  eventDetails,
  network,
  renderRoutes,
  signedInAs,
  type EventFixture,
  type FakeHandler,
} from '@community-hub/web-testing';
import { EditEventPage, NewEventPage } from './event-form-pages';

function Probe() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: [{ path: 'events/new', element: <NewEventPage /> }] },
  { path: '/n/:slug/e/:eventId/edit', element: <EditEventPage /> },
  { path: '*', element: <Probe /> },
];

function setup(options: { path?: string; event?: EventFixture; handlers?: Record<string, FakeHandler> } = {}) {
  const mock = createMockClient({
    Me: () => signedInAs('Alex Example'),
    Network: () => ({ data: { network: network({ myMembership: {} }) } }),
    EventPage: () => ({ data: { event: eventDetails({ canManage: true, ...options.event }) } }),
    EventClashes: () => ({ data: { eventClashes: [] } }),
    CreateEvent: (variables) => ({ data: { createEvent: eventDetails({ id: 'event-new', title: (variables.input as { title: string }).title }) } }),
    ...options.handlers,
  });
  return { mock, ...renderRoutes(routes, { mock, providers: TestProviders, path: options.path ?? '/n/macclesfield/events/new' }) };
}

const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillBasics(date: string) {
  await userEvent.type(await screen.findByLabelText('Title'), 'Knit and Natter');
  change('Date', date);
  change('Start time', '10:00');
  change('End time', '12:00');
  await userEvent.type(screen.getByLabelText('Location'), 'Macclesfield Library');
}

describe('EventForm', () => {
  it('publishes a weekly summer event: 10:00 UK time is sent as 09:00Z, with the RRULE and capacity', async () => {
    const { mock, container } = setup();
    expect(await screen.findByRole('heading', { name: 'Publicise an event' })).toBeTruthy();
    expect(screen.getByText(/UK time \(GMT\/BST\)/)).toBeTruthy();
    await fillBasics('2099-07-14');
    expect(screen.getByText('Shown as: Tuesday 14 July 2099, 10:00–12:00')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Capacity (optional)'), '20');
    await userEvent.selectOptions(screen.getByLabelText('Repeat'), 'Every week');
    const times = screen.getByLabelText('Number of times');
    await userEvent.clear(times);
    await userEvent.type(times, '6');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Publish event' }));
    await waitFor(() => expect(mock.callsTo('CreateEvent')).toHaveLength(1));
    expect(mock.callsTo('CreateEvent')[0].variables).toEqual({
      input: {
        networkId: 'net-1',
        title: 'Knit and Natter',
        description: '',
        startsAt: '2099-07-14T09:00:00.000Z',
        endsAt: '2099-07-14T11:00:00.000Z',
        location: 'Macclesfield Library',
        address: '',
        online: false,
        accessibilityNotes: '',
        capacity: 20,
        visibility: 'PUBLIC',
        recurrence: 'FREQ=WEEKLY;COUNT=6',
      },
    });
    expect((await screen.findByTestId('location')).textContent).toBe('/n/macclesfield/e/event-new');
  });

  it('sends a winter event (GMT) at 10:00Z, repeating fortnightly', async () => {
    const { mock } = setup();
    await fillBasics('2099-01-13');
    await userEvent.selectOptions(screen.getByLabelText('Repeat'), 'Every fortnight');
    await userEvent.click(screen.getByRole('button', { name: 'Publish event' }));
    await waitFor(() => expect(mock.callsTo('CreateEvent')).toHaveLength(1));
    expect(mock.callsTo('CreateEvent')[0].variables.input).toMatchObject({
      startsAt: '2099-01-13T10:00:00.000Z',
      endsAt: '2099-01-13T12:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4',
    });
  });

  it('offers "every month on the second Tuesday" for 13 October and sends BYDAY=2TU', async () => {
    const { mock } = setup();
    await fillBasics('2026-10-13');
    const repeat = screen.getByLabelText('Repeat');
    expect(within(repeat).getByRole('option', { name: 'Every month on the second Tuesday' })).toBeTruthy();
    await userEvent.selectOptions(repeat, 'Every month on the second Tuesday');
    await userEvent.click(screen.getByRole('button', { name: 'Publish event' }));
    await waitFor(() => expect(mock.callsTo('CreateEvent')).toHaveLength(1));
    expect(mock.callsTo('CreateEvent')[0].variables.input).toMatchObject({ recurrence: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=4' });
  });

  it('checks the form before sending: title, place, times and the number of repeats', async () => {
    const { mock } = setup();
    await screen.findByLabelText('Title');
    change('End time', '09:00');
    await userEvent.selectOptions(screen.getByLabelText('Repeat'), 'Every week');
    const times = screen.getByLabelText('Number of times');
    await userEvent.clear(times);
    await userEvent.type(times, '500');
    await userEvent.click(screen.getByRole('button', { name: 'Publish event' }));
    expect(screen.getByText('Enter a title.')).toBeTruthy();
    expect(screen.getByText('Say where it happens, or tick “Online event”.')).toBeTruthy();
    expect(screen.getByText('The end must be after the start.')).toBeTruthy();
    expect(screen.getByText('Enter a number from 2 to 104.')).toBeTruthy();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('End time').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Title')));
    expect(mock.callsTo('CreateEvent')).toHaveLength(0);
  });

  it('shows the API’s field errors next to the fields', async () => {
    setup({
      handlers: {
        CreateEvent: () => apiError('BAD_USER_INPUT', 'Events can be planned up to five years ahead', [{ field: 'input.startsAt', message: 'Events can be planned up to five years ahead' }]),
      },
    });
    await fillBasics('2099-07-14');
    await userEvent.click(screen.getByRole('button', { name: 'Publish event' }));
    expect(await screen.findByText('Events can be planned up to five years ahead.')).toBeTruthy();
    expect(screen.getByLabelText('Start time').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Please check the highlighted fields.');
  });

  it('warns about a clash at the same venue while filling in the form', async () => {
    const { mock } = setup({
      handlers: {
        EventClashes: () => ({
          data: {
            eventClashes: [{ __typename: 'Event', id: 'e-2', title: 'Book club', startsAt: '2099-07-14T09:30:00.000Z', endsAt: '2099-07-14T10:30:00.000Z', location: 'Macclesfield Library' }],
          },
        }),
      },
    });
    await fillBasics('2099-07-14');
    expect(await screen.findByText(/Another event is at the same venue/, {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('Book club: Tuesday 14 July 2099, 10:30–11:30')).toBeTruthy();
    expect(mock.callsTo('EventClashes').at(-1)?.variables).toEqual({
      input: { networkId: 'net-1', startsAt: '2099-07-14T09:00:00.000Z', endsAt: '2099-07-14T11:00:00.000Z', location: 'Macclesfield Library', excludeEventId: null },
    });
  });

  it('edits one occurrence or the whole series, sending only what changed', async () => {
    const { mock } = setup({
      path: '/n/macclesfield/e/event-1/edit',
      event: { series: { summary: 'every week for 4 times' } },
      handlers: { UpdateEvent: () => ({ data: { updateEvent: eventDetails({ canManage: true }) } }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit “Knit and Natter”' })).toBeTruthy();
    expect((screen.getByLabelText('Start time') as HTMLInputElement).value).toBe('10:00');
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2099-07-14');
    expect(screen.queryByLabelText('Repeat')).toBeNull();
    change('Start time', '10:30');
    const capacity = screen.getByLabelText('Capacity (optional)');
    await userEvent.clear(capacity);
    await userEvent.click(screen.getByRole('radio', { name: 'The whole series' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(mock.callsTo('UpdateEvent')).toHaveLength(1));
    expect(mock.callsTo('UpdateEvent')[0].variables).toEqual({
      input: { eventId: 'event-1', scope: 'WHOLE_SERIES', startsAt: '2099-07-14T09:30:00.000Z', capacity: null },
    });
    expect((await screen.findByTestId('location')).textContent).toBe('/n/macclesfield/e/event-1');
  });

  it('refuses to edit for someone who cannot manage the event', async () => {
    setup({ path: '/n/macclesfield/e/event-1/edit', event: { canManage: false } });
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot edit this event' })).toBeTruthy();
  });
});
