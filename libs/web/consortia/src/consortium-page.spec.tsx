import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '@community-hub/web-accounts';
import {
  apiError,
  axeViolations,
  consortiumDetails,
  consortiumMember,
  createMockClient,
  renderRoutes,
  representedOrganisations,
  signedInAs,
  type ConsortiumFixture,
  type FakeHandler,
} from '@community-hub/web-testing';
import { consortiaRoutes } from './consortia-routes';

const lead = { id: 'org-lead', name: 'Macclesfield Carers' };
const partner = { id: 'org-partner', name: 'Bollington Befrienders' };
const sub = { id: 'org-sub', name: 'Tytherington Lunch Club' };

const drafted: ConsortiumFixture = {
  agreementVersion: 2,
  dataSharing: 'Under the council’s data sharing agreement.',
  exitTerms: 'Three months’ notice.',
  members: [
    { id: 'm-lead', organisation: lead, role: 'LEAD', sharePercent: 60, signed: true },
    { id: 'm-partner', organisation: partner, role: 'PARTNER', sharePercent: 30, signed: false },
    { id: 'm-sub', organisation: sub, role: 'SUBCONTRACTOR', sharePercent: 10, signed: false },
    { id: 'm-declined', organisation: { id: 'org-x', name: 'Declined Trust' }, status: 'DECLINED' },
  ],
};

function setup(path: string, options: { mine?: Array<{ id: string; name: string }>; consortium?: FakeHandler; handlers?: Record<string, FakeHandler> } = {}) {
  const mock = createMockClient({
    Me: () => signedInAs(),
    MyRepresentedOrganisations: () => representedOrganisations(...(options.mine ?? [lead])),
    Consortium: options.consortium ?? (() => ({ data: { consortium: consortiumDetails(drafted) } })),
    DirectoryOrganisations: () => ({
      data: {
        network: {
          __typename: 'Network',
          id: 'net-1',
          organisations: { __typename: 'OrganisationConnection', nodes: [{ __typename: 'Organisation', id: 'org-new', name: 'Poynton Pantry' }] },
        },
      },
    }),
    ...options.handlers,
  });
  return { mock, ...renderRoutes(consortiaRoutes, { mock, providers: TestProviders, path }) };
}

