import type { Request, Response } from 'express';

/** Who is calling: resolved once per request (or per WebSocket connection) from the token. */
export interface Caller {
  userId: string;
}

export interface RequestContext {
  req?: Request;
  res?: Response;
  caller: Caller | null;
  /** Per-request DataLoaders, created lazily by the domain that owns the data. */
  loaders: Map<symbol, unknown>;
}
