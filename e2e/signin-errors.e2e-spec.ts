// Journey d: a wrong password shows an error in role="alert" and keeps the person on /signin.
import type { Browser } from 'playwright-core';
import {
  admin,
  currentPath,
  launchBrowser,
  mainNav,
  newPage,
  newUserContext,
  submitSignIn,
  visible,
  withDiagnostics,
} from './support';

describe('journey: sign in with a wrong password', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the error in role="alert" and stays on /signin', async () => {
    const context = await newUserContext(browser);
    const page = await newPage(context);
    try {
      await withDiagnostics({ signin: page }, async () => {
        // Anonymous header: "Sign in" and "Sign up" links, no "Sign out".
        await page.goto('/');
        await visible(mainNav(page).getByRole('link', { name: 'Sign in', exact: true }));
        await visible(mainNav(page).getByRole('link', { name: 'Sign up', exact: true }));
        expect(await page.getByRole('button', { name: 'Sign out', exact: true }).count()).toBe(0);

        await submitSignIn(page, admin.email, 'not-the-right-password');
        const alert = await visible(page.getByRole('alert').filter({ hasText: /\S/ }));
        expect((await alert.innerText()).trim().length).toBeGreaterThan(0);
        expect(currentPath(page)).toBe('/signin');
        // Still anonymous, and the form is still there to try again.
        await visible(page.getByRole('button', { name: 'Sign in', exact: true }));
        expect(await page.getByRole('button', { name: 'Sign out', exact: true }).count()).toBe(0);
      });
    } finally {
      await context.close();
    }
  });
});
