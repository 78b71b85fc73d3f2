// Notifications journey: two members of one network in two browsers. A starts a
// discussion; B replies and @mentions A through the composer's autocomplete; A's
// header badge goes to 1 without a reload; A opens the notification, lands on the
// thread (at B's post), and the badge is back to 0.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  demoNetworkId,
  eventually,
  expectNoAxeViolations,
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

const SLUG = 'nantwich';

describe('journey: an @mention notifies live, and opening it marks it read', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('B mentions A in a reply; A sees the badge live, opens the notification and lands on the thread', async () => {
    const author = newUser('Niamh');
    const replier = newUser('Oscar');
    const networkId = await demoNetworkId(SLUG);
    let authorId = '';
    for (const person of [author, replier]) {
      const { user } = await registerMember(person, networkId);
      if (person === author) authorId = user.id;
    }
    const contextA = await newUserContext(browser);
    const contextB = await newUserContext(browser);
    contexts.push(contextA, contextB);
    const pageA: Page = await newPage(contextA);
    const pageB: Page = await newPage(contextB);
    const title = `Repair café volunteers ${Date.now().toString(36)}`;
    const bell = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });

    await withDiagnostics({ 'A-author': pageA, 'B-replier': pageB }, async () => {
      await signInViaUi(pageA, author.email, author.password);
      await signInViaUi(pageB, replier.email, replier.password);
      await visible(bell(pageA, 'Notifications'));

      // A starts a discussion and stays on it.
      await pageA.goto(`/n/${SLUG}/threads`);
      await pageA.getByRole('button', { name: 'Start a discussion', exact: true }).click();
      await pageA.getByLabel('Title', { exact: true }).fill(title);
      await pageA.getByLabel('Message', { exact: true }).fill('Who can help on Saturday mornings?');
      await pageA.getByRole('button', { name: 'Post discussion' }).click();
      await visible(pageA.getByRole('heading', { level: 1, name: title }));
      const threadPath = new URL(pageA.url()).pathname;
      let navigationsA = 0;
      pageA.on('framenavigated', (frame) => frame === pageA.mainFrame() && navigationsA++);

      // B opens the thread and types "@" and the start of A's name: the autocomplete offers A.
      await pageB.goto(threadPath);
      await visible(pageB.getByRole('heading', { level: 1, name: title }));
      const replyBox = pageB.getByLabel('Your reply', { exact: true });
      await replyBox.click();
      await replyBox.pressSequentially(`I can help. Over to @${author.name.slice(0, 8)}`);
      const option = pageB.getByRole('option', { name: `@${author.name}` });
      await visible(option, 15_000);
      expect(await replyBox.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      await expectNoAxeViolations(pageB, 'thread page with the mention list open');
      await replyBox.press('Enter');
      await eventually(async () => (await replyBox.inputValue()) === `I can help. Over to [@${author.name}](/people/${authorId}) `);
      await replyBox.pressSequentially('for the rota.');
      await pageB.getByRole('button', { name: 'Post reply' }).click();
      await visible(pageB.locator('.md-mention', { hasText: `@${author.name}` }));

      // A: the header badge goes to 1 without a reload.
      await visible(bell(pageA, 'Notifications, 1 unread'), 15_000);
      expect(navigationsA).toBe(0);

      // A opens the notifications page, then the notification: it lands on the thread, at B's post.
      await bell(pageA, 'Notifications, 1 unread').click();
      await onPath(pageA, '/notifications');
      await visible(pageA.getByRole('heading', { level: 1, name: 'Notifications' }));
      const item = pageA.getByRole('link', { name: `${replier.name} mentioned you in “${title}”` });
      await visible(item);
      await expectNoAxeViolations(pageA, '/notifications');
      await item.click();
      await onPath(pageA, threadPath);
      expect(new URL(pageA.url()).hash).toBe('#post-2');
      await visible(pageA.getByRole('heading', { level: 1, name: title }));

      // Opening it marked it read: the badge is back to 0.
      await visible(bell(pageA, 'Notifications'), 15_000);
      expect(await bell(pageA, 'Notifications, 1 unread').count()).toBe(0);
    });
  });
});
