/**
 * What the service worker does with a request (a pure function, so it can be tested without one).
 * - `asset`: a content-hashed file under /assets/ (never changes): from the cache, else the network (then kept).
 * - `page`: a navigation to a page of the app: the network first (a new deploy shows at once), the
 *   cached shell (index.html) when offline.
 * - `pass`: not touched; the browser fetches it as if there were no service worker. Everything that is
 *   not a GET of this origin, and everything the API answers (GraphQL, stored files, calendar feeds,
 *   sign-in callbacks, the local outbox...), which is never cached.
 */
export type Strategy = 'asset' | 'page' | 'pass';

/** Paths the API answers (apps/api/src/create-app.ts, API_PREFIXES), plus the development outbox's API. */
export const NEVER_CACHED = ['/graphql', '/storage', '/calendar', '/email', '/health', '/metrics', '/security-log', '/auth', '/moderation', '/dev'];

/** Files of the shell besides the hashed assets: cached with the first visit, from the cache offline. */
export const SHELL_FILES = ['/manifest.webmanifest', '/favicon.svg', '/icon-192.png', '/icon-512.png'];

export function strategyFor(request: { url: string; method: string; mode: string }, origin: string): Strategy {
  if (request.method !== 'GET') return 'pass';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass';
  const path = url.pathname;
  if (NEVER_CACHED.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return 'pass';
  if (path.startsWith('/assets/') || SHELL_FILES.includes(path)) return 'asset';
  // The worker itself is fetched by the browser's update check, never through here; be sure.
  if (path === '/sw.js') return 'pass';
  if (request.mode === 'navigate') return 'page';
  return 'pass';
}

/** The caches this app's worker owns: `hub-<build version>`; older versions are deleted when a new one activates. */
export const CACHE_PREFIX = 'hub-';
