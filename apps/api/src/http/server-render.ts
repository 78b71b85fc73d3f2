import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import { sessionTokenOf } from '@community-hub/api-auth';

/** What the web build's renderer (apps/web/src/server/render-page.tsx, built into dist/web-server) exports. */
interface PageRenderer {
  renderPage(request: {
    path: string;
    origin: string;
    graphqlUrl: string;
    headers: Record<string, string>;
    signal: AbortSignal;
  }): Promise<{ html: string; dataScript: string }>;
}

/** Past this, the visitor gets the page without content (their browser renders it) rather than wait. */
export const SERVER_RENDER_TIMEOUT_MS = 2500;

const ROOT = '<div id="root"></div>';

export interface ServerRenderOptions {
  /** The built web client (dist/web); the renderer is beside it, in dist/web-server. */
  webDir: string;
  trustProxy: boolean;
  /** PUBLIC_URL: the site's origin; without it, the one the request was made to. */
  publicUrl?: string;
  timeoutMs?: number;
}

/**
 * The first pages' HTML with their content in it, for visitors who are not signed in (a newcomer
 * following a link), so they see the page as soon as the HTML and the stylesheet are in, before a
 * byte of script has run (a phone on a slow line waits seconds for those). Its queries go to this
 * API over HTTP without any session, so a rendered page holds only what anyone may read.
 * Signed-in people get the page rendered by their browser: they act on it (edit, reply), and a
 * button shown before the scripts have run would do nothing when pressed; their scripts are
 * usually cached already. Anything that goes wrong (no renderer in this build, a page that fails,
 * a slow answer) sends the plain page instead, which the browser renders itself, as it always
 * could. Returns null when this build has no renderer.
 */
export function serverRenderer(options: ServerRenderOptions) {
  const file = join(options.webDir, '..', 'web-server', 'render-page.cjs');
  if (!existsSync(file)) return null;
  const logger = new Logger('ServerRender');
  const timeoutMs = options.timeoutMs ?? SERVER_RENDER_TIMEOUT_MS;
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  let renderer: PageRenderer | null = null;
  const templates = new Map<string, string | null>();

  const template = (page: string) => {
    if (!templates.has(page)) {
      const html = readFileSync(join(options.webDir, page), 'utf8');
      templates.set(page, html.includes(ROOT) ? html : null);
    }
    return templates.get(page) ?? null;
  };

  /** The page's HTML with its content, or null to send the plain page. */
  return async function render(req: Request, page: string): Promise<string | null> {
    if (sessionTokenOf(req)) return null;
    const html = template(page);
    if (!html) return null;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS bundle made by the web build, loaded when first needed
    renderer ??= require(file) as PageRenderer;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const rendered = await renderer.renderPage({ path: req.originalUrl, origin: publicOrigin ?? `${req.protocol}://${req.host}`, graphqlUrl: ownGraphqlUrl(req), headers: forwardedHeaders(req, options.trustProxy), signal });
      // A function, not a string: "$&" or "$'" in what people wrote must stay text, not replacement patterns.
      return html.replace(ROOT, () => `<div id="root">${rendered.html}</div>${rendered.dataScript}`);
    } catch (error) {
      if (signal.aborted) logger.warn(`${req.path}: not rendered within ${timeoutMs} ms; sent without content`);
      else logger.error(`${req.path}: could not be rendered; sent without content: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  };
}

/** This API's /graphql at the address the request came in on (so it is reachable whatever HOST is). */
function ownGraphqlUrl(req: Request): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}/graphql`;
}

/** The visitor's browser and language; behind a proxy, their address as that proxy gave it. Never a cookie. */
function forwardedHeaders(req: Request, trustProxy: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const userAgent = req.get('user-agent');
  if (userAgent) headers['user-agent'] = userAgent;
  const language = req.get('accept-language');
  if (language) headers['accept-language'] = language;
  if (trustProxy && req.ip) headers['x-forwarded-for'] = req.ip;
  return headers;
}
