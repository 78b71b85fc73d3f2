/**
 * @mentions are written into Markdown as `[@Full Name](/people/<user id>)`: that
 * exact form is what the API reads to notify the person, and it renders as a
 * link to them.
 */

export interface MentionTrigger {
  /** Where the `@` is in the text. */
  start: number;
  /** The caret: the end of what is being replaced. */
  end: number;
  /** What follows the `@`: the start of a name. */
  query: string;
}

/** At most two words ("Mel", "Mel Mem"), so typing on after an unfinished mention closes the list. */
const TRIGGER = /(?:^|[\s(["'“‘])@(\p{L}[\p{L}\p{M}\p{N}'’.-]*(?: [\p{L}\p{M}\p{N}'’.-]*)?)$/u;
const LOOK_BACK = 80;

/** The mention being typed just before the caret, if any: `@` after a space or the start, then a letter. */
export function findMentionTrigger(text: string, caret: number): MentionTrigger | null {
  if (caret < 2) return null;
  const from = Math.max(0, caret - LOOK_BACK);
  const before = text.slice(from, caret);
  const match = TRIGGER.exec(before);
  if (!match) return null;
  const query = match[1] as string;
  const start = caret - query.length - 1;
  // Inside an existing mention's label, e.g. "[@Mel" being edited: leave it alone.
  if (start > 0 && text[start - 1] === '[') return null;
  return { start, end: caret, query };
}

/**
 * Brackets and backslashes in a name would end the link text early (and the API
 * reads the label up to the first "]"), so they become parentheses or go.
 */
function safeLabel(name: string): string {
  return name.replace(/\[/g, '(').replace(/\]/g, ')').replace(/\\/g, '').replace(/\s+/g, ' ').trim();
}

export function mentionMarkdown(user: { id: string; name: string }): string {
  return `[@${safeLabel(user.name)}](/people/${user.id})`;
}

/** The text with the trigger replaced by the mention and a space, and where the caret goes. */
export function insertMention(text: string, trigger: MentionTrigger, user: { id: string; name: string }): { text: string; caret: number } {
  const mention = mentionMarkdown(user);
  const after = text.slice(trigger.end);
  const spacer = after.startsWith(' ') || after.startsWith('\n') ? '' : ' ';
  const next = `${text.slice(0, trigger.start)}${mention}${spacer}${after}`;
  return { text: next, caret: trigger.start + mention.length + (spacer ? 1 : 0) };
}
