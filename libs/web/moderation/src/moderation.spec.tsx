import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, axeViolations, createMockClient, renderPage } from '@community-hub/web-testing';
import { BlockedContent } from './blocked-content';
import { HeldPostsSection } from './held-posts';
import { groupReports } from './moderation-queue-page';
import { ReportButton } from './report-button';

describe('ReportButton', () => {
  it('asks for a reason and a note, sends the report and thanks the reporter', { timeout: 15_000 }, async () => {
    const mock = createMockClient({ ReportContent: () => ({ data: { reportContent: { __typename: 'Report', id: 'r1', status: 'OPEN' } } }) });
    const { container } = renderPage(<ReportButton kind="POST" id="p1" subject="post 2 by Mel" />, { mock });
    await userEvent.click(screen.getByRole('button', { name: 'Report post 2 by Mel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report this post' });
    expect(screen.getByRole('button', { name: 'Send report' })).toHaveProperty('disabled', true);
    await userEvent.selectOptions(screen.getByLabelText('Why are you reporting it?'), 'ABUSE');
    await userEvent.type(screen.getByLabelText('Anything else we should know? (optional)'), 'Rude to a neighbour');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(mock.callsTo('ReportContent')).toHaveLength(1));
    expect(mock.callsTo('ReportContent')[0].variables).toEqual({ input: { kind: 'POST', id: 'p1', reason: 'ABUSE', note: 'Rude to a neighbour' } });
    expect(await screen.findByRole('heading', { name: 'Thank you for your report' })).toBeTruthy();
    expect(dialog.hasAttribute('open')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Report post 2 by Mel' }));
  });
});

describe('BlockedContent', () => {
  it('collapses a blocked person\'s post until "Show" is pressed', async () => {
    renderPage(<BlockedContent blocked>Secret words</BlockedContent>, { mock: createMockClient({}) });
    expect(screen.queryByText('Secret words')).toBeNull();
    expect(screen.getByText(/Post from someone you blocked/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('Secret words')).toBeTruthy();
  });
});

describe('groupReports', () => {
  it('groups reports about the same thing, most recently reported first', () => {
    const report = (id: string, kind: string, targetId: string) =>
      ({ __typename: 'Report', id, kind, targetId, reason: 'SPAM', note: '', status: 'OPEN', action: null, createdAt: '', resolvedAt: null, resolutionNote: '', excerpt: targetId, path: null }) as never;
    const groups = groupReports([report('3', 'POST', 'a'), report('2', 'THREAD', 'b'), report('1', 'POST', 'a')]);
    expect(groups.map((g) => [g.key, g.reports.map((r) => r.id)])).toEqual([
      ['POST:a', ['3', '1']],
      ['THREAD:b', ['2']],
    ]);
  });
});

describe('HeldPostsSection', () => {
  const held = (id: string, position: number, body: string) => ({
    __typename: 'Post',
    id,
    body,
    position,
    createdAt: '2026-12-07T09:00:00.000Z',
    author: { __typename: 'User', id: 'u-nina', name: 'Nina Newcomer' },
    thread: { __typename: 'Thread', id: 't1', title: 'Community garden' },
  });

  it("lists newcomers' held posts (Markdown shown safely) and approves or rejects each with a note", { timeout: 15_000 }, async () => {
    let waiting = [held('p1', -1, 'Happy to **help** <img src=x onerror=alert(1)>'), held('p2', 1, 'Cheap loans')];
    const mock = createMockClient({
      HeldPosts: () => ({ data: { network: { __typename: 'Network', id: 'n1', heldPosts: { __typename: 'PostConnection', totalCount: waiting.length, nodes: waiting } } } }),
      ApproveHeldPost: (variables) => {
        waiting = waiting.filter((p) => p.id !== variables.postId);
        return { data: { approveHeldPost: { __typename: 'Post', id: variables.postId, position: 2, holdStatus: null } } };
      },
      RejectHeldPost: (variables) => {
        const input = variables.input as { postId: string };
        waiting = waiting.filter((p) => p.id !== input.postId);
        return { data: { rejectHeldPost: { __typename: 'Post', id: input.postId, holdStatus: 'REJECTED', deleted: true } } };
      },
    });
    const { container } = renderPage(<HeldPostsSection slug="crewe" />, { mock });
    const section = await screen.findByRole('region', { name: /Waiting for approval/ });
    expect(section.querySelector('strong')?.textContent).toBe('help');
    expect(section.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Community garden' })[0].getAttribute('href')).toBe('/n/crewe/t/t1');
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Approve the reply by Nina Newcomer in Community garden' }));
    await waitFor(() => expect(mock.callsTo('ApproveHeldPost')).toHaveLength(1));
    expect(mock.callsTo('ApproveHeldPost')[0].variables).toEqual({ postId: 'p1' });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Approve the reply/ })).toBeNull());

    const note = screen.getByLabelText('Note to the author if you reject it (kept in the audit log)');
    await userEvent.type(note, 'Please introduce yourself first');
    await userEvent.click(screen.getByRole('button', { name: 'Reject the new thread Community garden by Nina Newcomer' }));
    await waitFor(() => expect(mock.callsTo('RejectHeldPost')).toHaveLength(1));
    expect(mock.callsTo('RejectHeldPost')[0].variables).toEqual({ input: { postId: 'p2', note: 'Please introduce yourself first' } });
    expect(await screen.findByText('No newcomers’ posts are waiting.')).toBeTruthy();
  });

  it('shows nothing to someone who is not a coordinator', async () => {
    const mock = createMockClient({ HeldPosts: () => apiError('FORBIDDEN', 'Only coordinators can do this') });
    const { container } = renderPage(<HeldPostsSection slug="crewe" />, { mock });
    await waitFor(() => expect(mock.callsTo('HeldPosts').length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
