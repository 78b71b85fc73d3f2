/**
 * Mentions are Markdown links the composer inserts: `[@Mel Member](/people/<user id>)`.
 * They render as ordinary links, and name the person exactly (names repeat).
 */
const MENTION = /\[@[^\]\n]{1,120}\]\(\/people\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export function mentionedUserIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((m) => m[1].toLowerCase()))].slice(0, 50);
}
