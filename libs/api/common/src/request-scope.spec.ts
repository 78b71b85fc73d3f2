import { asyncContextIsCheap, configureRequestScope, currentRequestId, requestScopeEnabled, runInRequestScope } from './request-scope';

describe('request scopes', () => {
  afterEach(() => configureRequestScope('auto'));

  it('are free only where AsyncLocalStorage runs without promise hooks', () => {
    expect(asyncContextIsCheap('20.20.2', [])).toBe(false);
    expect(asyncContextIsCheap('22.12.0', [])).toBe(false);
    expect(asyncContextIsCheap('22.12.0', ['--experimental-async-context-frame'])).toBe(true);
    expect(asyncContextIsCheap('24.11.1', [])).toBe(true);
    expect(asyncContextIsCheap('24.11.1', ['--no-async-context-frame'])).toBe(false);
    expect(asyncContextIsCheap('26.0.0', [])).toBe(true);
  });

  it('follow a request through awaits and timers when on', async () => {
    configureRequestScope('on');
    expect(requestScopeEnabled()).toBe(true);
    const seen = await runInRequestScope({ requestId: 'req-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.resolve();
      return currentRequestId();
    });
    expect(seen).toBe('req-1');
    expect(currentRequestId()).toBeUndefined();
  });

  it('still run the work, without an id, when off', async () => {
    configureRequestScope('off');
    expect(requestScopeEnabled()).toBe(false);
    const seen = await runInRequestScope({ requestId: 'req-2' }, async () => {
      await Promise.resolve();
      return currentRequestId();
    });
    expect(seen).toBeUndefined();
  });

  it('follow the runtime when auto', () => {
    configureRequestScope('auto');
    expect(requestScopeEnabled()).toBe(asyncContextIsCheap());
  });
});
