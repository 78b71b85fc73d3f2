import type { ComponentPropsWithoutRef, JSX, ReactNode } from 'react';
import Markdown, { type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';

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

function currentOrigin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

function urlTransform(url: string, key: string): string | null {
  if (key === 'src') return safeMarkdownImageSrc(url);
  if (key === 'href') return safeMarkdownHref(url);
  return null;
}

type Props<T extends keyof JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & ExtraProps;

/** An @mention as the composer writes it: `[@Name](/people/<user id>)`. There is no page for a person yet. */
const MENTION_PATH = /^\/people\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isMention(href: string | undefined, origin = currentOrigin()): boolean {
  if (!href) return false;
  try {
    // By now the address has been made absolute (urlTransform).
    const url = new URL(href, origin);
    return url.origin === new URL(origin).origin && MENTION_PATH.test(url.pathname) && !url.search && !url.hash;
  } catch {
    return false;
  }
}

function MarkdownLink({ href, children, node: _node, ...rest }: Props<'a'>) {
  if (isMention(href)) return <strong className="md-mention">{children}</strong>;
  const safe = safeMarkdownHref(href);
  // A link that is not allowed stays visible as its text, but goes nowhere.
  if (!safe) return <span className="md-unsafe-link">{children}</span>;
  if (safe.startsWith('#')) {
    return (
      <a href={safe} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={safe} rel="nofollow noopener noreferrer" target="_blank" {...rest}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

function MarkdownImage({ src, alt, title, node: _node }: Props<'img'>) {
  const safe = typeof src === 'string' ? safeMarkdownImageSrc(src) : null;
  if (!safe) {
    return <span className="md-image-placeholder">{alt ? `[Image: ${alt}]` : '[Image not shown]'}</span>;
  }
  return <img src={safe} alt={alt ?? ''} title={title} loading="lazy" />;
}

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
}

/**
 * A remark plugin: headings in the text move under the page's own headings.
 * The levels used become consecutive from `lowest` (e.g. # and ### → h4 and h5),
 * so the page's outline never skips a level.
 */
function remarkFitHeadings(lowest: number) {
  return () => (tree: MdNode) => {
    const headings: MdNode[] = [];
    const walk = (node: MdNode) => {
      if (node.type === 'heading') headings.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    const depths = [...new Set(headings.map((heading) => heading.depth ?? 1))].sort((a, b) => a - b);
    for (const heading of headings) heading.depth = Math.min(6, lowest + depths.indexOf(heading.depth ?? 1));
  };
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

/**
 * Renders Markdown written by people, safely: raw HTML is shown as text (never
 * parsed), links go only to http(s)/mailto/this site and open in a new tab with
 * rel="nofollow noopener noreferrer", images only from our own /storage/.
 */
export function MarkdownText({ source, headingLevel = 4, className, empty = null }: MarkdownTextProps) {
  if (!source.trim()) return <>{empty}</>;
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkFitHeadings(Math.max(2, headingLevel))]}
        urlTransform={urlTransform}
        components={{ a: MarkdownLink, img: MarkdownImage }}
      >
        {source}
      </Markdown>
    </div>
  );
}
