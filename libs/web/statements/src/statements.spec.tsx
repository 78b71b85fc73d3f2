import { useEffect } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import { makeSubject } from 'wonka';
import userEvent from '@testing-library/user-event';
import { apiError, axeViolations, createMockClient, renderPage, renderRoutes, statement, termsStatus, type FakeResponse } from '@community-hub/web-testing';
import { StatementLinks } from './statement-links';
import { StatementPage, splitTitle } from './statement-page';
import { TermsGate } from './terms-acceptance';

const PRIVACY = '# Privacy notice\n\nWe set **one cookie only**.\n\n## Your rights\n\nAsk us.';
const me = (isPlatformAdmin: boolean) => ({ __typename: 'User', id: 'user-1', isPlatformAdmin });

describe('statements', () => {
  it('splits the first # heading off as the page title', () => {
    expect(splitTitle('# Terms of use\n\nBe kind.', 'Terms')).toEqual({ title: 'Terms of use', rest: '\nBe kind.' });
    expect(splitTitle('No heading here', 'Terms')).toEqual({ title: 'Terms', rest: 'No heading here' });
  });

  it('shows the statement to anyone, its ## sections as h2, with no edit button and no axe violations', async () => {
    const mock = createMockClient({ Statement: () => ({ data: { statement: statement('PRIVACY', PRIVACY, 2, '2026-12-07T09:00:00Z'), me: null } }) });
    const { container } = renderPage(<StatementPage kind="PRIVACY" />, { mock });
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy notice' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Your rights' })).toBeTruthy();
    expect(screen.getByText(/Version 2, published 7 December 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit this page' })).toBeNull();
    expect(document.title).toBe('Privacy notice · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lets a platform admin edit the Markdown, focusing the text box, and publishes a new version', async () => {
    const mock = createMockClient({
      Statement: () => ({ data: { statement: statement('TERMS', '# Terms of use\n\nBe kind.'), me: me(true) } }),
      UpdateStatement: (variables) => ({
        data: { updateStatement: statement('TERMS', (variables['input'] as { body: string }).body, 2, '2026-12-07T10:00:00Z') },
      }),
    });
    renderPage(<StatementPage kind="TERMS" />, { mock });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit this page' }));
    const text = screen.getByRole('textbox', { name: 'Text' });
    expect(document.activeElement).toBe(text);
    await userEvent.type(text, ' And honest.');
    await userEvent.click(screen.getByRole('button', { name: 'Publish new version' }));
    expect(mock.callsTo('UpdateStatement')[0].variables).toEqual({ input: { kind: 'TERMS', body: '# Terms of use\n\nBe kind. And honest.' } });
    expect((await screen.findByRole('status')).textContent).toMatch(/Version 2 is published. Everyone will be asked to accept it/);
  });

  it('shows a refused edit as an alert and keeps the text', async () => {
    const mock = createMockClient({
      Statement: () => ({ data: { statement: statement('ACCESSIBILITY', '# Accessibility statement\n\nText.'), me: me(true) } }),
      UpdateStatement: () => apiError('FORBIDDEN', 'Only platform admins can change this page'),
    });
    renderPage(<StatementPage kind="ACCESSIBILITY" />, { mock });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Publish new version' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Only platform admins can change this page');
    expect((screen.getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement).value).toBe('# Accessibility statement\n\nText.');
  });

  it('links the three statements in the footer', () => {
    const mock = createMockClient({});
    renderPage(<StatementLinks />, { mock });
    const nav = screen.getByRole('navigation', { name: 'About this site' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Accessibility', '/accessibility'],
      ['Privacy', '/privacy'],
      ['Terms of use', '/terms'],
    ]);
  });
});

describe('TermsGate (the interstitial)', () => {
  const page = <TermsGate><h1>Community networks</h1></TermsGate>;

  it('lets through anonymous visitors and people who accepted the current terms', async () => {
    const mock = createMockClient({ TermsStatus: () => termsStatus(2, 2) });
    renderPage(page, { mock });
    expect(await screen.findByRole('heading', { level: 1, name: 'Community networks' })).toBeTruthy();
  });

  it('asks for a new version before the page, insists on the box, accepts that version and then shows the page', async () => {
    let accepted: number | null = 1;
    const mock = createMockClient({
      TermsStatus: () => termsStatus(accepted, 2),
      AcceptTerms: (variables) => {
        accepted = variables['version'] as number;
        return { data: { acceptTerms: { __typename: 'User', id: 'user-1', termsAcceptedVersion: accepted } } };
      },
    });
    const { container } = renderPage(page, { mock });
    expect(await screen.findByRole('heading', { level: 1, name: 'Our terms of use have changed' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Community networks' })).toBeNull();
    expect(screen.getByRole('link', { name: /^terms of use/ }).getAttribute('href')).toBe('/terms');
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Accept and continue' }));
    const box = screen.getByRole('checkbox', { name: 'I have read and accept the terms of use' });
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(mock.callsTo('AcceptTerms')).toHaveLength(0);

    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Accept and continue' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Community networks' })).toBeTruthy());
    expect(mock.callsTo('AcceptTerms').map((call) => call.variables)).toEqual([{ version: 2 }]);
  });

  it('keeps the page mounted while it waits: hidden until the answer, then shown, not started over', async () => {
    const answer = makeSubject<FakeResponse>();
    const mounts = vi.fn();
    function Page() {
      useEffect(() => mounts(), []);
      return <h1>Community networks</h1>;
    }
    const mock = createMockClient({ TermsStatus: () => answer.source });
    renderPage(<TermsGate><Page /></TermsGate>, { mock });
    // Rendered (its queries and chunks start) but hidden from everyone until the terms are known.
    expect(mounts).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'Community networks' })).toBeNull();
    act(() => answer.next(termsStatus(2, 2)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Community networks' })).toBeTruthy();
    expect(mounts).toHaveBeenCalledTimes(1);
  });

  it('never hides the statements themselves', async () => {
    const mock = createMockClient({ TermsStatus: () => termsStatus(null, 1) });
    renderRoutes([{ path: '/terms', element: <TermsGate><h1>Terms of use</h1></TermsGate> }], { mock, path: '/terms' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Terms of use' })).toBeTruthy();
  });
});
