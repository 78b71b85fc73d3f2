import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSubject } from 'wonka';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout, NetworkOverviewPage } from '@community-hub/web-networks';
import {
  anonymous,
  apiError,
  axeViolations,
  createMockClient,
  network,
  renderRoutes,
  signedInAs,
  threadSummary,
  threadsPage,
  type FakeHandler,
  type FakeResponse,
  type NetworkFixture,
} from '@community-hub/web-testing';
import { LatestDiscussions } from './latest-discussions';
import { ThreadListPage } from './thread-list-page';

const routes: RouteObject[] = [
  {
    path: '/n/:slug',
    element: <NetworkLayout />,
    children: [
      {
        index: true,
        element: (
          <NetworkOverviewPage>
            <LatestDiscussions />
          </NetworkOverviewPage>
        ),
      },
      { path: 'threads', element: <ThreadListPage /> },
    ],
  },
  { path: '/n/:slug/t/:threadId', element: <p>thread page</p> },
  { path: '*', element: <p>elsewhere</p> },
];

const noEvents = () => makeSubject<FakeResponse>().source;

const threads = [
  threadSummary({ id: 't-pinned', title: 'House rules', pinned: true, locked: true, tags: ['welcome'], postCount: 4 }),
  threadSummary({
    id: 't-coats',
    title: 'Winter coat collection',
    tags: ['events', 'volunteering'],
    unreadCount: 3,
    postCount: 12,
    author: 'Kim Trustee',
    lastPoster: 'Lee Officer',
  }),
  threadSummary({ id: 't-old', title: 'Minutes of the October meeting', postCount: 1 }),
];

function setup(options: { me?: FakeResponse; membership?: NetworkFixture['myMembership']; handlers?: Record<string, FakeHandler>; path?: string } = {}) {
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs(),
    Network: () => ({ data: { network: network({ myMembership: options.membership === undefined ? { status: 'ACTIVE' } : options.membership }) } }),
    NetworkThreads: () => ({ data: { network: { __typename: 'Network', id: 'net-1', threads: threadsPage(threads) } } }),
    ThreadAdded: noEvents,
    ThreadUpdated: noEvents,
    ...options.handlers,
  });
  const rendered = renderRoutes(routes, { mock, providers: TestProviders, path: options.path ?? '/n/macclesfield/threads' });
  return { mock, ...rendered };
}

