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
  TERMS_CHECKBOX,
  visible,
  withDiagnostics,
} from './support';

describe('journey: sign-in and sign-up errors', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signing up with an email already in use shows the error in role="alert" and stays on /signup', async () => {
    const context = await newUserContext(browser);
    const page = await newPage(context);
    try {
      await withDiagnostics({ signup: page }, async () => {
        await page.goto('/signup');
        await visible(page.getByRole('heading', { level: 1, name: 'Create an account', exact: true }));
        await page.getByLabel('Name', { exact: true }).fill('Someone Else');
        await page.getByLabel('Email', { exact: true }).fill(admin.email);
        await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
        await page.getByRole('checkbox', { name: TERMS_CHECKBOX, exact: true }).check();
        await page.getByRole('button', { name: 'Create account', exact: true }).click();
        await visible(page.getByRole('alert').filter({ hasText: /\S/ }));
        expect(currentPath(page)).toBe('/signup');
        expect(await page.getByRole('button', { name: 'Sign out', exact: true }).count()).toBe(0);
      });
    } finally {
      await context.close();
    }
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
