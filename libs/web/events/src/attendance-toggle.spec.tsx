import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import { makeSubject } from 'wonka';
import { TestProviders } from '@community-hub/web-accounts';
import { createMockClient, eventDetails, renderRoutes, rsvpRow, signedInAs, type EventFixture, type FakeResponse } from '@community-hub/web-testing';
import { EventPage } from './event-page';

const routes: RouteObject[] = [{ path: '/n/:slug/e/:eventId', element: <EventPage /> }];

function attendeesOf(attended: boolean | null) {
  return {
    data: {
      event: {
        __typename: 'Event',
        id: 'event-1',
        attendees: {
          __typename: 'RsvpConnection',
          totalCount: 1,
          nodes: [{ ...rsvpRow('Kim Trustee', 'GOING'), attended }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

describe('attendance on the event page', () => {
  it('lets the organiser tick who attended once the event has started', async () => {
    const held: EventFixture = { canManage: true, startsAt: '2020-07-14T09:00:00.000Z', endsAt: '2020-07-14T10:00:00.000Z' };
    let attended: boolean | null = null;
    const mock = createMockClient({
      Me: () => signedInAs('Alex Example'),
      EventPage: () => ({ data: { event: eventDetails(held) } }),
      EventUpdated: () => makeSubject<FakeResponse>().source,
      EventAttendees: () => attendeesOf(attended),
      MarkAttendance: (variables) => {
        attended = variables['attended'] as boolean;
        return { data: { markAttendance: { __typename: 'Rsvp', attended } } };
      },
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/e/event-1' });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toContain('Attended');
    const box = within(table).getByRole('checkbox', { name: 'Kim Trustee attended' });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.click(box);
    await waitFor(() => expect(mock.callsTo('MarkAttendance')[0]?.variables).toEqual({ eventId: 'event-1', userId: 'user-kim-trustee', attended: true }));
    expect((box as HTMLInputElement).checked).toBe(true);
  }, 20_000);

  it('has no attendance column before the event starts', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Alex Example'),
      EventPage: () => ({ data: { event: eventDetails({ canManage: true }) } }),
      EventUpdated: () => makeSubject<FakeResponse>().source,
      EventAttendees: () => attendeesOf(null),
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/e/event-1' });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).not.toContain('Attended');
  }, 20_000);
});
