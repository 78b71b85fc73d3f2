// Forum journey: two members of one network in two browsers. One starts a
// discussion and replies; the other sees both arrive live (behind an "N new"
// marker, without a reload), and their unread count goes down once they read.
// A second journey cuts a reader's WebSocket while a reply is posted: the page
// catches up once it reconnects, since live events are not replayed.
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import {
  demoNetworkId,
  eventually,
  gql,
  launchBrowser,
  newPage,
  newUser,
  newUserContext,
  onPath,
  registerMember,
  signInViaUi,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'knutsford';

describe('journey: a discussion arrives live in another browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('posts a thread and a reply in A; B sees both live; B\'s unread count drops after reading', async () => {
    const author = newUser('Asha');
    const reader = newUser('Ben');
    const networkId = await demoNetworkId(SLUG);
    for (const person of [author, reader]) {
      await registerMember(person, networkId);
    }
    const contextA = await newUserContext(browser);
    const contextB = await newUserContext(browser);
    contexts.push(contextA, contextB);
    const pageA: Page = await newPage(contextA);
    const pageB: Page = await newPage(contextB);
    const title = `Litter pick on Saturday ${Date.now().toString(36)}`;

    await withDiagnostics({ 'A-author': pageA, 'B-reader': pageB }, async () => {
      await signInViaUi(pageA, author.email, author.password);
      await signInViaUi(pageB, reader.email, reader.password);

      // B watches the discussions list; count navigations to prove there is no reload.
      await pageB.goto(`/n/${SLUG}/threads`);
      await visible(pageB.getByRole('heading', { name: 'Discussions' }));
      let navigationsB = 0;
      pageB.on('framenavigated', (frame) => frame === pageB.mainFrame() && navigationsB++);

      // A starts a discussion.
      await pageA.goto(`/n/${SLUG}/threads`);
      // exact: the page's skip link ("Skip to Start a discussion") comes first in the page and is off screen.
      await pageA.getByRole('button', { name: 'Start a discussion', exact: true }).or(pageA.getByRole('link', { name: 'Start a discussion', exact: true })).first().click();
      await pageA.getByLabel('Title', { exact: true }).fill(title);
      await pageA.getByLabel('Message', { exact: true }).fill('Meet at the **library** at 10. <script>alert(1)</script>');
      await pageA.getByLabel('Tags', { exact: true }).fill('environment, volunteering');
      await pageA.getByRole('button', { name: 'Post discussion' }).click();
      await visible(pageA.getByRole('heading', { level: 1, name: title }));
      // The stored <script> is shown as text at most, never run or inserted as an element.
      expect(await pageA.locator('main script').count()).toBe(0);

      // B: an "1 new thread" marker appears live; revealing it shows the thread with 1 unread.
      const marker = pageB.getByRole('button', { name: /1 new thread/ });
      await visible(marker, 15_000);
      await marker.click();
      const row = pageB.getByRole('listitem').filter({ has: pageB.getByRole('link', { name: title }) });
      await visible(row);
      await visible(row.getByText(/1 unread/));

      // B opens the thread; A replies; B sees "1 new reply" and reveals it.
      await row.getByRole('link', { name: title }).click();
      await visible(pageB.getByRole('heading', { level: 1, name: title }));
      await visible(pageB.getByText('Meet at the'));
      expect(await pageB.locator('main script').count()).toBe(0);
      await pageA.getByLabel('Your reply', { exact: true }).fill('I can bring the grabbers and bags.');
      await pageA.getByRole('button', { name: 'Post reply' }).click();
      await visible(pageA.getByText('I can bring the grabbers and bags.'));
      const replies = pageB.getByRole('button', { name: /1 new repl/ });
      await visible(replies, 15_000);
      await replies.click();
      await visible(pageB.getByText('I can bring the grabbers and bags.'));

      // Back on the list, B has read everything: no unread badge on the thread.
      const navigationsBeforeList = navigationsB;
      await pageB.getByRole('link', { name: /discussions/i }).first().click();
      await onPath(pageB, `/n/${SLUG}/threads`);
      const rowAfter = pageB.getByRole('listitem').filter({ has: pageB.getByRole('link', { name: title }) });
      await visible(rowAfter);
      await eventually(async () => (await rowAfter.getByText(/unread/).count()) === 0);
      // Everything before this point happened without B reloading the page.
      expect(navigationsBeforeList).toBeLessThanOrEqual(1);
    });
  });
  it('a reply posted while B\'s live connection is down shows up once it reconnects (events are not replayed)', async () => {
    const author = newUser('Cai');
    const reader = newUser('Dee');
    const networkId = await demoNetworkId(SLUG);
    const authorSession = await registerMember(author, networkId);
    await registerMember(reader, networkId);
    const title = `Minibus rota ${Date.now().toString(36)}`;
    const thread = await gql<{ createThread: { id: string } }>(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId, title, body: 'Who can drive on Tuesdays?', tags: [] } },
      authorSession.token,
    );

    // B's WebSocket goes through a proxy the test can cut, as a server restart or lost signal would.
    const contextB = await newUserContext(browser);
    contexts.push(contextB);
    const connections: { cut(): Promise<void> }[] = [];
    let subscribed = 0;
    await contextB.routeWebSocket(/\/graphql$/, (socket: WebSocketRoute) => {
      const server = socket.connectToServer();
      let open = true;
      socket.onMessage((message) => {
        if (typeof message === 'string' && message.includes('"subscribe"')) subscribed++;
        if (open) server.send(message);
      });
      server.onMessage((message) => open && socket.send(message));
      socket.onClose(() => open && ((open = false), server.close()));
      connections.push({
        // Both ends go at once and nothing more passes: what the server sends after this is lost.
        async cut() {
          open = false;
          await server.close();
          await socket.close({ code: 1012, reason: 'restart' });
        },
      });
    });
    const pageB = await newPage(contextB);

    await withDiagnostics({ 'B-reader': pageB }, async () => {
      await signInViaUi(pageB, reader.email, reader.password);
      await pageB.goto(`/n/${SLUG}/t/${thread.createThread.id}`);
      await visible(pageB.getByRole('heading', { level: 1, name: title }));
      await eventually(async () => subscribed > 0);
      let navigations = 0;
      pageB.on('framenavigated', (frame) => frame === pageB.mainFrame() && navigations++);

      // Cut the connection (1012: service restart), then reply while B cannot hear it.
      const connectionsBefore = connections.length;
      await connections[connections.length - 1].cut();
      await gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId: thread.createThread.id, body: 'I can do the first Tuesday.' } }, authorSession.token);

      // B reconnects by itself, fetches the page's queries again, and offers the missed reply.
      await eventually(async () => connections.length > connectionsBefore, 15_000);
      const replies = pageB.getByRole('button', { name: /1 new repl/ });
      await visible(replies, 15_000);
      await replies.click();
      await visible(pageB.getByText('I can do the first Tuesday.'));
      expect(navigations).toBe(0);
    });
  });
});
