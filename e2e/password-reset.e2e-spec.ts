// Journey: a person who forgot their password asks for a link, follows the one emailed to
// DATA_DIR/mail, sets a new password and lands signed in; the link then works no more.
import type { Browser } from 'playwright-core';
import { emailedLink, launchBrowser, newPage, newUser, newUserContext, onPath, register, visible, withDiagnostics } from './support';

describe('journey: forgot password', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks for a link from the sign-in page, follows the emailed link, sets a new password and is signed in; the link works once', async () => {
    const user = newUser('Fern');
    await register(user);
    const context = await newUserContext(browser);
    const page = await newPage(context);
    try {
      await withDiagnostics({ reset: page }, async () => {
        await page.goto('/signin');
        await page.getByRole('link', { name: 'Forgot password?', exact: true }).click();
        await onPath(page, '/forgot-password');
        await page.getByLabel('Email', { exact: true }).fill(user.email);
        await page.getByRole('button', { name: 'Email me a link', exact: true }).click();
        await visible(page.getByRole('status').getByText(user.email));

        // Sent by a background job: wait for the file, then the local outbox (outside production) lists it.
        const link = new URL(await emailedLink(user.email, '/reset-password'));
        await page.goto('/dev/outbox');
        await visible(page.getByRole('row').filter({ hasText: user.email }).getByRole('link', { name: 'Reset your Community Hub password' }));

        await page.goto(`${link.pathname}${link.search}`);
        await visible(page.getByRole('heading', { level: 1, name: 'Choose a new password', exact: true }));
        await page.getByLabel('New password', { exact: true }).fill('a fresh and long passphrase');
        await page.getByRole('button', { name: 'Set password and sign in', exact: true }).click();
        await onPath(page, '/');
        await visible(page.getByRole('button', { name: 'Sign out', exact: true }));
        await visible(page.getByText(user.name));

        await page.goto(`${link.pathname}${link.search}`);
        await page.getByLabel('New password', { exact: true }).fill('another long passphrase');
        await page.getByRole('button', { name: 'Set password and sign in', exact: true }).click();
        await visible(page.getByRole('alert').getByText('This link has already been used', { exact: false }));
      });
    } finally {
      await context.close();
    }
  });
});
