import { screen, within } from '@testing-library/react';
import { TestProviders } from '@community-hub/web-accounts';
import { anonymous, axeViolations, createMockClient, network, renderPage, signedInAs, threadSummary, type FakeResponse } from '@community-hub/web-testing';
import { HomePage } from './home-page';
import { upcomingDeadlines } from './signed-in-home';

const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const networks = [network({ id: 'n1', slug: 'macclesfield', name: 'Macclesfield Community Network', area: 'Cheshire East', myMembership: { status: 'ACTIVE' } })];
const netRef = { __typename: 'Network', id: 'n1', slug: 'macclesfield', name: 'Macclesfield Community Network' };

function consortium(id: string, status: string, opportunity: Record<string, string | null>) {
  return {
    __typename: 'Consortium',
    id,
    name: `Consortium ${id}`,
    status,
    network: { __typename: 'Network', id: 'n1', slug: 'macclesfield' },
    opportunity: { __typename: 'Opportunity', id: `o-${id}`, title: `Opportunity ${id}`, deadline: inDays(30), expressionOfInterestDeadline: null, clarificationDeadline: null, ...opportunity },
  };
}

function home(overrides: Partial<Record<string, unknown>> = {}): FakeResponse {
  return {
    data: {
      myLatestThreads: [
        { ...threadSummary({ id: 't1', title: 'Winter coat collection', unreadCount: 2, lastPoster: 'Lee Officer' }), network: netRef, consortium: null },
        {
          ...threadSummary({ id: 't2', title: 'Bid plan' }),
          network: netRef,
          consortium: { __typename: 'Consortium', id: 'c1', name: 'Youth Partnership' },
        },
      ],
      myUpcomingEvents: [
        {
          __typename: 'Event',
          id: 'e1',
          title: 'Volunteers’ coffee morning',
          startsAt: '2027-01-12T10:00:00.000Z',
          endsAt: '2027-01-12T12:00:00.000Z',
          location: 'Macclesfield Library',
          online: false,
          myRsvp: 'GOING',
          network: netRef,
        },
      ],
      myConsortia: [consortium('c1', 'FORMING', { expressionOfInterestDeadline: inDays(3) }), consortium('c2', 'LOST', {})],
      myConsortiumInvitations: [],
      unreadNotificationCount: 1,
      notifications: {
        __typename: 'NotificationConnection',
        nodes: [{ __typename: 'Notification', id: 'x1', title: 'Kim replied in “Coats”', path: '/n/macclesfield/t/t1#post-4', createdAt: new Date().toISOString() }],
      },
      ...overrides,
    },
  };
}

describe('HomePage', () => {
  it('shows a signed-in person their discussions, events, deadlines and notifications in one request, then the directory', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Alex Example'), SignedInHome: () => home(), Networks: () => ({ data: { networks } }) });
    const { container } = renderPage(<HomePage />, { mock, providers: TestProviders });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Alex' })).toBeTruthy();

    const threads = screen.getByRole('region', { name: 'Latest discussions' });
    expect(within(threads).getByRole('link', { name: 'Winter coat collection' }).getAttribute('href')).toBe('/n/macclesfield/t/t1');
    expect(within(threads).getByText('2 unread')).toBeTruthy();
    expect(within(threads).getByText(/Youth Partnership \(private workspace\)/)).toBeTruthy();

    const events = screen.getByRole('region', { name: 'Your upcoming events' });
    expect(within(events).getByRole('link', { name: 'Volunteers’ coffee morning' }).getAttribute('href')).toBe('/n/macclesfield/e/e1');
    expect(within(events).getByText(/Tue 12 Jan, 10:00/)).toBeTruthy();
    expect(within(events).getByText('Going')).toBeTruthy();

    const deadlines = screen.getByRole('region', { name: 'Consortium deadlines' });
    const rows = within(deadlines).getAllByRole('listitem');
    // The FORMING consortium's two deadlines, soonest first; the LOST one's are left out.
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('Expression of interest'), expect.stringContaining('Submission')]);

    const notifications = screen.getByRole('region', { name: 'Unread notifications (1)' });
    expect(within(notifications).getByRole('link', { name: 'Kim replied in “Coats”' }).getAttribute('href')).toBe('/n/macclesfield/t/t1#post-4');
    // No invitations: no section.
    expect(screen.queryByRole('region', { name: /Invitations/ })).toBeNull();

    expect(await screen.findByRole('heading', { level: 2, name: 'All community networks' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Cheshire East' })).toBeTruthy();
    // One request for the home's own data (refetched at most once: cache-and-network), besides the session and the directory.
    expect(new Set(mock.calls.map((call) => call.name))).toEqual(new Set(['Me', 'SignedInHome', 'Networks']));
    expect(document.title).toBe('Home · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says what to do when there is nothing yet, and lists invitations when there are some', async () => {
    const invitation = {
      __typename: 'ConsortiumMember',
      id: 'm1',
      organisation: { __typename: 'Organisation', id: 'org1', name: 'Crewe Food Bank' },
      consortium: { __typename: 'Consortium', id: 'c9', name: 'Food Alliance', network: netRef, opportunity: { __typename: 'Opportunity', id: 'o9', title: 'Holiday meals' } },
    };
    const empty = home({ myLatestThreads: [], myUpcomingEvents: [], myConsortia: [], myConsortiumInvitations: [invitation], unreadNotificationCount: 0, notifications: { __typename: 'NotificationConnection', nodes: [] } });
    const mock = createMockClient({ Me: () => signedInAs(), SignedInHome: () => empty, Networks: () => ({ data: { networks } }) });
    renderPage(<HomePage />, { mock, providers: TestProviders });
    expect(await screen.findByText(/No discussions yet in your networks/)).toBeTruthy();
    expect(screen.getByText('No events coming up in your networks.')).toBeTruthy();
    expect(screen.getByText('You are up to date.')).toBeTruthy();
    const invitations = screen.getByRole('region', { name: 'Invitations (1)' });
    expect(within(invitations).getByText(/invites Crewe Food Bank to bid for “Holiday meals”/)).toBeTruthy();
    expect(within(invitations).getByRole('link', { name: 'Answer invitations' }).getAttribute('href')).toBe('/consortia/invitations');
  });

  it('shows visitors the directory of networks, and asks nothing of the home query', async () => {
    const mock = createMockClient({ Me: () => anonymous, Networks: () => ({ data: { networks } }) });
    renderPage(<HomePage />, { mock, providers: TestProviders });
    expect(await screen.findByRole('heading', { level: 1, name: 'Community networks' })).toBeTruthy();
    expect(mock.callsTo('SignedInHome')).toHaveLength(0);
  });
});

describe('upcomingDeadlines', () => {
  it('keeps future deadlines of consortia still bidding, soonest first', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    const forming = consortium('a', 'FORMING', { deadline: '2027-03-01T12:00:00Z', clarificationDeadline: '2026-12-20T12:00:00Z', expressionOfInterestDeadline: '2027-01-10T12:00:00Z' });
    const submitted = consortium('b', 'SUBMITTED', { deadline: '2027-02-01T12:00:00Z' });
    const won = consortium('c', 'WON', { deadline: '2027-01-05T12:00:00Z' });
    expect(upcomingDeadlines([forming, submitted, won] as never, now).map((d) => `${d.consortium.id}:${d.label}`)).toEqual([
      'a:Expression of interest',
      'b:Submission',
      'a:Submission',
    ]);
  });
});