function rows() {
  return within(screen.getByRole('list', { name: 'Discussions' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

describe('ThreadListPage', () => {
  it('lists threads as the API orders them (pinned first) with badges, tags, people, counts and unread', async () => {
    const { container, mock } = setup();
    expect(await screen.findByRole('link', { name: 'House rules' })).toBeTruthy();
    expect(rows()).toEqual(['House rules', 'Winter coat collection', 'Minutes of the October meeting']);
    expect(screen.getByRole('link', { name: 'Discussions' }).getAttribute('aria-current')).toBe('page');

    const pinned = screen.getByRole('link', { name: 'House rules' }).closest('li') as HTMLElement;
    expect(within(pinned).getByText('Pinned')).toBeTruthy();
    expect(within(pinned).getByText('Locked')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'House rules' }).getAttribute('href')).toBe('/n/macclesfield/t/t-pinned');

    const coats = screen.getByRole('link', { name: 'Winter coat collection' }).closest('li') as HTMLElement;
    expect(within(coats).getByText('3 unread')).toBeTruthy();
    expect(within(coats).getByText('12 posts')).toBeTruthy();
    expect(coats.textContent).toContain('Started by Kim Trustee');
    expect(coats.textContent).toContain('last post by Lee Officer');
    const time = coats.querySelector('time') as HTMLTimeElement;
    expect(time.getAttribute('dateTime')).toBe('2026-11-02T10:00:00.000Z');
    expect(time.getAttribute('title')).toMatch(/2026/);
    expect(within(coats).getByRole('link', { name: 'Tag: events' }).getAttribute('href')).toBe('/n/macclesfield/threads?tag=events');
    expect(screen.queryByText(/unread/, { selector: 'li:not(:nth-child(2)) *' })).toBeNull();

    expect(mock.callsTo('NetworkThreads')[0].variables).toEqual({ slug: 'macclesfield', first: 20, after: null, tag: null });
    expect(mock.callsTo('ThreadAdded')[0].variables).toEqual({ networkId: 'net-1' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by tag from the address, and offers to show all', async () => {
    const { mock } = setup({ path: '/n/macclesfield/threads?tag=events' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Discussions tagged “events”' })).toBeTruthy();
    await waitFor(() => expect(mock.callsTo('NetworkThreads')[0]?.variables.tag).toBe('events'));
    expect(screen.getByRole('link', { name: 'Show all discussions' }).getAttribute('href')).toBe('/n/macclesfield/threads');
  });

  it('loads more with the end cursor', async () => {
    const { mock } = setup({
      handlers: {
        NetworkThreads: (variables) => ({
          data: {
            network: {
              __typename: 'Network',
              id: 'net-1',
              threads: variables.after
                ? threadsPage([threadSummary({ id: 't-later', title: 'Older thread' })])
                : threadsPage(threads, { hasNextPage: true, endCursor: 'cursor-1' }),
            },
          },
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Older thread' })).toBe(document.activeElement);
    // The list also refetches its first page (cache-and-network), so look for the paged call among them.
    expect(mock.callsTo('NetworkThreads').map((call) => call.variables)).toContainEqual(expect.objectContaining({ after: 'cursor-1' }));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('does not jump when a thread is added live: "1 new thread" reveals it at the top', async () => {
    const events = makeSubject<FakeResponse>();
    setup({ handlers: { ThreadAdded: () => events.source } });
    await screen.findByRole('link', { name: 'House rules' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    act(() => events.next({ data: { threadAdded: threadSummary({ id: 't-new', title: 'Food bank needs volunteers', author: 'Jo Member' }) } }));
    const button = await within(status).findByRole('button', { name: '1 new thread' });
    expect(screen.queryByRole('link', { name: 'Food bank needs volunteers' })).toBeNull();
    expect(rows()).toHaveLength(3);

    act(() => events.next({ data: { threadAdded: threadSummary({ id: 't-new-2', title: 'Christmas lunch' }) } }));
    expect(await within(status).findByRole('button', { name: '2 new threads' })).toBe(button);

    await userEvent.click(button);
    expect(rows()).toEqual([
      'Christmas lunch',
      'Food bank needs volunteers',
      'House rules',
      'Winter coat collection',
      'Minutes of the October meeting',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Christmas lunch' }));
    expect(status.textContent).toBe('');
  });

  it('updates a thread\'s count and last poster live where it stands, without reordering', async () => {
    const updates = makeSubject<FakeResponse>();
    const { mock } = setup({ handlers: { ThreadUpdated: () => updates.source } });
    await screen.findByRole('link', { name: 'Minutes of the October meeting' });
    expect(mock.callsTo('ThreadUpdated')[0].variables).toEqual({ networkId: 'net-1' });
    act(() => updates.next({ data: { threadUpdated: threadSummary({ id: 't-old', title: 'Minutes of the October meeting', postCount: 2, lastPoster: 'Jo Member' }) } }));
    const row = (await screen.findByText('2 posts')).closest('li')!;
    expect(within(row).getByRole('link', { name: 'Minutes of the October meeting' })).toBeTruthy();
    expect(row.textContent).toContain('last post by Jo Member');
    expect(rows()).toEqual(['House rules', 'Winter coat collection', 'Minutes of the October meeting']);
  });

  it('hides "Start a discussion" from non-members and anonymous visitors, with a hint', async () => {
    setup({ membership: null });
    expect(await screen.findByText(/Only members can start discussions/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start a discussion' })).toBeNull();
  });

  it('asks anonymous visitors to sign in', async () => {
    setup({ me: anonymous, membership: null });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start a discussion' })).toBeNull();
    expect(screen.queryByText(/unread/)).toBeNull();
  });

  it('starts a discussion: checks the form, sends title, Markdown and tags, then opens the thread', async () => {
    const { mock, router } = setup({
      handlers: {
        CreateThread: () => ({ data: { createThread: threadSummary({ id: 't-created', title: 'Coffee morning' }) } }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Start a discussion' }));
    const form = screen.getByRole('form', { name: 'Start a discussion' });
    await userEvent.click(within(form).getByRole('button', { name: 'Post discussion' }));
    expect(within(form).getByText('Enter a title.')).toBeTruthy();
    expect(within(form).getByText('Write a message.')).toBeTruthy();
    expect(mock.callsTo('CreateThread')).toHaveLength(0);

    await userEvent.type(within(form).getByLabelText('Title'), 'Coffee morning');
    await userEvent.type(within(form).getByLabelText('Message'), 'Every **Friday**');
    await userEvent.type(within(form).getByLabelText('Tags'), 'a, b, c, d, e, f');
    await userEvent.click(within(form).getByRole('button', { name: 'Post discussion' }));
    expect(within(form).getByText('Use at most 5 tags.')).toBeTruthy();

    await userEvent.clear(within(form).getByLabelText('Tags'));
    await userEvent.type(within(form).getByLabelText('Tags'), 'Events, coffee ,events');
    await userEvent.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(within(form).getByRole('region', { name: 'Preview of message' }).querySelector('strong')?.textContent).toBe('Friday');
    await userEvent.click(within(form).getByRole('button', { name: 'Post discussion' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/n/macclesfield/t/t-created'));
    expect(mock.callsTo('CreateThread')[0].variables).toEqual({
      input: { networkId: 'net-1', title: 'Coffee morning', body: 'Every **Friday**', tags: ['events', 'coffee'] },
    });
  });

  it('shows coded errors in an alert and against the field', async () => {
    setup({
      handlers: {
        CreateThread: () => apiError('BAD_USER_INPUT', 'The tag "<x>" is not allowed', [{ field: 'input.tags', message: 'invalid tag' }]),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Start a discussion' }));
    await userEvent.type(screen.getByLabelText('Title'), 'Hello');
    await userEvent.type(screen.getByLabelText('Message'), 'Body');
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Post discussion' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The tag "<x>" is not allowed');
    expect(screen.getByText('Invalid tag.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Tags' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the latest five discussions on the network home, with a link to all', async () => {
    const { mock, container } = setup({
      path: '/n/macclesfield',
      handlers: { MembershipUpdated: noEvents, MembershipRemoved: noEvents },
    });
    const section = (await screen.findByRole('heading', { name: 'Latest discussions' })).closest('section') as HTMLElement;
    expect(await within(section).findByRole('link', { name: 'Winter coat collection' })).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'All discussions' }).getAttribute('href')).toBe('/n/macclesfield/threads');
    expect(mock.callsTo('NetworkThreads')[0].variables).toEqual({ slug: 'macclesfield', first: 5 });
    expect(await axeViolations(container)).toEqual([]);
  });
});
