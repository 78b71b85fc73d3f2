import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout } from '@community-hub/web-networks';
import {
  axeViolations,
  createMockClient,
  network,
  opportunitiesPage,
  opportunitySummary,
  renderRoutes,
  signedInAs,
  type FakeHandler,
} from '@community-hub/web-testing';
import { opportunityTabRoutes } from './consortia-routes';

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: opportunityTabRoutes },
  { path: '*', element: <p>elsewhere</p> },
];

const open = [
  opportunitySummary({ id: 'o-soon', title: 'Lunch clubs', closingSoon: true, deadline: '2026-11-05T17:00:00.000Z' }),
  opportunitySummary({ id: 'o-later', title: 'Befriending for older people', deadline: '2031-07-01T11:00:00.000Z' }),
];
const closed = [opportunitySummary({ id: 'o-closed', title: 'Warm spaces 2025', status: 'CLOSED' })];

function setup(path: string, handlers: Record<string, FakeHandler> = {}) {
  const mock = createMockClient({
    Me: () => signedInAs(),
    Network: () => ({ data: { network: network({ myMembership: { status: 'ACTIVE' } }) } }),
    MyDeadlineReminders: () => ({ data: { myDeadlineReminders: [] } }),
    NetworkOpportunities: (variables) => ({
      data: { network: { __typename: 'Network', id: 'net-1', opportunities: opportunitiesPage(variables.status === 'CLOSED' ? closed : open) } },
    }),
    ...handlers,
  });
  return { mock, ...renderRoutes(routes, { mock, providers: TestProviders, path }) };
}

const titles = () =>
  within(screen.getByRole('list', { name: /opportunities$/ }))
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('OpportunitiesBoardPage', () => {
  it('shows open opportunities by default (status OPEN), with deadlines in UK time, and passes axe', async () => {
    const { mock, container } = setup('/n/macclesfield/opportunities');
    expect(await screen.findByRole('link', { name: 'Befriending for older people' })).toBeTruthy();
    expect(titles()).toEqual(['Lunch clubs', 'Befriending for older people']);
    expect(mock.callsTo('NetworkOpportunities')[0].variables).toEqual({ slug: 'macclesfield', status: 'OPEN', first: 20, after: null });
    expect(screen.getByRole('link', { name: 'Opportunities' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Open' }).getAttribute('aria-current')).toBe('page');
    // 11:00 UTC on 1 July is noon on the UK clock (summer time).
    expect(screen.getByText(/Tuesday,? 1 July 2031 at 12:00/)).toBeTruthy();
    expect(within(screen.getByRole('link', { name: 'Lunch clubs' }).closest('li') as HTMLElement).getByText('Closing soon')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Befriending for older people' }).getAttribute('href')).toBe('/n/macclesfield/o/o-later');
    expect(screen.getByRole('link', { name: 'Post an opportunity' }).getAttribute('href')).toBe('/n/macclesfield/opportunities/new');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('"Closing soon" asks for OPEN ones and keeps those flagged closingSoon; "Closed" asks for CLOSED', async () => {
    const { mock } = setup('/n/macclesfield/opportunities');
    await screen.findByRole('link', { name: 'Befriending for older people' });
    await userEvent.click(screen.getByRole('link', { name: 'Closing soon' }));
    await waitFor(() => expect(titles()).toEqual(['Lunch clubs']));
    expect(screen.getByRole('link', { name: 'Closing soon' }).getAttribute('aria-current')).toBe('page');
    expect(mock.callsTo('NetworkOpportunities').every((call) => call.variables.status === 'OPEN')).toBe(true);

    await userEvent.click(screen.getByRole('link', { name: 'Closed' }));
    await waitFor(() => expect(titles()).toEqual(['Warm spaces 2025']));
    const calls = mock.callsTo('NetworkOpportunities');
    expect(calls[calls.length - 1].variables).toEqual({ slug: 'macclesfield', status: 'CLOSED', first: 20, after: null });
  });

  it('loads more with the end cursor', async () => {
    const { mock } = setup('/n/macclesfield/opportunities', {
      NetworkOpportunities: (variables) => ({
        data: {
          network: {
            __typename: 'Network',
            id: 'net-1',
            opportunities: variables.after
              ? opportunitiesPage([opportunitySummary({ id: 'o-3', title: 'Youth work' })])
              : opportunitiesPage(open, { hasNextPage: true, endCursor: 'cursor-2' }),
          },
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Youth work' })).toBeTruthy();
    expect([...new Set(mock.callsTo('NetworkOpportunities').map((call) => call.variables.after))]).toEqual([null, 'cursor-2']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows deadline reminders for this network as "due soon" notices', async () => {
    setup('/n/macclesfield/opportunities', {
      MyDeadlineReminders: () => ({
        data: {
          myDeadlineReminders: [
            {
              __typename: 'DeadlineReminder',
              id: 'r-1',
              kind: 'SUBMISSION',
              daysBefore: 1,
              deadlineAt: '2026-11-05T17:00:00.000Z',
              organisation: { __typename: 'Organisation', id: 'org-1', name: 'Macclesfield Carers' },
              consortium: null,
              opportunity: {
                __typename: 'Opportunity',
                id: 'o-soon',
                title: 'Lunch clubs',
                network: { __typename: 'Network', id: 'net-1', slug: 'macclesfield' },
              },
            },
          ],
        },
      }),
    });
    const notices = await screen.findByRole('region', { name: 'Due soon' });
    expect(notices.textContent).toContain('Submission for Lunch clubs');
    expect(notices.textContent).toMatch(/Thursday,? 5 November 2026 at 17:00/);
    expect(notices.textContent).toContain('tomorrow, for Macclesfield Carers');
  });
});
