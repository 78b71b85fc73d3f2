import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** Encodings the build writes beside each text asset (tools/build.mjs), in the order they are preferred. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
type Coding = (typeof ENCODINGS)[number]['coding'];

/**
 * How long a static file may be cached: content-hashed files under assets/ never change, so a
 * year and immutable; HTML and the service worker (sw.js) are revalidated on every visit so a new
 * deploy shows at once.
 */
export function staticCacheControl(res: Response, path: string): void {
  if (/[\\/]assets[\\/]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else if (path.endsWith('.html') || /[\\/]sw\.js$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
  else res.setHeader('Cache-Control', 'public, max-age=3600');
}

/** The content coding to send, from Accept-Encoding's q-values; br wins a tie, identity when nothing fits. */
export function pickEncoding(acceptEncoding: string | undefined, available: readonly Coding[]): Coding | null {
  if (!acceptEncoding) return null;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of available) {
    const q = quality.get(coding) ?? quality.get('*') ?? 0;
    if (q > bestQ) [best, bestQ] = [coding, q];
  }
  return best;
}

/** URL path (e.g. "/assets/index-abc.js") -> the precompressed variants the build left beside it. */
function variantsIn(root: string): Map<string, Coding[]> {
  const found = new Map<string, Coding[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!ENCODINGS.some(({ suffix }) => entry.name.endsWith(suffix))) {
        const codings = ENCODINGS.filter(({ suffix }) => existsSync(path + suffix)).map(({ coding }) => coding);
        if (codings.length) found.set(`/${relative(root, path).split(sep).join('/')}`, codings);
      }
    }
  };
  walk(root);
  return found;
}

/**
 * Serves the build's precompressed variant (.br, .gz) of a static text file when the request's
 * Accept-Encoding allows it, with the original file's Content-Type, Content-Encoding and
 * Vary: Accept-Encoding. Files without a variant, and clients that accept none, fall through
 * (to express.static). The variants are listed once at start-up: request paths are only looked
 * up, never joined onto the disk path.
 */
export function precompressedStatic(root: string): RequestHandler {
  const variants = variantsIn(root);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = req.path === '/' ? null : req.path;
    const available = path ? variants.get(path) : undefined;
    if (!path || !available) return next();
    res.vary('Accept-Encoding');
    const coding = pickEncoding(req.get('accept-encoding'), available);
    if (!coding) return next();
    sendVariant(res, root, path, coding, next);
  };
}

/** Sends one file (e.g. index.html for client routes), precompressed when the client accepts it. */
export function sendPrecompressed(req: Request, res: Response, root: string, path: string, next: NextFunction): void {
  const available = ENCODINGS.filter(({ suffix }) => existsSync(join(root, path + suffix))).map(({ coding }) => coding);
  if (available.length) res.vary('Accept-Encoding');
  const coding = pickEncoding(req.get('accept-encoding'), available);
  if (!coding) {
    if (!res.getHeader('Cache-Control')) staticCacheControl(res, path);
    res.sendFile(path, { root }, (error) => error && next(error));
    return;
  }
  sendVariant(res, root, path, coding, next);
}

function sendVariant(res: Response, root: string, path: string, coding: Coding, next: NextFunction) {
  const suffix = ENCODINGS.find((e) => e.coding === coding)!.suffix;
  res.type(extname(path));
  res.setHeader('Content-Encoding', coding);
  if (!res.getHeader('Cache-Control')) staticCacheControl(res, path);
  // Ranges would address the encoded bytes; whole responses keep it simple for a few-KB asset.
  res.sendFile(`${path}${suffix}`, { root, acceptRanges: false }, (error) => error && next(error));
}
