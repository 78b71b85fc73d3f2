import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import {
  apiError,
  axeViolations,
  createMockClient,
  network,
  renderRoutes,
  searchCounts,
  searchHit,
  type FakeHandler,
} from '@community-hub/web-testing';
import { SearchPage } from './search-page';
import { ukDayStart } from './search-shared';

const routes: RouteObject[] = [
  { path: '/search', element: <SearchPage /> },
  { path: '*', element: <p>elsewhere</p> },
];

function setup(path: string, handlers: Record<string, FakeHandler> = {}) {
  const mock = createMockClient({
    Networks: () => ({
      data: { networks: [network({ slug: 'crewe', name: 'Crewe Community Network' }), network({ id: 'net-2', slug: 'macclesfield' })] },
    }),
    SearchCounts: () => ({ data: { searchCounts: searchCounts({ THREAD: 12, POST: 30, DOCUMENT: 3 }) } }),
    Search: () => ({
      data: {
        search: [
          searchHit({ kind: 'THREAD', id: 't-1', title: 'Winter coat collection', snippet: 'Our «coat» drive', network: { slug: 'crewe', name: 'Crewe Community Network' } }),
          searchHit({ kind: 'EVENT', id: 'e-1', title: 'Coat swap', snippet: 'Swap a «coat»', at: '2026-07-04T13:30:00.000Z' }),
        ],
      },
    }),
    ...handlers,
  });
  const rendered = renderRoutes(routes, { mock, path });
  const location = () => `${rendered.router.state.location.pathname}${rendered.router.state.location.search}`;
  return { mock, location, ...rendered };
}

const kinds = () => screen.getByRole('navigation', { name: 'Kinds of result' });

