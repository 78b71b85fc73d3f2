import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What every address that is not a first page gets: the page without content, rendered by the browser. */
export const INDEX_PAGE = '/index.html';

/** One row of the web build's first-pages.json (tools/build.mjs): an address pattern and its page. */
interface FirstPage {
  /** "/n/:slug/t/:threadId": ":name" stands for one path segment. */
  path: string;
  /** The index.html variant that the server fills with that page's content, e.g. "/first-pages/thread.html". */
  file: string;
}

/**
 * Which index.html to send for a client route: the build's variant for the addresses people
 * most often open first (rendered with their content by server-render.ts, with their page's
 * stylesheets), index.html for every other address. Reads the build's table once; without one (an older build) every
 * address gets index.html.
 */
export function firstPageFiles(webDir: string): (path: string) => string {
  const tableFile = join(webDir, 'first-pages.json');
  const table: FirstPage[] = existsSync(tableFile) ? JSON.parse(readFileSync(tableFile, 'utf8')) : [];
  const matchers = table
    .filter((page) => existsSync(join(webDir, page.file)))
    .map((page) => ({ segments: segmentsOf(page.path), file: page.file }));
  return (path) => {
    const segments = segmentsOf(path);
    const found = matchers.find(
      (page) =>
        page.segments.length === segments.length &&
        page.segments.every((segment, i) => (segment.startsWith(':') ? segments[i] !== '' : segment === segments[i])),
    );
    return found?.file ?? INDEX_PAGE;
  };
}

/** "/n/crewe/" and "/n/crewe" -> ["n", "crewe"]; "/" -> []. */
function segmentsOf(path: string): string[] {
  const segments = path.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();
  return segments;
}
