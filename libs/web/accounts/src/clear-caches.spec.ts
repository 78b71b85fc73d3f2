import { clearAppCaches } from './clear-caches';

describe('clearAppCaches (on sign-out)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('deletes every cache of the origin and tells the service worker', async () => {
    const names = new Set(['hub-0123456789abcdef', 'hub-old', 'something-else']);
    vi.stubGlobal('caches', {
      keys: async () => [...names],
      delete: async (name: string) => names.delete(name),
    });
    const postMessage = vi.fn();
    const controller = { postMessage };
    Object.defineProperty(navigator, 'serviceWorker', { value: { controller }, configurable: true });
    try {
      await clearAppCaches();
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
    expect([...names]).toEqual([]);
    expect(postMessage).toHaveBeenCalledWith({ type: 'clear-caches' });
  });

  it('does nothing without Cache Storage or a worker', async () => {
    vi.stubGlobal('caches', undefined);
    await expect(clearAppCaches()).resolves.toBeUndefined();
  });
});
