import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { baseUrl, chromiumPath } from './env';

/** Flags that keep Chromium from hanging on a machine without internet access. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser per spec file; never pass --user-data-dir (playwright-core makes a temporary profile). */
export async function launchBrowser(): Promise<Browser> {
  if (process.env.E2E_WEB_CLIENT === '0') {
    throw new Error(`The server at ${baseUrl()} serves no web client (GET / is not HTML): build it with "node tools/build.mjs web" (dist/web/index.html).`);
  }
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: 30_000 });
}

const pageProblems = new WeakMap<Page, string[]>();

/** A fresh context (its own cookies and storage): one per person. */
export async function newUserContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  context.on('page', (page) => trackProblems(page));
  return context;
}

export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  trackProblems(page);
  return page;
}

function trackProblems(page: Page): void {
  if (pageProblems.has(page)) return;
  const problems: string[] = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(baseUrl())) problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
  });
}

/** Waits until an element matching the locator is visible. */
export async function visible(locator: Locator, timeout?: number): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

/** Waits until a role="status" element contains the text. */
export async function statusShows(page: Page, text: string | RegExp, timeout?: number): Promise<Locator> {
  return visible(page.getByRole('status').filter({ hasText: text }), timeout);
}

/** Waits until the path (not the origin or query) equals `pathname`. */
export async function onPath(page: Page, pathname: string, timeout?: number): Promise<void> {
  await page.waitForURL((url) => url.pathname.replace(/\/+$/, '') === pathname.replace(/\/+$/, ''), { timeout, waitUntil: 'commit' });
}

export function currentPath(page: Page): string {
  return new URL(page.url()).pathname;
}

/**
 * Runs a journey; when it fails, the error gets what each page showed (URL,
 * accessibility snapshot, console errors) and a screenshot path, so contract
 * deviations can be read off the test output.
 */
export async function withDiagnostics(pages: Record<string, Page>, journey: () => Promise<void>): Promise<void> {
  try {
    await journey();
  } catch (error) {
    const details: string[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'community-hub-e2e-shots-'));
    for (const [label, page] of Object.entries(pages)) {
      if (page.isClosed()) continue;
      let snapshot = '(no snapshot)';
      try {
        snapshot = await page.locator('body').ariaSnapshot({ timeout: 3_000 });
        if (snapshot.length > 4000) snapshot = `${snapshot.slice(0, 4000)}\n... (cut)`;
      } catch (e) {
        snapshot = `(no snapshot: ${(e as Error).message.split('\n')[0]})`;
      }
      const shot = path.join(dir, `${label.replace(/[^a-z0-9-]+/gi, '_')}.png`);
      await page.screenshot({ path: shot, fullPage: true, timeout: 5_000 }).catch(() => undefined);
      const problems = pageProblems.get(page) ?? [];
      details.push(
        `--- page "${label}" at ${page.url()} (screenshot: ${shot})\n${snapshot}` +
          (problems.length ? `\n--- browser problems:\n${problems.slice(-15).join('\n')}` : ''),
      );
    }
    if (error instanceof Error) {
      const extra = `\n\n${details.join('\n\n')}`;
      // Jest prints the stack, which holds the message as it was when the error was made.
      if (error.stack?.includes(error.message)) error.stack = error.stack.replace(error.message, `${error.message}${extra}`);
      error.message = `${error.message}${extra}`;
      throw error;
    }
    throw new Error(`${String(error)}\n\n${details.join('\n\n')}`);
  }
}