describe('SearchPage', () => {
  it('calls search and searchCounts with the filters in the URL, and shows counts per kind', async () => {
    const { mock, container } = setup('/search?q=coat&network=crewe&kind=THREAD&from=2026-06-01&to=2026-06-30');
    expect(await screen.findByRole('link', { name: 'Winter coat collection' })).toBeTruthy();
    // UK days: 1 June starts at 23:00 UTC on 31 May (summer time); "to" is the end of 30 June.
    expect(mock.callsTo('Search')[0]!.variables).toEqual({
      query: 'coat',
      networkSlug: 'crewe',
      kinds: ['THREAD'],
      from: '2026-05-31T23:00:00.000Z',
      to: '2026-06-30T23:00:00.000Z',
      first: 20,
      offset: 0,
    });
    // Counts for every kind, so the other kinds' numbers show too.
    expect(mock.callsTo('SearchCounts')[0]!.variables).toEqual({
      query: 'coat',
      networkSlug: 'crewe',
      from: '2026-05-31T23:00:00.000Z',
      to: '2026-06-30T23:00:00.000Z',
    });
    await within(kinds()).findByRole('link', { name: 'Threads (12)' });
    const links = within(kinds()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['All (45)', 'Threads (12)', 'Posts (30)', 'Documents (3)', 'Events (0)', 'Organisations (0)']);
    expect(within(kinds()).getByRole('link', { name: 'Threads (12)' }).getAttribute('aria-current')).toBe('page');
    expect(within(kinds()).getByRole('link', { name: 'Posts (30)' }).getAttribute('href')).toBe(
      '/search?q=coat&network=crewe&kind=POST&from=2026-06-01&to=2026-06-30',
    );
    // The count is announced.
    expect(container.querySelector('p[aria-live="polite"]')?.textContent).toBe('12 results for “coat” in threads');
    // The form shows the URL's filters.
    expect((screen.getByLabelText(/Search for/) as HTMLInputElement).value).toBe('coat');
    await waitFor(() => expect((screen.getByLabelText('Network') as HTMLSelectElement).value).toBe('crewe'));
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-06-01');
    expect(document.title).toBe('Search: coat · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows each result with its kind, highlighted snippet, network and UK date', async () => {
    setup('/search?q=coat');
    const link = await screen.findByRole('link', { name: 'Coat swap' });
    expect(link.getAttribute('href')).toBe('/n/macclesfield/e/e-1');
    const item = link.closest('li')!;
    expect(within(item).getByText('Event')).toBeTruthy();
    expect(item.querySelector('mark')?.textContent).toBe('coat');
    expect(item.textContent).toContain('Macclesfield Community Network');
    // 13:30 UTC in July is 14:30 in the UK.
    expect(item.querySelector('time')?.textContent).toBe('4 Jul 2026, 14:30');
    expect(item.querySelector('time')?.getAttribute('dateTime')).toBe('2026-07-04T13:30:00.000Z');
  });

  it('loads more with the next offset', async () => {
    const page = (offset: number) =>
      Array.from({ length: offset === 0 ? 20 : 5 }, (_, index) => searchHit({ id: `t-${offset + index}`, title: `Thread ${offset + index}` }));
    const { mock } = setup('/search?q=coat', {
      SearchCounts: () => ({ data: { searchCounts: searchCounts({ THREAD: 25 }) } }),
      Search: (variables) => ({ data: { search: page(variables['offset'] as number) } }),
    });
    await screen.findByRole('link', { name: 'Thread 19' });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Thread 24' })).toBeTruthy();
    expect(mock.callsTo('Search').map((call) => call.variables['offset'])).toEqual([0, 20]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Thread 20'));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('puts a new search and filters into the URL, so Back returns to the previous search', async () => {
    const { location, router } = setup('/search?q=coat');
    await screen.findByRole('link', { name: 'Coat swap' });
    const field = screen.getByLabelText(/Search for/);
    await userEvent.clear(field);
    await userEvent.type(field, 'hats OR scarves');
    await userEvent.selectOptions(screen.getByLabelText('Network'), 'crewe');
    await userEvent.type(screen.getByLabelText('From'), '2026-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(location()).toBe('/search?q=hats+OR+scarves&network=crewe&from=2026-01-01'));
    await userEvent.click(within(kinds()).getByRole('link', { name: /Documents/ }));
    await waitFor(() => expect(location()).toBe('/search?q=hats+OR+scarves&network=crewe&kind=DOCUMENT&from=2026-01-01'));
    await act(() => router.navigate(-1));
    await act(() => router.navigate(-1));
    await waitFor(() => expect((screen.getByLabelText(/Search for/) as HTMLInputElement).value).toBe('coat'));
    expect(location()).toBe('/search?q=coat');
  });

  it('checks the form before searching', async () => {
    const { location } = setup('/search?q=coat');
    await screen.findByRole('link', { name: 'Coat swap' });
    await userEvent.clear(screen.getByLabelText(/Search for/));
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Type something to search for.')).toBeTruthy();
    expect(location()).toBe('/search?q=coat');
  });

  it('has an empty state', async () => {
    const { container } = setup('/search?q=zebra&kind=EVENT', {
      SearchCounts: () => ({ data: { searchCounts: searchCounts() } }),
      Search: () => ({ data: { search: [] } }),
    });
    expect(await screen.findByText('Nothing found for “zebra”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'search everything' }).getAttribute('href')).toBe('/search?q=zebra');
    expect(container.querySelector('p[aria-live="polite"]')?.textContent).toBe('0 results for “zebra” in events');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the API error by its code', async () => {
    setup('/search?q=coat&network=nowhere', {
      SearchCounts: () => apiError('NOT_FOUND', 'Network not found'),
      Search: () => apiError('NOT_FOUND', 'Network not found'),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('There is no network at that address, or it is private and you are not a member.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows a BAD_USER_INPUT message from the API', async () => {
    setup('/search?q=coat', {
      SearchCounts: () => apiError('BAD_USER_INPUT', 'Type something to search for', [{ field: 'query', message: 'must not be empty' }]),
      Search: () => apiError('BAD_USER_INPUT', 'Type something to search for'),
    });
    expect((await screen.findByRole('alert')).textContent).toBe('Type something to search for');
  });

  it('asks for words when the URL has none, without calling the API', async () => {
    const { mock } = setup('/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeTruthy();
    expect(screen.getByText(/Type what you are looking for/)).toBeTruthy();
    expect(mock.callsTo('Search')).toHaveLength(0);
    expect(mock.callsTo('SearchCounts')).toHaveLength(0);
  });
});

describe('ukDayStart', () => {
  it('is UK midnight in winter and summer, across the clock changes', () => {
    expect(ukDayStart('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    expect(ukDayStart('2026-07-15')).toBe('2026-07-14T23:00:00.000Z');
    expect(ukDayStart('2026-03-29')).toBe('2026-03-29T00:00:00.000Z');
    expect(ukDayStart('2026-03-29', 1)).toBe('2026-03-29T23:00:00.000Z');
    expect(ukDayStart('2026-10-25')).toBe('2026-10-24T23:00:00.000Z');
    expect(ukDayStart('2026-10-25', 1)).toBe('2026-10-26T00:00:00.000Z');
  });
});
