import type { Page } from 'playwright-core';
import { onPath, visible } from './browser';
import type { TestUser } from './users';

/** The header's main navigation (contract: <nav aria-label="Main">). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main', exact: true });

/** /signup: fills Name, Email, Password, presses "Create account" and waits for the directory at /. */
export async function signUpViaUi(page: Page, user: TestUser): Promise<void> {
  await page.goto('/signup');
  await visible(page.getByRole('heading', { level: 1, name: 'Create an account', exact: true }));
  await page.getByLabel('Name', { exact: true }).fill(user.name);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await onPath(page, '/');
  await visible(page.getByRole('heading', { level: 1, name: 'Community networks', exact: true }));
}

/** /signin: fills Email and Password and presses "Sign in" (does not wait for the outcome). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }));
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** /signin, then waits for the directory at /. */
export async function signInViaUi(page: Page, email: string, password: string): Promise<void> {
  await submitSignIn(page, email, password);
  await onPath(page, '/');
  await visible(page.getByRole('heading', { level: 1, name: 'Community networks', exact: true }));
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
