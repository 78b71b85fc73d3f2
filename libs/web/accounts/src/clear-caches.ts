/**
 * Signing out empties every cache of this origin (the service worker's copies of the app's shell and
 * scripts; it never holds GraphQL answers or stored files, but a shared computer should keep nothing)
 * and tells the worker, so a fetch it is answering does not refill one meanwhile.
 * Without Cache Storage (an old browser, or http:// other than localhost) there is nothing to clear.
 */
export async function clearAppCaches(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: 'clear-caches' });
  if (typeof caches === 'undefined') return;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}
