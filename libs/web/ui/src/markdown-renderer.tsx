import { useCallback, type ComponentPropsWithoutRef, type JSX, type ReactNode } from 'react';
import Markdown, { type ExtraProps } from 'react-markdown';
import { Link, useInRouterContext } from 'react-router';
import remarkGfm from 'remark-gfm';
import { safeMarkdownHref, safeMarkdownImageSrc, type MarkdownTextProps } from './markdown';
import { useSiteOrigin } from './site-origin';

function urlTransform(url: string, key: string, origin: string): string | null {
  if (key === 'src') return safeMarkdownImageSrc(url, origin);
  if (key === 'href') return safeMarkdownHref(url, origin);
  return null;
}

type Props<T extends keyof JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & ExtraProps;

/** An @mention as the composer writes it: `[@Name](/people/<user id>)`, a link to the person's profile (same tab). */
const MENTION_PATH = /^\/people\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The profile path an @mention points at, or null when the link is not a mention. */
function mentionPath(href: string | undefined, origin: string): string | null {
  if (!href) return null;
  try {
    // By now the address has been made absolute (urlTransform).
    const url = new URL(href, origin);
    return url.origin === new URL(origin).origin && MENTION_PATH.test(url.pathname) && !url.search && !url.hash ? url.pathname : null;
  } catch {
    return null;
  }
}

function MentionLink({ path, children }: { path: string; children: ReactNode }) {
  // Inside the app, the router follows it; rendered on its own (no router), a plain link.
  const routed = useInRouterContext();
  return routed ? (
    <Link to={path} className="md-mention">
      {children}
    </Link>
  ) : (
    <a href={path} className="md-mention">
      {children}
    </a>
  );
}

function MarkdownLink({ href, children, node: _node, ...rest }: Props<'a'>) {
  const origin = useSiteOrigin();
  const mention = mentionPath(href, origin);
  if (mention) return <MentionLink path={mention}>{children}</MentionLink>;
  const safe = safeMarkdownHref(href, origin);
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
  const origin = useSiteOrigin();
  const safe = typeof src === 'string' ? safeMarkdownImageSrc(src, origin) : null;
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

/** The Markdown itself (react-markdown with GitHub's extensions): loaded with the first page that shows Markdown. */
export function MarkdownRenderer({ source, headingLevel = 4, className }: Omit<MarkdownTextProps, 'empty'>) {
  const origin = useSiteOrigin();
  const transform = useCallback((url: string, key: string) => urlTransform(url, key, origin), [origin]);
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkFitHeadings(Math.max(2, headingLevel))]}
        urlTransform={transform}
        components={{ a: MarkdownLink, img: MarkdownImage }}
      >
        {source}
      </Markdown>
    </div>
  );
}
