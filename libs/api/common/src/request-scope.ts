import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What follows a request through everything it causes: set by the HTTP
 * middleware for each request and by the job queue for each job, read by the
 * logger so every line carries the id.
 */
export interface RequestScope {
  requestId: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the request (or job) this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** A client-sent id is kept only when it is short and plain, so it cannot forge log fields. */
export function acceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(value);
}