describe('ConsortiumPage', () => {
  it('shows a friendly "not found or no access" page for NOT_FOUND, without saying which', async () => {
    const { container } = setup('/n/macclesfield/c/cons-secret', { consortium: () => apiError('NOT_FOUND', 'Consortium not found') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Consortium not found' })).toBeTruthy();
    expect(screen.getByText(/does not exist, or you do not have access to it/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'See the network’s opportunities' }).getAttribute('href')).toBe('/n/macclesfield/opportunities');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the overview: private note, status, members with status and role, and the lead’s tools', async () => {
    const { container } = setup('/n/macclesfield/c/cons-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Macclesfield Together' })).toBeTruthy();
    expect(screen.getByText('Private to consortium members.')).toBeTruthy();
    // The sections load with the page (lazily, in the browser), so wait for them too.
    const members = await screen.findByRole('table');
    expect(within(members).getByRole('row', { name: /Bollington Befrienders Partner Accepted/ })).toBeTruthy();
    expect(within(members).getByRole('row', { name: /Declined Trust Partner Declined/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Invite an organisation' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Change the status' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the lead invites an organisation from the directory', async () => {
    const { mock } = setup('/n/macclesfield/c/cons-1', {
      handlers: {
        InviteToConsortium: () => ({
          data: { inviteToConsortium: consortiumMember({ id: 'm-new', organisation: { id: 'org-new', name: 'Poynton Pantry' }, status: 'INVITED' }) },
        }),
      },
    });
    await userEvent.selectOptions(await screen.findByLabelText('Organisation to invite'), 'org-new');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(screen.getByText('Poynton Pantry has been invited as partner.')).toBeTruthy());
    expect(mock.callsTo('InviteToConsortium')[0].variables).toEqual({ input: { consortiumId: 'cons-1', organisationId: 'org-new', role: 'PARTNER' } });
  });

  it('shows the API’s CONFLICT message when a status move is refused', async () => {
    setup('/n/macclesfield/c/cons-1', {
      handlers: { SetConsortiumStatus: () => apiError('CONFLICT', 'A consortium can move from FORMING only to SUBMITTED or WITHDRAWN.') },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change status' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A consortium can move from FORMING only to SUBMITTED or WITHDRAWN.');
  });

  it('hides the lead’s tools from other members', async () => {
    setup('/n/macclesfield/c/cons-1', { mine: [partner] });
    await screen.findByRole('heading', { level: 1, name: 'Macclesfield Together' });
    expect(screen.queryByRole('heading', { name: 'Invite an organisation' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Change the status' })).toBeNull();
  });
});

describe('ConsortiumAgreement', () => {
  it('shows the lead who has not yet signed, the shares and their total, and passes axe', async () => {
    const { container } = setup('/n/macclesfield/c/cons-1/agreement');
    expect(await screen.findByRole('heading', { level: 2, name: 'Agreement' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Agreement' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('Not yet signed:').parentElement?.textContent).toBe('Not yet signed: Bollington Befrienders, Tytherington Lunch Club');
    const table = await screen.findByRole('table', { name: 'Members’ roles and shares' });
    expect(within(table).getByRole('row', { name: /Total share 100%/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Macclesfield Carers Lead .*60% Yes, by Sam Organiser/ })).toBeTruthy();
    // The declined organisation is not part of the agreement.
    expect(within(table).queryByText('Declined Trust')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Change the agreement' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lets a member’s representative sign off; the page then shows it signed', async () => {
    let signed = false;
    const { mock } = setup('/n/macclesfield/c/cons-1/agreement', {
      mine: [partner],
      consortium: () => ({
        data: {
          consortium: consortiumDetails({
            ...drafted,
            members: drafted.members!.map((member) => (member.id === 'm-partner' ? { ...member, signed } : member)),
          }),
        },
      }),
      handlers: {
        SignConsortiumAgreement: () => {
          signed = true;
          return { data: { signConsortiumAgreement: consortiumMember({ id: 'm-partner', organisation: partner, sharePercent: 30, signed: true }) } };
        },
      },
    });
    // Only the lead sees who is missing; a member sees the table.
    await screen.findByRole('heading', { level: 2, name: 'Agreement' });
    expect(screen.queryByText('Not yet signed:')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Change the agreement' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Sign off for Bollington Befrienders' }));
    expect(mock.callsTo('SignConsortiumAgreement')[0].variables).toEqual({ consortiumId: 'cons-1', organisationId: 'org-partner' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign off for Bollington Befrienders' })).toBeNull());
    expect(screen.getByText('Signed off for Bollington Befrienders.')).toBeTruthy();
  });

  it('the lead saves roles, responsibilities, shares and terms', async () => {
    const { mock } = setup('/n/macclesfield/c/cons-1/agreement', {
      handlers: {
        UpdateConsortiumAgreement: () => ({
          data: { updateConsortiumAgreement: consortiumDetails({ ...drafted, agreementVersion: 3 }) },
        }),
      },
    });
    const share = await screen.findByLabelText('Share of Bollington Befrienders (%)');
    await userEvent.clear(share);
    await userEvent.type(share, '25');
    await userEvent.type(screen.getByLabelText('Responsibilities of Bollington Befrienders'), 'Home visits');
    await userEvent.click(screen.getByRole('button', { name: 'Save agreement' }));
    await waitFor(() => expect(mock.callsTo('UpdateConsortiumAgreement')).toHaveLength(1));
    const input = mock.callsTo('UpdateConsortiumAgreement')[0].variables.input as { members: Array<Record<string, unknown>> };
    expect(input.members.find((member) => member.memberId === 'm-partner')).toEqual({
      memberId: 'm-partner',
      role: 'PARTNER',
      responsibilities: 'Home visits',
      sharePercent: 25,
    });
  });
});
