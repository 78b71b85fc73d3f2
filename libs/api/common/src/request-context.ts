import type { Request, Response } from 'express';

/** Who is calling: resolved once per request (or per WebSocket connection) from the token. */
export interface Caller {
  userId: string;
  /** The server-side session the caller's token stands for (absent for callers built outside a request, e.g. jobs). */
  sessionId?: string;
}

export interface RequestContext {
  req?: Request;
  res?: Response;
  caller: Caller | null;
  /** The client's address for per-address limits: `req.ip` over HTTP, the socket's peer over WebSocket. */
  clientAddress?: string;
  /** The client's User-Agent header (the HTTP request's, or the WebSocket upgrade's): the device, for sessions and the security log. */
  userAgent?: string;
  /** Per-request DataLoaders, created lazily by the domain that owns the data. */
  loaders: Map<symbol, unknown>;
}
