// What newcomers tripped over (issue 19), as journeys at a phone's width and a desktop's,
// each page checked with axe (WCAG 2.2 AA):
//  2. at 390 px nothing scrolls sideways, the header takes one or two rows, the network's
//     tabs stay on one scrolling row, and the overview shows the discussions near the top;
//  6. an edit is live: another reader sees it without a reload;
//  7. after signing in, a person lands on a home with their networks' latest discussions
//     and their upcoming events;
//  9. the keyboard reaches "Start a discussion" in a few presses, focus goes into the form
//     it opens, and after "Post reply" focus is on the new post.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  demoNetworkId,
  eventually,
  expectNoAxeViolations,
  gql,
  launchBrowser,
  newPage,
  newUser,
  newUserContext,
  registerMember,
  signInViaUi,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'holmes-chapel';
const NETWORK_NAME = 'Holmes Chapel Community Network';

/** The focused element's accessible name and role, as a person with a screen reader hears it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(), id: el?.id ?? '', inPost: el?.closest('[id^="post-"]')?.id ?? null };
  });

describe.each([390, 1280])('newcomer journeys at %i px', (width) => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const phone = width < 600;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  const context = async () => {
    const created = await newUserContext(browser, { viewport: { width, height: 800 }, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    contexts.push(created);
    return created;
  };

  it('home after sign-in (7), live edits (6), keyboard focus (9) and the layout (2)', async () => {
    const networkId = await demoNetworkId(SLUG);
    const author = newUser('Nia');
    const reader = newUser('Omar');
    const authorSession = await registerMember(author, networkId);
    await registerMember(reader, networkId);
    const title = `Warm space rota ${width} ${Date.now().toString(36)}`;
    const thread = await gql<{ createThread: { id: string } }>(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId, title, body: 'Who can open the hall on **Tuesdays**?', tags: [] } },
      authorSession.token,
    );
    const threadPath = `/n/${SLUG}/t/${thread.createThread.id}`;
    const pageA = await newPage(await context());
    const pageB = await newPage(await context());

    await withDiagnostics({ [`A-${width}`]: pageA, [`B-${width}`]: pageB }, async () => {
      // 7. Signing in lands on the home: the new discussion is among the latest in their networks.
      await signInViaUi(pageA, author.email, author.password);
      const latest = pageA.getByRole('region', { name: 'Latest discussions' });
      await visible(latest.getByRole('link', { name: title }));
      await visible(pageA.getByRole('region', { name: 'Your upcoming events' }));
      await expectNoAxeViolations(pageA, `home at ${width}`);
      await signInViaUi(pageB, reader.email, reader.password);

      // 6. B reads the thread; A edits the first post; B sees the new text without reloading.
      await pageB.goto(threadPath);
      await visible(pageB.getByRole('heading', { level: 1, name: title }));
      let navigationsB = 0;
      pageB.on('framenavigated', (frame) => frame === pageB.mainFrame() && navigationsB++);
      await pageA.goto(threadPath);
      await visible(pageA.getByRole('heading', { level: 1, name: title }));
      await pageA.getByRole('button', { name: 'Edit post 1', exact: true }).click();
      const editor = pageA.getByLabel('Edit your post', { exact: true });
      await editor.fill('Who can open the hall on Tuesdays and Thursdays?');
      await pageA.getByRole('button', { name: 'Save', exact: true }).click();
      await visible(pageB.getByText('Who can open the hall on Tuesdays and Thursdays?'), 15_000);
      expect(navigationsB).toBe(0);
      await expectNoAxeViolations(pageB, `thread at ${width}`);

      // 9. After "Post reply", focus is on the new post (not left on the button or the page).
      await pageA.getByLabel('Your reply', { exact: true }).fill('I can do Thursdays.');
      await pageA.getByRole('button', { name: 'Post reply', exact: true }).click();
      await visible(pageA.getByText('I can do Thursdays.'));
      await eventually(async () => (await focused(pageA)).inPost === 'post-2').catch(async (error) => {
        throw new Error(`${(error as Error).message}: focus is on ${JSON.stringify(await focused(pageA))}`);
      });

      // 9. From the top of the discussions page, "Start a discussion" is a few Tab presses away
      // (a skip link leads to it); pressing it puts focus in the form's first field.
      await pageA.goto(`/n/${SLUG}/threads`);
      await visible(pageA.getByRole('heading', { name: 'Discussions' }));
      let presses = 0;
      for (; presses < 6; presses++) {
        await pageA.keyboard.press('Tab');
        if (/Start a discussion/.test((await focused(pageA)).text)) break;
      }
      expect(presses).toBeLessThan(6);
      await pageA.keyboard.press('Enter');
      // The skip link puts focus on the button itself: pressing it opens the form.
      const onButton = await focused(pageA);
      if (onButton.tag === 'BUTTON' && /Start a discussion/.test(onButton.text)) await pageA.keyboard.press('Enter');
      const focusedLabel = () => pageA.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '');
      await eventually(async () => (await focusedLabel()) === 'Title').catch(async (error) => {
        throw new Error(`${(error as Error).message}: focus is on ${JSON.stringify(await focused(pageA))}, label ${await focusedLabel()}`);
      });
      await expectNoAxeViolations(pageA, `new thread form at ${width}`);

      // 2. The layout: no sideways scrolling; on a phone the header is one or two rows, the
      // network's tabs one scrolling row, and the overview shows its discussions near the top.
      for (const path of [`/n/${SLUG}`, `/n/${SLUG}/threads`, `/n/${SLUG}/library`, threadPath]) {
        await pageB.goto(path);
        await visible(pageB.getByRole('heading', { level: 1 }));
        const layout = await pageB.evaluate(() => {
          const header = document.querySelector('header, [role="banner"]') as HTMLElement | null;
          const tabs = [...document.querySelectorAll('nav[aria-label="Network sections"] a')] as HTMLElement[];
          return {
            scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
            headerHeight: header?.getBoundingClientRect().height ?? 0,
            tabRows: new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size,
          };
        });
        expect({ path, scrollWidth: layout.scrollWidth <= width }).toEqual({ path, scrollWidth: true });
        if (phone) {
          expect({ path, headerHeight: layout.headerHeight <= 130 }).toEqual({ path, headerHeight: true });
          // (A thread's page has no tabs.)
          expect({ path, tabsInOneRow: layout.tabRows <= 1 }).toEqual({ path, tabsInOneRow: true });
        }
      }
      await pageB.goto(`/n/${SLUG}`);
      await visible(pageB.getByRole('heading', { level: 1, name: NETWORK_NAME }));
      const discussionsTop = await pageB.getByRole('heading', { name: /discussions/i }).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(discussionsTop).toBeLessThan(phone ? 900 : 800);
      await expectNoAxeViolations(pageB, `network overview at ${width}`);
    });
  });
});
