import type { Page } from 'playwright-core';
import { onPath, visible } from './browser';
import type { TestUser } from './users';

/** The header's main navigation (contract: <nav aria-label="Main">). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main', exact: true });

/** The signed-in home at / ("Welcome, <first name>", the directory of networks below it). */
export async function signedInHome(page: Page): Promise<void> {
  await onPath(page, '/');
  await visible(page.getByRole('heading', { level: 1, name: /^Welcome, / }));
  await visible(page.getByRole('heading', { level: 2, name: 'All community networks', exact: true }));
}

/** The check box of sign-up and of the terms interstitial. */
export const TERMS_CHECKBOX = 'I have read and accept the terms of use';

/** /signup: fills Name, Email, Password, accepts the terms, presses "Create account" and waits for the home at /. */
export async function signUpViaUi(page: Page, user: TestUser): Promise<void> {
  await page.goto('/signup');
  await visible(page.getByRole('heading', { level: 1, name: 'Create an account', exact: true }));
  await page.getByLabel('Name', { exact: true }).fill(user.name);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('checkbox', { name: TERMS_CHECKBOX, exact: true }).check();
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await signedInHome(page);
}

/** /signin: fills Email and Password and presses "Sign in" (does not wait for the outcome). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }));
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * /signin, then waits for the home at /. People made through the API have accepted no
 * terms, so the web client's interstitial asks first: this accepts them, as a person would.
 */
export async function signInViaUi(page: Page, email: string, password: string): Promise<void> {
  await submitSignIn(page, email, password);
  // The interstitial covers whichever page is open (here /signin); once accepted, sign-in goes on to /.
  const home = page.getByRole('heading', { level: 1, name: /^Welcome, / });
  const terms = page.getByRole('button', { name: 'Accept and continue', exact: true });
  await visible(home.or(terms));
  if (await terms.isVisible()) await acceptTermsViaUi(page);
  await signedInHome(page);
}

/** The terms interstitial: ticks the box and presses "Accept and continue". */
export async function acceptTermsViaUi(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: TERMS_CHECKBOX, exact: true }).check();
  await page.getByRole('button', { name: 'Accept and continue', exact: true }).click();
}

/** Opens /n/<slug> and waits for its h1 (the network's name). */
export async function openNetwork(page: Page, slug: string, name: string): Promise<void> {
  await page.goto(`/n/${slug}`);
  await visible(page.getByRole('heading', { level: 1, name, exact: true }));
}

/** Polls `check` every 200 ms until it holds; fails the journey after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('condition not met in time');
}
