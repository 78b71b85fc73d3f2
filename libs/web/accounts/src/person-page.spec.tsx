import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, axeViolations, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { PersonPage } from './person-page';
import { TestProviders } from './testing/app-providers';

const PERSON_ID = '6d4f7a0e-1111-4222-8333-444455556666';
const person = {
  data: {
    user: { __typename: 'User', id: PERSON_ID, name: 'Mel Member', formerMember: false, organisations: [], networksInCommon: [], recentPosts: [] },
  },
};
const at = { route: '/people/:id', path: `/people/${PERSON_ID}` };

afterEach(() => vi.restoreAllMocks());

describe('PersonPage: Report and Block', () => {
  it('offers neither to anonymous visitors', async () => {
    const mock = createMockClient({ Me: () => anonymous, Person: () => person });
    renderPage(<PersonPage />, { mock, providers: TestProviders, ...at });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mel Member' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Report/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Block/ })).toBeNull();
    expect(mock.callsTo('MyBlocks')).toHaveLength(0);
  });

  it('offers neither on your own profile', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Mel Member', { id: PERSON_ID }), Person: () => person });
    renderPage(<PersonPage />, { mock, providers: TestProviders, ...at });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mel Member' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Report/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Block/ })).toBeNull();
  });

  it("reports someone else's profile (kind USER) from a dialog", { timeout: 15_000 }, async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Alex Example'),
      Person: () => person,
      MyBlocks: () => ({ data: { myBlocks: [] } }),
      ReportContent: () => ({ data: { reportContent: { __typename: 'Report', id: 'r1', status: 'OPEN' } } }),
    });
    const { container } = renderPage(<PersonPage />, { mock, providers: TestProviders, ...at });
    await userEvent.click(await screen.findByRole('button', { name: "Report Mel Member's profile" }));
    expect(await screen.findByRole('dialog', { name: 'Report this profile' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Why are you reporting it?'), 'SPAM');
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(mock.callsTo('ReportContent')).toHaveLength(1));
    expect(mock.callsTo('ReportContent')[0].variables).toEqual({ input: { kind: 'USER', id: PERSON_ID, reason: 'SPAM', note: '' } });
    expect(await screen.findByRole('heading', { name: 'Thank you for your report' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('blocks after confirming, then offers Unblock, which unblocks', { timeout: 15_000 }, async () => {
    let blocked = false;
    const mock = createMockClient({
      Me: () => signedInAs('Alex Example'),
      Person: () => person,
      MyBlocks: () => ({ data: { myBlocks: blocked ? [{ __typename: 'User', id: PERSON_ID, name: 'Mel Member' }] : [] } }),
      BlockUser: () => {
        blocked = true;
        return { data: { blockUser: true } };
      },
      UnblockUser: () => {
        blocked = false;
        return { data: { unblockUser: true } };
      },
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { container } = renderPage(<PersonPage />, { mock, providers: TestProviders, ...at });
    const block = await screen.findByRole('button', { name: 'Block Mel Member' });
    // Cancelled: nothing sent.
    await userEvent.click(block);
    expect(mock.callsTo('BlockUser')).toHaveLength(0);
    await userEvent.click(block);
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(mock.callsTo('BlockUser')).toHaveLength(1));
    expect(mock.callsTo('BlockUser')[0].variables).toEqual({ userId: PERSON_ID });
    expect(await screen.findByRole('button', { name: 'Unblock Mel Member' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You blocked Mel Member.');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Unblock Mel Member' }));
    await waitFor(() => expect(mock.callsTo('UnblockUser')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Block Mel Member' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You unblocked Mel Member.');
  });
});
