import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSubject } from 'wonka';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout } from '@community-hub/web-networks';
import { axeViolations, createMockClient, network, renderPage, renderRoutes, signedInAs, type FakeResponse, type NetworkFixture } from '@community-hub/web-testing';
import { EmailDeliveryNotice } from './email-delivery-notice';
import { NetworkEmailPanel } from './network-email-panel';

const routes: RouteObject[] = [{ path: '/n/:slug', element: <NetworkLayout />, children: [{ index: true, element: <NetworkEmailPanel /> }] }];
const noEvents = () => makeSubject<FakeResponse>().source;
const settings = (threadsByEmail: boolean, emailAddress: string | null): FakeResponse => ({
  data: { network: { __typename: 'Network', id: 'net-1', threadsByEmail, emailAddress } },
});

function setup(fixture: NetworkFixture, answer: FakeResponse, extra: Record<string, () => unknown> = {}) {
  const mock = createMockClient({
    Me: () => signedInAs(),
    Network: () => ({ data: { network: network(fixture) } }),
    NetworkEmail: () => answer,
    MembershipUpdated: noEvents,
    MembershipRemoved: noEvents,
    ...extra,
  } as never);
  return { mock, ...renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' }) };
}

describe('NetworkEmailPanel', () => {
  it("shows members the network's address while it takes new discussions by email", async () => {
    const { container } = setup({ myMembership: { role: 'MEMBER' } }, settings(true, 'macclesfield@hub.example.org'));
    const link = await screen.findByRole('link', { name: 'macclesfield@hub.example.org' });
    expect(link.getAttribute('href')).toBe('mailto:macclesfield@hub.example.org');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows nothing to a member while it is off', async () => {
    const { mock } = setup({ myMembership: { role: 'MEMBER' } }, settings(false, null));
    await waitFor(() => expect(mock.callsTo('NetworkEmail')).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Start a discussion by email' })).toBeNull();
  });

  it('lets a coordinator turn it on with setNetworkThreadsByEmail', async () => {
    const { mock } = setup({ myMembership: { role: 'COORDINATOR' } }, settings(false, null), {
      SetNetworkThreadsByEmail: () => ({ data: { setNetworkThreadsByEmail: { __typename: 'Network', id: 'net-1', threadsByEmail: true, emailAddress: 'macclesfield@hub.example.org' } } }),
    });
    const box = await screen.findByRole('checkbox', { name: 'Let members start discussions by email' });
    expect(box).toHaveProperty('checked', false);
    await userEvent.click(box);
    await waitFor(() => expect(mock.callsTo('SetNetworkThreadsByEmail').map((c) => c.variables)).toEqual([{ networkId: 'net-1', enabled: true }]));
    expect(await screen.findByRole('link', { name: 'macclesfield@hub.example.org' })).toBeTruthy();
  });
});

describe('EmailDeliveryNotice', () => {
  it('tells the person that email to their address stopped, and why', async () => {
    const mock = createMockClient({
      EmailDeliveryStopped: () => ({
        data: { me: { __typename: 'User', id: 'user-1', email: 'alex@example.org', emailDeliveryStopped: { __typename: 'EmailDeliveryStop', reason: 'HARD_BOUNCE', detail: '5.1.1', since: '2026-12-07T07:00:00Z' } } },
      }),
    } as never);
    const { container } = renderPage(<EmailDeliveryNotice />, { mock });
    expect(await screen.findByRole('heading', { name: 'We no longer email you' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/alex@example\.org, because your mail server said the address does not exist \(5\.1\.1\)/);
    expect(await axeViolations(container)).toEqual([]);
  });
});
