import { lazy, Suspense, type ReactNode } from 'react';

/**
 * Where links in user Markdown may go: web and mail addresses, paths on this
 * site and anchors on this page. Anything else (javascript:, data:, vbscript:…)
 * is not a link at all. Returns the address to use, or null.
 */
export function safeMarkdownHref(value: string | null | undefined, origin = currentOrigin()): string | null {
  const raw = (value ?? '').trim();
  if (!raw) return null;
  if (raw.startsWith('#')) return raw;
  try {
    const url = new URL(raw, origin);
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') return url.href;
  } catch {
    // not an address
  }
  return null;
}

/**
 * Images are shown only from our own storage (`/storage/...` on this origin):
 * no tracking pixels, no mixed content, nothing the CSP would block anyway.
 * Returns the same-origin path to use, or null.
 */
export function safeMarkdownImageSrc(value: string | null | undefined, origin = currentOrigin()): string | null {
  const raw = (value ?? '').trim();
  if (!raw) return null;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== new URL(origin).origin || !url.pathname.startsWith('/storage/')) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

export function currentOrigin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

export interface MarkdownTextProps {
  /** Markdown as written by a person. */
  source: string;
  /** The level a `# heading` in the text becomes, so it fits under the page's own headings (default 4). */
  headingLevel?: number;
  className?: string;
  /** Shown when the text is empty. */
  empty?: ReactNode;
}

type Renderer = typeof import('./markdown-renderer');
let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

/**
 * Starts loading the Markdown renderer (about 60 KB of JavaScript, kept out of the first page).
 * A page that shows Markdown calls it as it renders, so the code arrives while its data does.
 */
export function preloadMarkdown(): Promise<Renderer> {
  loading ??= import('./markdown-renderer').then((module) => (renderer = module));
  return loading;
}

const LoadingMarkdown = lazy(() => preloadMarkdown().then((module) => ({ default: module.MarkdownRenderer })));

/**
 * Renders Markdown written by people, safely: raw HTML is shown as text (never
 * parsed), links go only to http(s)/mailto/this site and open in a new tab with
 * rel="nofollow noopener noreferrer", images only from our own /storage/.
 * Until the renderer has loaded, the text shows as written (paragraphs, no markup).
 */
export function MarkdownText({ source, empty = null, ...props }: MarkdownTextProps) {
  if (!source.trim()) return <>{empty}</>;
  const fallback = (
    <div className={props.className ? `markdown markdown-pending ${props.className}` : 'markdown markdown-pending'}>
      {source.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>
          {paragraph}
        </p>
      ))}
    </div>
  );
  return (
    // Inside a Suspense boundary whether loaded or not: a page the server rendered keeps its Markdown HTML
    // until this browser's renderer has loaded, then React takes it over (nothing flashes as plain text).
    <Suspense fallback={fallback}>
      {renderer ? <renderer.MarkdownRenderer source={source} {...props} /> : <LoadingMarkdown source={source} {...props} />}
    </Suspense>
  );
}
