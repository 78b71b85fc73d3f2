import type { IncomingMessage } from 'node:http';

/**
 * The client's address for a request Express does not handle (a WebSocket upgrade),
 * the way Express's `req.ip` finds it with the app's setting: with TRUST_PROXY (one
 * proxy in front, `trust proxy` 1) the last X-Forwarded-For entry, which that proxy
 * wrote; otherwise the socket's peer.
 */
export function clientAddressOf(request: Pick<IncomingMessage, 'headers' | 'socket'> | undefined, trustProxy: boolean): string | undefined {
  if (!request) return undefined;
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
    if (last) return last;
  }
  return request.socket?.remoteAddress;
}
