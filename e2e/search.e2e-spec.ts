// Search journey: a discussion with a distinctive word is found from the header's
// search box on another page and opened with the keyboard alone (Down, Enter);
// the full results page shows it with its count, and stays free of axe violations.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  demoNetworkId,
  expectNoAxeViolations,
  gql,
  launchBrowser,
  newPage,
  newUser,
  newUserContext,
  onPath,
  registerMember,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'knutsford';

/** A word nobody else has written: letters only, so every parser sees one word. */
function distinctiveWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'quillet';
  for (let i = 0; i < 8; i++) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

describe('journey: find a discussion from the header search box', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
  });

  it('types a word in the header, arrows down to the thread and opens it with Enter', async () => {
    const word = distinctiveWord();
    const title = `Bring your ${word} to the hall`;
    const author = newUser('Cass');
    const networkId = await demoNetworkId(SLUG);
    const { token } = await registerMember(author, networkId);
    const { createThread } = await gql<{ createThread: { id: string } }>(
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      { input: { networkId, title, body: 'Meet at ten on Saturday.', tags: [] } },
      token,
    );
    // A reply that mentions the word among markup: its snippet must stay text.
    await gql(
      'mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }',
      { input: { threadId: createThread.id, body: `I will bring a ${word} too <script>alert(1)</script>` } },
      token,
    );

    // Anyone may search a public network: an anonymous visitor on the directory page.
    context = await newUserContext(browser);
    const page: Page = await newPage(context);
    await withDiagnostics({ visitor: page }, async () => {
      await page.goto('/');
      await visible(page.getByRole('heading', { level: 1, name: 'Community networks', exact: true }));
      const search = page.getByRole('search', { name: 'Site' });
      const box = search.getByRole('combobox', { name: 'Search Community Hub' });
      await box.click();
      await box.pressSequentially(word, { delay: 20 });

      const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
      const thread = listbox.getByRole('group', { name: 'Threads' }).getByRole('option', { name: new RegExp(title) });
      await visible(thread, 15_000);
      await visible(listbox.getByRole('group', { name: 'Posts' }).getByRole('option'));
      expect(await listbox.locator('script').count()).toBe(0);
      expect(await listbox.locator('mark').first().textContent()).toBe(word);

      await box.press('ArrowDown');
      expect(await thread.getAttribute('aria-selected')).toBe('true');
      expect(await box.getAttribute('aria-activedescendant')).toBe(await thread.getAttribute('id'));
      await box.press('Enter');
      await onPath(page, `/n/${SLUG}/t/${createThread.id}`);
      await visible(page.getByRole('heading', { level: 1, name: title }));

      // Enter with nothing highlighted opens the results page, with counts by kind.
      await box.fill(word);
      await box.press('Enter');
      await onPath(page, '/search');
      expect(new URL(page.url()).searchParams.get('q')).toBe(word);
      const kinds = page.getByRole('navigation', { name: 'Kinds of result' });
      await visible(kinds.getByRole('link', { name: 'Threads (1)' }));
      await visible(kinds.getByRole('link', { name: 'Posts (1)' }));
      await visible(page.getByText(`2 results for “${word}”`));
      await visible(page.getByRole('link', { name: title }));
      await expectNoAxeViolations(page, 'search results');

      // Filtering by kind is a link: the URL changes and Back returns.
      await kinds.getByRole('link', { name: 'Posts (1)' }).click();
      await page.waitForURL((url) => url.searchParams.get('kind') === 'POST');
      await visible(page.getByText(`1 result for “${word}” in posts`));
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/search' && !url.searchParams.has('kind'));
      await visible(page.getByText(`2 results for “${word}”`));
    });
  });
});
