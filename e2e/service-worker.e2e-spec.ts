// The app installs as an app: a web manifest with icons, and a service worker (/sw.js) that caches the
// shell and the hashed assets, never /graphql or /storage; a new deploy shows on the next navigation;
// signing out empties every cache.
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { admin, eventually, launchBrowser, newPage, newUserContext, signInViaUi, visible, withDiagnostics } from './support';

/** What Cache Storage holds: cache names and the paths in them. */
async function cachedPaths(page: Page): Promise<{ names: string[]; paths: string[] }> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const paths: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return { names, paths };
  });
}

/** The first visit registers the worker after load; waits until it is active. */
async function installWorker(page: Page): Promise<void> {
  await page.goto('/');
  await visible(page.getByRole('heading', { level: 1 }));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('journey: installable app and its service worker', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await newUserContext(browser, { serviceWorkers: 'allow' });
  });

  afterEach(async () => {
    await context?.close();
  });

  it('links a manifest with 192 and 512 px icons that are served', async () => {
    const page = await newPage(context);
    await withDiagnostics({ page }, async () => {
      await page.goto('/');
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('/manifest.webmanifest');
      const manifest = await (await page.request.get(href!)).json();
      expect(manifest).toMatchObject({ name: 'Community Hub', start_url: '/', display: 'standalone' });
      const sizes = (manifest.icons as Array<{ src: string; sizes: string }>).map((icon) => icon.sizes);
      expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons as Array<{ src: string }>) {
        const response = await page.request.get(icon.src);
        expect(response.headers()['content-type']).toBe('image/png');
      }
    });
  });

  it('installs, controls the second visit, works offline for the shell and hashed assets, and never caches /graphql', async () => {
    const page = await newPage(context);
    await withDiagnostics({ page }, async () => {
      await installWorker(page);
      // The second visit is controlled by the worker.
      await page.goto('/');
      await visible(page.getByRole('heading', { level: 1 }));
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      const { names, paths } = await cachedPaths(page);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^hub-[0-9a-f]{16}$/);
      expect(paths).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icon-192.png']));
      // Never a page sent with its content (the home page is one).
      expect(paths).not.toContain('/');
      const script = paths.find((p) => /^\/assets\/.+\.js$/.test(p));
      expect(script).toBeDefined();
      expect(paths.filter((p) => p.startsWith('/graphql') || p.startsWith('/storage'))).toEqual([]);

      await context.setOffline(true);
      try {
        // A hashed asset and the shell come from the cache; GraphQL does not (GET or POST).
        const offline = await page.evaluate(async (asset) => {
          const assetOk = (await fetch(asset)).ok;
          const graphqlGet = await fetch('/graphql?query=%7B__typename%7D').then(
            () => 'answered',
            () => 'failed',
          );
          const graphqlPost = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }).then(
            () => 'answered',
            () => 'failed',
          );
          return { assetOk, graphqlGet, graphqlPost };
        }, script!);
        expect(offline).toEqual({ assetOk: true, graphqlGet: 'failed', graphqlPost: 'failed' });

        // Any page of the app opens from the cached shell: the header shows, the data cannot load.
        await page.goto('/n/somewhere/threads');
        await visible(page.getByRole('link', { name: 'Community Hub' }));
        expect(await page.title()).toBeTruthy();
      } finally {
        await context.setOffline(false);
      }
      const after = await cachedPaths(page);
      expect(after.paths.filter((p) => p.startsWith('/graphql') || p.startsWith('/storage'))).toEqual([]);
    });
  });

  it('serves a new deploy on the next navigation', async () => {
    const page = await newPage(context);
    const dir = process.env.E2E_WEB_DIR;
    if (!dir) throw new Error('E2E_WEB_DIR is not set (e2e/support/global-setup.cjs)');
    const files = ['index.html', 'index.html.br', 'index.html.gz'].map((name) => path.join(dir, name));
    const saved = files.map((file) => (fs.existsSync(file) ? fs.readFileSync(file) : null));
    await withDiagnostics({ page }, async () => {
      await installWorker(page);
      await page.goto('/');
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // "Deploy" a new index.html (same assets, a marker in the head), with its compressed variants.
      const marker = `deploy-${Date.now()}`;
      const html = Buffer.from(saved[0]!.toString('utf8').replace('<head>', `<head>\n    <meta name="e2e-deploy" content="${marker}" />`));
      try {
        fs.writeFileSync(files[0], html);
        if (saved[1]) fs.writeFileSync(files[1], brotliCompressSync(html));
        if (saved[2]) fs.writeFileSync(files[2], gzipSync(html));
        // A page the server does not render (the sign-in page) is the shell itself.
        await page.goto('/signin');
        expect(await page.locator('meta[name="e2e-deploy"]').getAttribute('content')).toBe(marker);
        // And the cached shell (for offline use) is the new one.
        const shell = await page.evaluate(async () => (await caches.match('/index.html'))?.text());
        expect(shell).toContain(marker);
      } finally {
        files.forEach((file, i) => saved[i] && fs.writeFileSync(file, saved[i]!));
      }
    });
  });

  it('signing out empties every cache', async () => {
    const page = await newPage(context);
    await withDiagnostics({ page }, async () => {
      await installWorker(page);
      await signInViaUi(page, admin.email, admin.password);
      // Markers in the worker's cache and in another cache of this origin.
      await page.evaluate(async () => {
        const [hub] = await caches.keys();
        await (await caches.open(hub)).put('/assets/e2e-marker.js', new Response('marker'));
        await (await caches.open('e2e-other')).put('/e2e-other-marker', new Response('marker'));
      });
      expect((await cachedPaths(page)).paths).toEqual(expect.arrayContaining(['/assets/e2e-marker.js', '/e2e-other-marker']));
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await visible(page.getByRole('link', { name: 'Sign in', exact: true }));
      // Every cache was deleted (the worker may start a fresh one with what it fetches afterwards: the app's public files).
      await eventually(async () => {
        const { names, paths } = await cachedPaths(page);
        return !names.includes('e2e-other') && !paths.includes('/assets/e2e-marker.js') && !paths.includes('/');
      });
    });
  });
});
