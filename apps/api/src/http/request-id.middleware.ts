import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { acceptableRequestId, runInRequestScope } from '@community-hub/api-common';

/** Gives every HTTP request an id (the caller's `X-Request-Id` when it is plain, else a new one), echoed back. */
export function requestIds() {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id'];
    const requestId = acceptableRequestId(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    runInRequestScope({ requestId }, next);
  };
}
