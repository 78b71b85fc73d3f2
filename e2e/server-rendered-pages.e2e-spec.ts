// The first pages come from the server with their content for visitors who are not signed in
// (issue 19: a first visit on a phone shows the page before its scripts have run), and the browser's
// React takes that HTML over without re-rendering it (no hydration error) and works as before: links
// move within the app. Signed-in people get the same pages rendered by their browser.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, demoNetworkId, gql, launchBrowser, newPage, newUser, newUserContext, registerMember, signInViaUi, visible, withDiagnostics } from './support';

const SLUG = 'macclesfield';
const NETWORK_NAME = 'Macclesfield Community Network';

interface FirstPage {
  path: string;
  /** The page's main heading. */
  heading: string | RegExp;
  /** More text the page shows once its data is in. */
  text?: string;
}

describe('first pages rendered by the server', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let pages: FirstPage[];
  let member: ReturnType<typeof newUser>;
  let threadTitle: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const networkId = await demoNetworkId(SLUG);
    member = newUser('Rhiannon');
    const session = await registerMember(member, networkId);
    threadTitle = `Lift share to the fair ${Date.now().toString(36)}`;
    const thread = await gql<{ createThread: { id: string } }>(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId, title: threadTitle, body: 'Who is driving from **Bollington** on Saturday?', tags: [] } },
      session.token,
    );
    const events = await gql<{ network: { events: { nodes: Array<{ id: string; title: string }> } } }>(
      'query($slug: String!) { network(slug: $slug) { events(first: 1) { nodes { id title } } } }',
      { slug: SLUG },
    );
    const event = events.network.events.nodes[0];
    pages = [
      { path: '/', heading: 'Community networks', text: NETWORK_NAME },
      { path: `/n/${SLUG}`, heading: NETWORK_NAME, text: 'Latest discussions' },
      { path: `/n/${SLUG}/threads`, heading: NETWORK_NAME, text: threadTitle },
      { path: `/n/${SLUG}/t/${thread.createThread.id}`, heading: threadTitle, text: 'Who is driving from Bollington on Saturday?' },
      { path: `/n/${SLUG}/library`, heading: NETWORK_NAME, text: 'Documents at the top level' },
      { path: `/n/${SLUG}/events`, heading: NETWORK_NAME, text: event.title },
      { path: `/n/${SLUG}/e/${event.id}`, heading: event.title, text: 'Add to calendar' },
      { path: `/n/${SLUG}/opportunities`, heading: NETWORK_NAME, text: 'Contracts and grant rounds to bid for together.' },
    ];
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  const phoneContext = async (options: { javaScriptEnabled?: boolean } = {}) => {
    const context = await newUserContext(browser, { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, ...options });
    contexts.push(context);
    return context;
  };

  /** Every error the page reports (React's hydration errors are thrown as page errors). */
  const errorsOf = (page: Page) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`console.error: ${message.text()}`));
    return errors;
  };

  it('shows each first page with its content before any script runs', async () => {
    const page = await newPage(await phoneContext({ javaScriptEnabled: false }));
    await withDiagnostics({ 'no-script': page }, async () => {
      for (const first of pages) {
        await page.goto(first.path);
        await visible(page.getByRole('heading', { level: 1, name: first.heading }), 5_000);
        if (first.text) await visible(page.getByText(first.text, { exact: false }), 5_000);
        // Nothing waits on a script: no "Loading…" where the content goes.
        expect({ path: first.path, loading: await page.getByText(/^Loading/).count() }).toEqual({ path: first.path, loading: 0 });
      }
    });
  });

  it('hands each page to the browser without an error, then works as an app (anonymous; signed in, rendered by the browser)', async () => {
    for (const signedIn of [false, true]) {
      const context = await phoneContext();
      const page = await newPage(context);
      const errors = errorsOf(page);
      await withDiagnostics({ [signedIn ? 'member' : 'anonymous']: page }, async () => {
        if (signedIn) await signInViaUi(page, member.email, member.password);
        for (const first of pages) {
          await page.goto(first.path, { waitUntil: 'networkidle' });
          // Signed in, the home page is one's own (their networks' latest discussions).
          const home = signedIn && first.path === '/';
          await visible(page.getByRole('heading', { level: 1, name: home ? 'Welcome, Rhiannon' : first.heading }));
          if (first.text) await visible(page.getByText(home ? threadTitle : first.text, { exact: false }));
          // Sent with its content to a visitor who is not signed in; signed in, rendered by the browser.
          expect({ path: first.path, serverRendered: await page.locator('#server-data').count() }).toEqual({ path: first.path, serverRendered: signedIn ? 0 : 1 });
          // (A phone's header keeps the name for screen readers only.)
          if (signedIn) expect(await page.locator('.account-name').textContent()).toContain(member.name);
          expect({ path: first.path, signedIn, errors }).toEqual({ path: first.path, signedIn, errors: [] });
        }

        // Taken over by React: a link moves within the app (the same document), not by loading a new page.
        await page.goto(`/n/${SLUG}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
        await page.getByRole('navigation', { name: 'Network sections' }).getByRole('link', { name: 'Events' }).click();
        await visible(page.getByRole('heading', { name: 'Events', exact: true }));
        expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
        expect(new URL(page.url()).pathname).toBe(`/n/${SLUG}/events`);
        expect(errors).toEqual([]);
      });
    }
  });

  it('never lets a shared cache keep a rendered page', async () => {
    const response = await fetch(`${baseUrl()}/n/${SLUG}/threads`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(await response.text()).toContain(threadTitle);
  });
});
