import { Fragment } from 'react';

export interface SnippetPart {
  text: string;
  match: boolean;
}

const OPEN = '«';
const CLOSE = '»';

/**
 * Splits the API's snippet ("… the «coats» are …") into plain and matched
 * parts. The API strips « and » from the source text before highlighting, so
 * every pair marks a match; a stray marker is dropped rather than shown.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest) {
    const open = rest.indexOf(OPEN);
    if (open === -1) {
      parts.push({ text: rest.replaceAll(CLOSE, ''), match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open).replaceAll(CLOSE, ''), match: false });
    const close = rest.indexOf(CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    const matched = rest.slice(open + 1, end).replaceAll(OPEN, '');
    if (matched) parts.push({ text: matched, match: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return parts.filter((part) => part.text);
}

/**
 * A search snippet with its matches in <mark>. Everything is rendered as text
 * (React escapes strings), so markup typed into a post is shown, never run.
 */
export function Snippet({ text, className }: { text: string; className?: string }) {
  const parts = snippetParts(text);
  if (!parts.length) return null;
  return (
    <p className={className ? `search-snippet ${className}` : 'search-snippet'}>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </p>
  );
}
