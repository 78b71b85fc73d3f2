// Journey: turn on two-factor sign-in on My profile (QR code, key as text, recovery codes),
// sign out, and sign in again with a code the authenticator app would show (computed here
// from the key on the page, with otplib).
import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, newUser, newUserContext, onPath, signUpViaUi, submitSignIn, visible, withDiagnostics } from './support';

describe('journey: two-factor sign-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('turns on two-factor with the key shown, then signs in with a code on a second step', async () => {
    const context = await newUserContext(browser);
    const page = await newPage(context);
    const user = newUser('Twofa');
    try {
      await withDiagnostics({ twoFactor: page }, async () => {
        await signUpViaUi(page, user);
        await page.goto('/me');
        await page.getByRole('button', { name: 'Set up two-factor sign-in', exact: true }).click();
        await visible(page.getByRole('img', { name: /QR code/ }));
        const secret = (await page.locator('code.secret-key').innerText()).replace(/\s/g, '');
        expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
        // The previous period's code (one period of drift is accepted), so the current one is still unused afterwards.
        const now = Math.floor(Date.now() / 1000);
        await page.getByLabel('Code from the app', { exact: true }).fill(await generate({ secret, epoch: now - 30 }));
        await page.getByRole('button', { name: 'Turn on two-factor sign-in', exact: true }).click();
        const codes = await visible(page.getByRole('list', { name: 'Recovery codes' }));
        expect(await codes.getByRole('listitem').count()).toBe(10);
        await page.getByRole('button', { name: 'I have saved them', exact: true }).click();
        await visible(page.getByText('Two-factor sign-in is on: signing in asks for a code from your authenticator app.'));

        await page.getByRole('button', { name: 'Sign out', exact: true }).click();
        await visible(page.getByRole('link', { name: 'Sign in', exact: true }).first());
        await submitSignIn(page, user.email, user.password);
        const code = await visible(page.getByLabel('Code', { exact: true }));
        await code.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await onPath(page, '/');
        await visible(page.getByRole('button', { name: 'Sign out', exact: true }));
      });
    } finally {
      await context.close();
    }
  });
});
