// Journey b: a PRIVATE network. A newcomer asks to join; the platform admin
// approves the request in another browser; the newcomer's page shows the new
// status live (subscription), without a reload.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  admin,
  createNetwork,
  gql,
  launchBrowser,
  loginAsAdmin,
  newPage,
  newUser,
  newUserContext,
  openNetwork,
  signInViaUi,
  signUpViaUi,
  statusShows,
  uniqueSlug,
  visible,
  withDiagnostics,
  type NetworkSummary,
} from './support';

describe('journey: ask to join a private network and get approved live', () => {
  let browser: Browser;
  let network: NetworkSummary;
  const contexts: BrowserContext[] = [];
  /** Left by the first test for the second: the newcomer's page and who they are. */
  let approved: { page: Page; name: string } | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { token } = await loginAsAdmin();
    const slug = uniqueSlug('private');
    network = await createNetwork(token, {
      slug,
      name: `Private Circle ${slug.split('-').slice(-2).join(' ')}`,
      description: 'A private network made by the e2e suite.',
      visibility: 'PRIVATE',
    });
    expect(network.visibility).toBe('PRIVATE');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('shows "Ask to join", then the pending status, then "You are a member" once the admin approves', async () => {
    const newcomer = newUser('Priya');
    const contextA = await newUserContext(browser);
    const contextB = await newUserContext(browser);
    contexts.push(contextA, contextB);
    const pageA: Page = await newPage(contextA);
    const pageB: Page = await newPage(contextB);

    // Watch A's WebSockets: the new status must arrive over the graphql-ws subscription.
    const subscriptionMessages: string[] = [];
    pageA.on('websocket', (socket) => {
      if (!socket.url().includes('/graphql')) return;
      socket.on('framereceived', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString('utf8');
        if (text.includes('"next"')) subscriptionMessages.push(text);
      });
    });

    await withDiagnostics({ 'A-newcomer': pageA, 'B-admin': pageB }, async () => {
      // Context A: the newcomer signs up and asks to join.
      await signUpViaUi(pageA, newcomer);
      await openNetwork(pageA, network.slug, network.name);
      await pageA.getByRole('button', { name: 'Ask to join', exact: true }).click();
      await statusShows(pageA, 'Your request is waiting for a coordinator');
      expect(await pageA.getByRole('button', { name: 'Ask to join', exact: true }).count()).toBe(0);

      // Mark the document: if the page reloads or navigates, the mark disappears.
      await pageA.evaluate(() => {
        (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload = true;
      });
      const messagesBeforeApproval = subscriptionMessages.length;
      let mainFrameNavigations = 0;
      pageA.on('framenavigated', (frame) => {
        if (frame === pageA.mainFrame()) mainFrameNavigations += 1;
      });

      // Context B: the platform admin signs in through the UI and approves.
      await signInViaUi(pageB, admin.email, admin.password);
      await openNetwork(pageB, network.slug, network.name);
      await visible(pageB.getByRole('heading', { level: 2, name: 'Requests to join', exact: true }));
      await visible(pageB.getByRole('main').getByText(newcomer.name));
      await visible(pageB.getByRole('button', { name: `Decline ${newcomer.name}`, exact: true }));
      await pageB.getByRole('button', { name: `Approve ${newcomer.name}`, exact: true }).click();
      await visible(pageB.getByText('No requests waiting', { exact: true }));
      expect(await pageB.getByRole('button', { name: `Approve ${newcomer.name}`, exact: true }).count()).toBe(0);

      // Back in A, without a reload: the subscription brings the new status.
      await statusShows(pageA, 'You are a member', 15_000);
      expect(mainFrameNavigations).toBe(0);
      const pushed = subscriptionMessages.slice(messagesBeforeApproval);
      if (!pushed.some((m) => m.includes('ACTIVE'))) {
        throw new Error(
          `The status changed, but no graphql-ws "next" message carrying ACTIVE reached the page after the approval ` +
            `(messages seen: ${JSON.stringify(pushed).slice(0, 500)})`,
        );
      }
      expect(await pageA.evaluate(() => (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload)).toBe(true);

      // And the API agrees.
      const { token } = await gql<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { email: newcomer.email, password: newcomer.password } },
      ).then((d) => d.login);
      const data = await gql<{ network: { myMembership: { status: string } | null } | null }>(
        `query($slug: String!) { network(slug: $slug) { myMembership { status } } }`,
        { slug: network.slug },
        token,
      );
      expect(data.network?.myMembership?.status).toBe('ACTIVE');
      approved = { page: pageA, name: newcomer.name };
    });
  });

  it('shows "Your membership is suspended" live when a coordinator suspends the member', async () => {
    if (!approved) throw new Error('Needs the previous test (approval) to have passed');
    const { page, name } = approved;
    const { token } = await loginAsAdmin();
    const data = await gql<{ network: { members: { nodes: { id: string; user: { name: string } }[] } } }>(
      `query($slug: String!) { network(slug: $slug) { members(first: 100) { nodes { id user { name } } } } }`,
      { slug: network.slug },
      token,
    );
    const membership = data.network.members.nodes.find((m) => m.user.name === name);
    if (!membership) throw new Error(`${name} is not among the active members of ${network.slug}`);
    await gql(`mutation($id: ID!) { suspendMembership(membershipId: $id) { status } }`, { id: membership.id }, token);
    await withDiagnostics({ 'A-newcomer': page }, async () => {
      await statusShows(page, 'Your membership is suspended', 15_000);
    });
  });
});
