// Journey c: axe-core finds no violations on the main pages, anonymous and
// signed in, and the directory fits a 375 px wide phone screen.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  launchBrowser,
  networkBySlug,
  newPage,
  newUser,
  newUserContext,
  signUpViaUi,
  visible,
  withDiagnostics,
  type TestUser,
} from './support';

interface Check {
  path: string;
  /** The page is ready when this h1 (or, if undefined, any h1) is visible. */
  h1?: string;
}

describe('accessibility (axe-core, default rules)', () => {
  let browser: Browser;
  let anonymous: BrowserContext;
  let signedIn: BrowserContext;
  let anonymousPage: Page;
  let signedInPage: Page;
  let networkName: string;
  let user: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const network = await networkBySlug('macclesfield');
    if (!network) throw new Error('The demo data has no "macclesfield" network');
    networkName = network.name;
    anonymous = await newUserContext(browser);
    anonymousPage = await newPage(anonymous);
    signedIn = await newUserContext(browser);
    signedInPage = await newPage(signedIn);
    user = newUser('Axel');
    await withDiagnostics({ signup: signedInPage }, () => signUpViaUi(signedInPage, user));
  });

  afterAll(async () => {
    await anonymous?.close().catch(() => undefined);
    await signedIn?.close().catch(() => undefined);
    await browser?.close();
  });

  async function check(page: Page, { path, h1 }: Check): Promise<void> {
    await withDiagnostics({ [path]: page }, async () => {
      await page.goto(path);
      await visible(h1 ? page.getByRole('heading', { level: 1, name: h1, exact: true }) : page.getByRole('heading', { level: 1 }));
      await expectNoAxeViolations(page, path);
    });
  }

  describe('anonymous', () => {
    it.each([
      ['/signup', 'Create an account'],
      ['/signin', 'Sign in'],
      ['/', 'Community networks'],
    ])('%s has no violations', async (path, h1) => {
      await check(anonymousPage, { path, h1 });
    });

    it('/n/macclesfield has no violations', async () => {
      await check(anonymousPage, { path: '/n/macclesfield', h1: networkName });
      await visible(anonymousPage.getByRole('link', { name: 'Sign in to join', exact: true }));
    });
  });

  describe('signed in', () => {
    it('/n/macclesfield has no violations', async () => {
      await check(signedInPage, { path: '/n/macclesfield', h1: networkName });
    });

    it('/n/macclesfield/members has no violations', async () => {
      // The contract names no heading for this page: any h1 will do.
      await check(signedInPage, { path: '/n/macclesfield/members' });
    });

    it('/n/macclesfield/organisations has no violations', async () => {
      await withDiagnostics({ organisations: signedInPage }, async () => {
        await signedInPage.goto('/n/macclesfield/organisations');
        await visible(signedInPage.getByLabel('Search organisations', { exact: true }));
        await visible(signedInPage.getByRole('heading', { level: 1 }));
        await expectNoAxeViolations(signedInPage, '/n/macclesfield/organisations');
      });
    });

    it('/me has no violations', async () => {
      await check(signedInPage, { path: '/me', h1: 'My profile' });
    });
  });

  describe('small screens', () => {
    it.each([['anonymous'], ['signed in']])('the directory has no horizontal scroll at 375x740 (%s)', async (who) => {
      const context = await newUserContext(browser, {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        storageState: who === 'signed in' ? await signedIn.storageState() : undefined,
      });
      const page = await newPage(context);
      try {
        await withDiagnostics({ [`directory-375-${who}`]: page }, async () => {
          await page.goto('/');
          await visible(page.getByRole('heading', { level: 1, name: 'Community networks', exact: true }));
          if (who === 'signed in') await visible(page.getByRole('button', { name: 'Sign out', exact: true }));
          await page.waitForLoadState('networkidle').catch(() => undefined);
          const widths = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            widest: [...document.querySelectorAll('body *')]
              .map((el) => ({ el, right: el.getBoundingClientRect().right }))
              .filter((x) => x.right > 375.5)
              .slice(0, 5)
              .map((x) => `${x.el.tagName.toLowerCase()}${x.el.id ? `#${x.el.id}` : ''}${x.el.className && typeof x.el.className === 'string' ? `.${x.el.className.trim().split(/\s+/).join('.')}` : ''} right=${Math.round(x.right)}`),
          }));
          if (widths.scrollWidth > 375) {
            throw new Error(`The directory scrolls sideways at 375 px: scrollWidth=${widths.scrollWidth}. Elements past the edge: ${widths.widest.join(', ')}`);
          }
          expect(widths.scrollWidth).toBeLessThanOrEqual(375);
        });
      } finally {
        await context.close();
      }
    });
  });
});
