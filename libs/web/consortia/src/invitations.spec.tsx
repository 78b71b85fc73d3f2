import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '@community-hub/web-accounts';
import { apiError, axeViolations, createMockClient, renderPage, signedInAs, type FakeHandler } from '@community-hub/web-testing';
import { InvitationsPage } from './invitations';

function invitation(id: string, consortium: string, organisation: string) {
  return {
    __typename: 'ConsortiumMember',
    id,
    role: 'PARTNER',
    status: 'INVITED',
    createdAt: '2026-11-01T10:00:00.000Z',
    organisation: { __typename: 'Organisation', id: `org-${id}`, name: organisation },
    invitedBy: { __typename: 'User', id: 'user-sam', name: 'Sam Organiser' },
    consortium: {
      __typename: 'Consortium',
      id: `cons-${id}`,
      name: consortium,
      status: 'FORMING',
      lead: { __typename: 'Organisation', id: 'org-lead', name: 'Macclesfield Carers' },
      opportunity: { __typename: 'Opportunity', id: 'opp-1', title: 'Befriending for older people', funder: 'Cheshire East Council', deadline: '2031-07-01T11:00:00.000Z' },
      network: { __typename: 'Network', id: 'net-1', slug: 'macclesfield', name: 'Macclesfield Community Network' },
    },
  };
}

function setup(handlers: Record<string, FakeHandler> = {}) {
  let pending = [invitation('i-1', 'Macclesfield Together', 'Bollington Befrienders'), invitation('i-2', 'Winter Warmth', 'Bollington Befrienders')];
  const respond = vi.fn<FakeHandler>((variables) => {
    const answered = pending.find((item) => item.id === variables.memberId)!;
    pending = pending.filter((item) => item.id !== variables.memberId);
    return {
      data: {
        respondToInvitation: {
          __typename: 'ConsortiumMember',
          id: answered.id,
          status: variables.accept ? 'ACCEPTED' : 'DECLINED',
          respondedAt: '2026-11-02T10:00:00.000Z',
          consortium: { __typename: 'Consortium', id: answered.consortium.id, name: answered.consortium.name, network: answered.consortium.network },
        },
      },
    };
  });
  const mock = createMockClient({
    Me: () => signedInAs(),
    MyConsortiumInvitations: () => ({ data: { myConsortiumInvitations: pending } }),
    RespondToInvitation: respond,
    ...handlers,
  });
  return { mock, respond, ...renderPage(<InvitationsPage />, { mock, providers: TestProviders }) };
}

describe('InvitationsPage', () => {
  it('lists invitations and passes axe', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 3, name: 'Macclesfield Together' })).toBeTruthy();
    expect(screen.getAllByText(/is invited as partner, led by Macclesfield Carers/, { selector: 'p' })).toHaveLength(2);
    expect(screen.getAllByText(/Tuesday,? 1 July 2031 at 12:00/)).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('accepts one: the answer is announced with a link to the consortium, and it leaves the inbox', async () => {
    const { mock } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Accept the invitation to Macclesfield Together for Bollington Befrienders' }));
    expect(mock.callsTo('RespondToInvitation')[0].variables).toEqual({ memberId: 'i-1', accept: true });
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Bollington Befrienders has joined Macclesfield Together.'));
    expect(within(status).getByRole('link', { name: 'Open the consortium' }).getAttribute('href')).toBe('/n/macclesfield/c/cons-i-1');
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Macclesfield Together' })).toBeNull());
    expect(screen.getByRole('heading', { level: 3, name: 'Winter Warmth' })).toBeTruthy();
  });

  it('declines one', async () => {
    const { mock } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Decline the invitation to Winter Warmth for Bollington Befrienders' }));
    expect(mock.callsTo('RespondToInvitation')[0].variables).toEqual({ memberId: 'i-2', accept: false });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('You declined the invitation to Winter Warmth.'));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Winter Warmth' })).toBeNull());
  });

  it('explains a CONFLICT (already answered)', async () => {
    setup({ RespondToInvitation: () => apiError('CONFLICT', 'conflict') });
    await userEvent.click(await screen.findByRole('button', { name: 'Accept the invitation to Winter Warmth for Bollington Befrienders' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This invitation has already been answered or the consortium is no longer forming.');
  });
});
