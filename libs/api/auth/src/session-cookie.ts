import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'ch_session';

export function bearerToken(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match ? match[1] : null;
}

/**
 * The session cookie's value in a Cookie header (an HTTP request's, or the one sent
 * with a WebSocket upgrade), or null. Read only where a session is looked for, so
 * requests carrying a bearer token, or no session at all, never parse cookies.
 */
export function sessionCookieOf(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header.join('; ') : header;
  if (!raw?.includes(SESSION_COOKIE)) return null;
  return parseCookies(raw)[SESSION_COOKIE] || null;
}

/** The session token of an HTTP request: the bearer header wins over the cookie. */
export function sessionTokenOf(req: Pick<Request, 'headers'> | undefined): string | null {
  if (!req) return null;
  return bearerToken(req.headers.authorization) ?? sessionCookieOf(req.headers.cookie);
}

/**
 * The web client keeps its session in an httpOnly cookie (unreadable by scripts).
 * SameSite=Lax plus Apollo's CSRF prevention (which refuses "simple" cross-site
 * requests) keeps other sites from acting with it.
 */
export function setSessionCookie(res: Response | undefined, token: string, maxAgeSeconds: number, secure: boolean) {
  res?.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: maxAgeSeconds * 1000,
  });
}

export function clearSessionCookie(res: Response | undefined, secure: boolean) {
  res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
