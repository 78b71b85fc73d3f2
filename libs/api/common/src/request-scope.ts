import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What follows a request through everything it causes: set by the HTTP
 * middleware for each request and by the job queue for each job, read by the
 * logger so every line carries the id.
 */
export interface RequestScope {
  requestId: string;
}

/** `auto`: on where the runtime makes it free (see `asyncContextIsCheap`). */
export type RequestScopeMode = 'auto' | 'on' | 'off';

const requestScope = new AsyncLocalStorage<RequestScope>();
let scoping = asyncContextIsCheap();

/**
 * Whether AsyncLocalStorage costs nothing per promise here. Node 24 builds it on
 * AsyncContextFrame (22.7+ with `--experimental-async-context-frame`); older
 * runtimes, Node 20 and 22 by default, install promise hooks for it, which run on
 * every promise of every request: a fifth of the thread list's throughput (BENCHMARKS.md).
 */
export function asyncContextIsCheap(
  version: string = process.versions.node,
  flags: string[] = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
): boolean {
  const major = Number(version.split('.')[0]);
  if (major >= 24) return !flags.includes('--no-async-context-frame');
  return major >= 22 && flags.includes('--experimental-async-context-frame');
}

/** Turns request scopes on or off for this process (from LOG_REQUEST_IDS, at start-up). */
export function configureRequestScope(mode: RequestScopeMode): void {
  scoping = mode === 'on' || (mode === 'auto' && asyncContextIsCheap());
}

/** Whether log lines and jobs learn the id of the request they were written for. */
export function requestScopeEnabled(): boolean {
  return scoping;
}

/** Runs `fn` with `scope` as the current request scope (when scopes are on; else just runs it). */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return scoping ? requestScope.run(scope, fn) : fn();
}

/** The id of the request (or job) this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return scoping ? requestScope.getStore()?.requestId : undefined;
}

/** A client-sent id is kept only when it is short and plain, so it cannot forge log fields. */
export function acceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(value);
}
