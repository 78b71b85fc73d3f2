import { screen, within } from '@testing-library/react';
import { anonymous, axeViolations, createMockClient, network, renderPage, signedInAs } from '@community-hub/web-testing';
import { groupByArea, NetworkDirectoryPage } from './network-directory-page';
import { TestProviders } from '@community-hub/web-accounts';

const networks = [
  network({ id: 'n1', slug: 'macclesfield', name: 'Macclesfield Community Network', area: 'Cheshire East', myMembership: { status: 'ACTIVE' } }),
  network({ id: 'n2', slug: 'crewe', name: 'Crewe Community Network', area: 'Cheshire East', myMembership: { status: 'PENDING' } }),
  network({ id: 'n3', slug: 'chester-carers', name: 'Chester Carers Forum', area: 'Cheshire West', visibility: 'PRIVATE' }),
];

describe('NetworkDirectoryPage', () => {
  it('groups networks by area, each under its own h2, linking to /n/<slug>', async () => {
    const mock = createMockClient({ Me: () => signedInAs(), Networks: () => ({ data: { networks } }) });
    const { container } = renderPage(<NetworkDirectoryPage />, { mock, providers: TestProviders });
    expect(await screen.findByRole('heading', { level: 1, name: 'Community networks' })).toBeTruthy();
    const areas = await screen.findAllByRole('heading', { level: 2 });
    expect(areas.map((h) => h.textContent)).toEqual(['Cheshire East', 'Cheshire West']);

    const east = areas[0].closest('section') as HTMLElement;
    const eastLinks = within(east).getAllByRole('link');
    expect(eastLinks.map((a) => a.textContent)).toEqual(['Crewe Community Network', 'Macclesfield Community Network']);
    expect(eastLinks[1].getAttribute('href')).toBe('/n/macclesfield');

    const west = areas[1].closest('section') as HTMLElement;
    expect(within(west).getByRole('link', { name: 'Chester Carers Forum' }).getAttribute('href')).toBe('/n/chester-carers');
    expect(within(west).getByText('Private')).toBeTruthy();
    expect(within(east).getByText('Member')).toBeTruthy();
    expect(within(east).getByText('Pending')).toBeTruthy();
    expect(document.title).toBe('Community networks · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an error when the list cannot be loaded', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Networks: () => ({ errors: [{ message: 'The database is busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
    });
    renderPage(<NetworkDirectoryPage />, { mock, providers: TestProviders });
    expect((await screen.findByRole('alert')).textContent).toContain('The database is busy');
  });

  it('sorts areas and names alphabetically', () => {
    const groups = groupByArea([
      network({ id: 'a', name: 'Zeta', area: 'B' }),
      network({ id: 'b', name: 'Alpha', area: 'B' }),
      network({ id: 'c', name: 'Mid', area: 'A' }),
    ]);
    expect(groups.map((g) => [g.area, g.networks.map((n) => n.name)])).toEqual([
      ['A', ['Mid']],
      ['B', ['Alpha', 'Zeta']],
    ]);
  });
});
