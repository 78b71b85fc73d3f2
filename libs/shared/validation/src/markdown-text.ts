/**
 * Markdown as plain text, for places that cannot render it: search snippets,
 * calendar feeds, notification and email excerpts, the quote above a reply.
 * What people wrote stays; the markup goes: a link or mention keeps its text
 * (`[@Alice](/people/<id>)` reads "@Alice"), emphasis and code markers are
 * dropped, headings and quotes lose their markers. Not a parser: it reads the
 * Markdown our composer writes (CommonMark and GFM), and leaves anything it does
 * not recognise as it is (so "2 * 3" and snake_case_names survive).
 */
export interface PlainTextOptions {
  /**
   * Keep the lines: paragraphs stay apart and list items stay one per line
   * (bulleted "• ", numbered as written). Without it, everything is one line.
   */
  lines?: boolean;
}

const FENCE = /^[ \t]*(```|~~~)[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;
const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?|mailto):[^\s<>]+)>/g;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm;
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/gm;
const RULE = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm;
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/gm;
const NUMBERED = /^([ \t]*)(\d{1,9})[.)][ \t]+/gm;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const CODE = /`+([^`]*)`+/g;
// Single * or _ emphasis: only around words (so "2 * 3", "*nix" and snake_case stay).
const EMPHASIS_STAR = /(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g;
const EMPHASIS_UNDERSCORE = /(^|[^\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~>])/g;

export function plainTextFromMarkdown(markdown: string, options: PlainTextOptions = {}): string {
  // Escaped characters are set aside first, so no rule below takes them for markup.
  const escaped: string[] = [];
  let text = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[\uE000\uE001]/g, '')
    .replace(ESCAPE, (_m, char: string) => `\uE000${escaped.push(char) - 1}\uE001`);
  // Code blocks keep their content (people search and read it), without the fences.
  text = text.replace(FENCE, (_m, _fence, body: string) => body);
  text = text
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(/^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$/gm, '')
    .replace(RULE, '')
    .replace(HEADING, '$1')
    .replace(QUOTE, '')
    .replace(BULLET, options.lines ? '$1• ' : '$1')
    .replace(NUMBERED, options.lines ? '$1$2. ' : '$1')
    .replace(STRONG, '$2')
    .replace(STRIKE, '$1')
    .replace(CODE, '$1')
    .replace(EMPHASIS_STAR, '$1$2')
    .replace(EMPHASIS_UNDERSCORE, '$1$2')
    .replace(/\uE000(\d+)\uE001/g, (_m, index: string) => escaped[Number(index)] ?? '');
  if (!options.lines) return text.replace(/\s+/g, ' ').trim();
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** At most `max` characters, ended with "…" when shortened. */
export function shortenText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
