import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '@community-hub/web-accounts';
import {
  apiError,
  axeViolations,
  createMockClient,
  opportunityDetails,
  renderPage,
  representedOrganisations,
  signedInAs,
  type FakeHandler,
} from '@community-hub/web-testing';
import { OpportunityPage } from './opportunity-page';

const interest = {
  __typename: 'Interest',
  id: 'int-1',
  role: 'LEAD',
  lots: [],
  capabilities: 'Ten years of befriending',
  capacity: '3 staff',
  areas: ['Macclesfield'],
  services: ['befriending'],
  note: '',
  updatedAt: '2026-11-02T10:00:00.000Z',
  organisation: { __typename: 'Organisation', id: 'org-other', name: 'Bollington Befrienders' },
  expressedBy: { __typename: 'User', id: 'user-kim', name: 'Kim Trustee' },
};

function setup(handlers: Record<string, FakeHandler> = {}) {
  const mock = createMockClient({
    Me: () => signedInAs(),
    Opportunity: () => ({ data: { opportunity: opportunityDetails({ lots: ['Lot 1 North', 'Lot 2 South'], description: 'Weekly **visits**.' }) } }),
    MyRepresentedOrganisations: () => representedOrganisations({ id: 'org-1', name: 'Macclesfield Carers' }, { id: 'org-2', name: 'Tytherington Lunch Club' }),
    OpportunityInterests: () => ({
      data: {
        opportunity: {
          __typename: 'Opportunity',
          id: 'opp-1',
          interests: { __typename: 'InterestConnection', totalCount: 1, nodes: [interest], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
        },
      },
    }),
    ...handlers,
  });
  return { mock, ...renderPage(<OpportunityPage />, { mock, providers: TestProviders, route: '/n/:slug/o/:opportunityId', path: '/n/macclesfield/o/opp-1' }) };
}

describe('OpportunityPage', () => {
  it('shows the details (Markdown description, UK deadlines) and who is interested, and passes axe', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Befriending for older people' })).toBeTruthy();
    expect(screen.getByText('visits').tagName).toBe('STRONG');
    expect(screen.getByText(/Tuesday,? 1 July 2031 at 12:00/)).toBeTruthy();
    expect(screen.getByText('£120,000')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 3, name: 'Bollington Befrienders' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("offers only the organisations of the opportunity's network (not every one a coordinator represents)", async () => {
    const { mock } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Befriending for older people' });
    await waitFor(() => expect(mock.callsTo('MyRepresentedOrganisations')[0]?.variables).toEqual({ networkId: 'net-1' }));
  });

  it('checks the express-interest form before sending, then sends what was entered', async () => {
    const express = vi.fn<FakeHandler>((variables) => ({
      data: {
        expressInterest: {
          ...interest,
          id: 'int-2',
          organisation: { __typename: 'Organisation', id: 'org-2', name: 'Tytherington Lunch Club' },
          ...(variables.input as object),
        },
      },
    }));
    const { mock } = setup({ ExpressInterest: express });
    const form = (await screen.findByRole('heading', { name: 'Express interest' })).closest('form') as HTMLFormElement;
    await userEvent.click(within(form).getByRole('button', { name: 'Express interest' }));
    expect(within(form).getByText('Choose the organisation you are expressing interest for.')).toBeTruthy();
    expect(within(form).getByText('Say what your organisation can bring.')).toBeTruthy();
    expect(within(form).getByLabelText('Organisation').getAttribute('aria-invalid')).toBe('true');
    expect(mock.callsTo('ExpressInterest')).toHaveLength(0);

    await userEvent.selectOptions(within(form).getByLabelText('Organisation'), 'org-2');
    await userEvent.selectOptions(within(form).getByLabelText('Role sought'), 'SUBCONTRACTOR');
    await userEvent.click(within(form).getByLabelText('Lot 2 South'));
    await userEvent.type(within(form).getByLabelText(/^Capabilities/), 'Hot meals twice a week');
    await userEvent.type(within(form).getByLabelText(/^Capacity/), '12 volunteers');
    await userEvent.type(within(form).getByLabelText(/^Areas covered/), 'Tytherington, Macclesfield');
    await userEvent.type(within(form).getByLabelText(/^Services offered/), 'lunch clubs');
    await userEvent.click(within(form).getByRole('button', { name: 'Express interest' }));

    expect(await within(form).findByText('Interest recorded for Tytherington Lunch Club.')).toBeTruthy();
    expect(mock.callsTo('ExpressInterest')[0].variables).toEqual({
      input: {
        opportunityId: 'opp-1',
        organisationId: 'org-2',
        role: 'SUBCONTRACTOR',
        lots: ['Lot 2 South'],
        capabilities: 'Hot meals twice a week',
        capacity: '12 volunteers',
        areas: ['Tytherington', 'Macclesfield'],
        services: ['lunch clubs'],
        note: '',
      },
    });
  });

  it("shows the API's coded error from expressInterest", async () => {
    setup({ ExpressInterest: () => apiError('CONFLICT', 'This opportunity has closed.') });
    const form = (await screen.findByRole('heading', { name: 'Express interest' })).closest('form') as HTMLFormElement;
    await userEvent.selectOptions(within(form).getByLabelText('Organisation'), 'org-1');
    await userEvent.type(within(form).getByLabelText(/^Capabilities/), 'Befriending');
    await userEvent.click(within(form).getByRole('button', { name: 'Express interest' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('This opportunity has closed.');
  });

  it('filters interested organisations by role, area and service through the API', async () => {
    const { mock } = setup();
    await screen.findByRole('heading', { level: 3, name: 'Bollington Befrienders' });
    const filters = screen.getByRole('search', { name: 'Filter interested organisations' });
    await userEvent.selectOptions(within(filters).getByLabelText('Role sought'), 'LEAD');
    await userEvent.type(within(filters).getByLabelText('Area'), 'Macclesfield');
    await userEvent.type(within(filters).getByLabelText('Service'), 'befriending');
    await userEvent.click(within(filters).getByRole('button', { name: 'Filter' }));
    await waitFor(() =>
      expect(mock.callsTo('OpportunityInterests').at(-1)?.variables).toEqual({
        id: 'opp-1',
        role: 'LEAD',
        area: 'Macclesfield',
        service: 'befriending',
        first: 20,
        after: null,
      }),
    );
  });

  it('forms a consortium led by an organisation the person represents and opens it', async () => {
    const { mock } = setup({
      FormConsortium: () => ({
        data: {
          formConsortium: {
            __typename: 'Consortium',
            id: 'cons-9',
            name: 'Macclesfield Together',
            status: 'FORMING',
            lead: { __typename: 'Organisation', id: 'org-1', name: 'Macclesfield Carers' },
          },
        },
      }),
    });
    await userEvent.type(await screen.findByLabelText('Consortium name'), 'Macclesfield Together');
    await userEvent.selectOptions(screen.getByLabelText('Lead organisation'), 'org-1');
    await userEvent.click(screen.getByRole('button', { name: 'Form consortium' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/n/macclesfield/c/cons-9');
    expect(mock.callsTo('FormConsortium')[0].variables).toEqual({
      input: { opportunityId: 'opp-1', leadOrganisationId: 'org-1', name: 'Macclesfield Together' },
    });
  });
});
