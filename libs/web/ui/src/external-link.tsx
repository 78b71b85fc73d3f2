import type { ReactNode } from 'react';

/** Only http(s) addresses become links: never javascript:, data: or anything else. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link to somewhere outside Community Hub, written by a user: no referrer, no ranking boost. */
export function ExternalLink({ href, children }: { href: string | null | undefined; children?: ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return href ? <span>{href}</span> : null;
  return (
    <a href={safe} rel="nofollow noopener noreferrer" target="_blank" className="external-link">
      {children ?? displayUrl(safe)}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** "https://www.example.org/" → "www.example.org". */
export function displayUrl(href: string): string {
  const url = new URL(href);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.host}${path}${url.search}`;
}
