import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import { anonymous, axeViolations, createMockClient, network, renderRoutes } from '@community-hub/web-testing';
import { NetworkLayout } from './network-layout';
import { NetworkOrganisationsPage } from './network-organisations-page';
import { TestProviders } from '@community-hub/web-accounts';

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: [{ path: 'organisations', element: <NetworkOrganisationsPage /> }] },
];

const foodbank = {
  __typename: 'Organisation',
  id: 'o1',
  name: 'Macc Foodbank',
  kind: 'VOLUNTARY',
  description: 'Food parcels.\n<script>alert(1)</script>',
  website: 'https://foodbank.example.org',
  charityNumber: '1234567',
  companyNumber: null,
  representatives: [
    { __typename: 'User', id: 'u1', name: 'Sam Trustee' },
    { __typename: 'User', id: 'u2', name: 'Jo Volunteer' },
  ],
};
const unsafe = { ...foodbank, id: 'o2', name: 'Odd Org', website: 'javascript:alert(1)', representatives: [] };

describe('NetworkOrganisationsPage', () => {
  it('shows each organisation safely, then searches after a pause in typing', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Network: () => ({ data: { network: network() } }),
      NetworkOrganisations: (variables) => ({
        data: {
          network: {
            __typename: 'Network',
            id: 'net-1',
            organisations: {
              __typename: 'OrganisationConnection',
              totalCount: variables['query'] ? 1 : 2,
              nodes: variables['query'] ? [foodbank] : [foodbank, unsafe],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      }),
    });
    const { container } = renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/organisations' });
    const card = (await screen.findByRole('heading', { level: 3, name: 'Macc Foodbank' })).closest('article') as HTMLElement;
    const website = within(card).getByRole('link', { name: /foodbank\.example\.org/ });
    expect(website.getAttribute('rel')).toBe('nofollow noopener noreferrer');
    expect(within(card).getByText('Sam Trustee, Jo Volunteer')).toBeTruthy();
    expect(within(card).getByText('Voluntary group or charity')).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    const odd = (await screen.findByRole('heading', { level: 3, name: 'Odd Org' })).closest('article') as HTMLElement;
    expect(within(odd).queryByRole('link')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.type(screen.getByLabelText('Search organisations'), 'food');
    await waitFor(() => expect(mock.callsTo('NetworkOrganisations').some((c) => c.variables['query'] === 'food')).toBe(true));
    // Debounced: no request for the partial words "f", "fo", "foo".
    expect(mock.callsTo('NetworkOrganisations').map((c) => c.variables['query'])).toEqual([null, 'food']);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Odd Org' })).toBeNull());
  });

  it('filters by kind', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Network: () => ({ data: { network: network() } }),
      NetworkOrganisations: () => ({
        data: {
          network: {
            __typename: 'Network',
            id: 'net-1',
            organisations: {
              __typename: 'OrganisationConnection',
              totalCount: 0,
              nodes: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      }),
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/organisations' });
    await userEvent.selectOptions(await screen.findByLabelText('Kind'), 'FAITH');
    await waitFor(() => expect(mock.callsTo('NetworkOrganisations').at(-1)?.variables['kind']).toBe('FAITH'));
    expect(await screen.findByText('No organisations match your search.')).toBeTruthy();
  });
});
