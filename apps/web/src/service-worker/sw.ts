// The service worker, bundled on its own into /sw.js by apps/web/service-worker-plugin.ts, which puts
// the build's version and the first page's files in __SW_BUILD__. No DOM types here: the few worker
// types used are declared below.
import { CACHE_PREFIX, SHELL_FILES, strategyFor } from './routing';

declare const __SW_BUILD__: { version: string; precache: string[] };

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  /** A navigation's response, requested by the browser while this worker was starting (navigation preload). */
  preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  registration: { navigationPreload?: { enable(): Promise<void> } };
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE = `${CACHE_PREFIX}${__SW_BUILD__.version}`;
/**
 * The app's shell for offline use: the page without content, which the app renders for any address.
 * Not '/': the server sends the first pages (the home page among them) with their content in.
 */
const SHELL = '/index.html';

worker.addEventListener('install', (event) => {
  // The first page's scripts and styles come from the HTTP cache (just loaded); the shell from the network.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...SHELL_FILES, ...__SW_BUILD__.precache]))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  // A new deploy's worker takes over at once and drops the previous build's files.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      // A page's request goes out as the browser starts this worker, not after (navigation preload).
      .then(() => worker.registration.navigationPreload?.enable())
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  // Signing out: the page deletes every cache too; this makes sure none is being refilled meanwhile.
  if ((event.data as { type?: string } | null)?.type === 'clear-caches') {
    event.waitUntil(caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))));
  }
});

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, worker.location.origin);
  if (strategy === 'asset') event.respondWith(cacheFirst(event.request));
  else if (strategy === 'page') event.respondWith(networkFirst(event.request, event.preloadResponse));
});

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request: Request, preloaded: Promise<Response | undefined>): Promise<Response> {
  try {
    const response = (await preloaded) ?? (await fetch(request));
    // A page without content is the shell: keep the newest copy for offline use. A page the server sent
    // with its content (`Cache-Control: private`) is never kept: it is one page, not the shell.
    if (response.ok && response.type === 'basic' && response.headers.get('content-type')?.startsWith('text/html') && !/\bprivate\b/.test(response.headers.get('cache-control') ?? '')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(SHELL, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}
