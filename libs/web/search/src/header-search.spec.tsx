import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet, useLocation, type RouteObject } from 'react-router';
import { axeViolations, createMockClient, renderRoutes, searchHit, type FakeHandler } from '@community-hub/web-testing';
import { HeaderSearch } from './header-search';

function Shell() {
  return (
    <>
      <header>
        <HeaderSearch />
      </header>
      <main>
        <Outlet />
      </main>
    </>
  );
}

function Where() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

const routes: RouteObject[] = [{ element: <Shell />, children: [{ path: '*', element: <Where /> }] }];

const hits = [
  searchHit({ kind: 'THREAD', id: 't-coats', title: 'Winter coat collection', snippet: 'Winter «coat» collection at the hall' }),
  searchHit({ kind: 'DOCUMENT', id: 'd-policy', title: 'Coat store policy', snippet: 'Where «coats» are kept' }),
  searchHit({ kind: 'POST', id: 'p-7', threadId: 't-coats', title: 'Winter coat collection', snippet: 'I can bring «coats» <script>x</script>' }),
  searchHit({ kind: 'THREAD', id: 't-old', title: 'Old coats', snippet: '«coats» from last year' }),
];

function setup(path = '/', search: FakeHandler = () => ({ data: { search: hits } })) {
  const mock = createMockClient({ Search: search });
  const rendered = renderRoutes(routes, { mock, path });
  const location = () => `${rendered.router.state.location.pathname}${rendered.router.state.location.search}`;
  return { mock, location, ...rendered };
}

const box = () => screen.getByRole('combobox', { name: 'Search Community Hub' });

describe('HeaderSearch', () => {
  it('is a labelled search landmark with a combobox, closed until something is typed', async () => {
    const { container } = setup();
    expect(screen.getByRole('search', { name: 'Site' })).toBeTruthy();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('debounces typing into one search and groups the suggestions by kind, in a fixed order', async () => {
    const { mock, container } = setup();
    await userEvent.type(box(), 'coat');
    const listbox = await screen.findByRole('listbox', { name: 'Search suggestions' });
    await within(listbox).findByRole('option', { name: /Coat store policy/ });
    // One request for the settled text, not one per keystroke.
    expect(mock.callsTo('Search')).toHaveLength(1);
    expect(mock.callsTo('Search')[0]!.variables).toEqual({ query: 'coat', networkSlug: null, first: 8 });
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-controls')).toBe(listbox.id);

    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby') && document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Threads',
      'Posts',
      'Documents',
    ]);
    expect(within(groups[0]!).getAllByRole('option')).toHaveLength(2);
    const options = within(listbox).getAllByRole('option');
    expect(options.at(-1)!.textContent).toBe('See all results for “coat”');
    // Matches are marked; the post's <script> is text.
    expect([...listbox.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('coat');
    expect(listbox.querySelector('script')).toBeNull();
    expect(listbox.textContent).toContain('<script>x</script>');
    await waitFor(() => expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('4 suggestions. Use the up and down arrows to choose one.'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('moves through the results across groups with the arrow keys; Enter opens the highlighted one', async () => {
    const { location } = setup();
    await userEvent.type(box(), 'coat');
    await screen.findByRole('option', { name: /Coat store policy/ });
    const options = screen.getAllByRole('option');

    await userEvent.keyboard('{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    // Past the two threads, into the Posts group.
    expect(box().getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    expect(options[2]!.textContent).toContain('I can bring');
    await userEvent.keyboard('{ArrowUp}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(location()).toBe('/n/macclesfield/t/t-coats?post=p-7'));
    // Chosen: the list closes and the box empties.
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('');
  });

  it('wraps from the first option to "See all results", which opens the results page', async () => {
    const { location } = setup();
    await userEvent.type(box(), 'coat');
    await screen.findByRole('option', { name: /Coat store policy/ });
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    const all = screen.getByRole('option', { name: 'See all results for “coat”' });
    expect(box().getAttribute('aria-activedescendant')).toBe(all.id);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(location()).toBe('/search?q=coat'));
  });

  it('Enter without a highlighted option searches on the results page', async () => {
    const { location } = setup();
    await userEvent.type(box(), '"winter coats" -hats{Enter}');
    await waitFor(() => expect(location()).toBe(`/search?q=${encodeURIComponent('"winter coats" -hats').replace(/%20/g, '+')}`));
  });

  it('Escape closes the list, and a second Escape clears the box', async () => {
    setup();
    await userEvent.type(box(), 'coat');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
    expect((box() as HTMLInputElement).value).toBe('coat');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await userEvent.keyboard('{Escape}{Escape}');
    expect((box() as HTMLInputElement).value).toBe('');
  });

  it('opens a result on click', async () => {
    const { location } = setup();
    await userEvent.type(box(), 'coat');
    await userEvent.click(await screen.findByRole('option', { name: /Coat store policy/ }));
    await waitFor(() => expect(location()).toBe('/n/macclesfield/d/d-policy'));
  });

  it('on a network page, can search that network only', async () => {
    const { mock, location } = setup('/n/crewe/threads');
    const scope = screen.getByRole('checkbox', { name: 'In this network only' });
    await userEvent.click(scope);
    await userEvent.type(box(), 'coat');
    await screen.findByRole('option', { name: /Coat store policy/ });
    expect(mock.callsTo('Search').at(-1)!.variables).toEqual({ query: 'coat', networkSlug: 'crewe', first: 8 });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(location()).toBe('/search?q=coat&network=crewe'));
  });

  it('says when nothing matches, and shows a coded API error', async () => {
    setup('/', (variables) =>
      variables['query'] === 'zzz'
        ? { data: { search: [] } }
        : { data: null, errors: [{ message: 'query must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT' } }] },
    );
    await userEvent.type(box(), 'zzz');
    expect(await screen.findByText('No matches yet. Try other words.')).toBeTruthy();
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await userEvent.type(box(), 'q');
    expect(await screen.findByText('query must be at most 200 characters')).toBeTruthy();
  });
});
