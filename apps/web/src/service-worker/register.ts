/**
 * Registers /sw.js once the page has loaded, so installing it (which caches the first page's files)
 * never competes with the first visit. Production builds only: in development Vite serves modules
 * that change on every save.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No worker (private mode, blocked by policy): the app works as before, without offline use.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
