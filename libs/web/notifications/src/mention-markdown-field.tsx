import { forwardRef, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { MarkdownField, useDebouncedValue, type MarkdownFieldProps } from '@community-hub/web-ui';
import { findMentionTrigger, insertMention, type MentionTrigger } from './mention-rules';
import { mentionableUsersQuery } from './notifications.documents';

export const MENTION_SUGGESTIONS = 8;
export const MENTION_DEBOUNCE_MS = 150;

export interface MentionMarkdownFieldProps extends MarkdownFieldProps {
  /** The network or consortium the text is written in: only people who can read it are offered. */
  spaceId: string | null | undefined;
}

/**
 * A Markdown field where typing `@` and the start of a name offers people to
 * mention, with the combobox keyboard pattern: focus stays in the text; Up/Down
 * move through the list, Enter or Tab inserts `[@Name](/people/<id>)`, Escape
 * closes it.
 * Everything else behaves as the plain Markdown field.
 */
export const MentionMarkdownField = forwardRef<HTMLTextAreaElement, MentionMarkdownFieldProps>(function MentionMarkdownField(
  { spaceId, value, onChange, onKeyDown, onSelect, onBlur, ...field },
  ref,
) {
  const ids = useId();
  const listboxId = `${ids}-mentions`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => textarea.current as HTMLTextAreaElement);
  const [trigger, setTrigger] = useState<MentionTrigger | null>(null);
  // Escape closes the list for the mention being typed; a new `@` opens it again.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const pendingCaret = useRef<number | null>(null);

  const typing = !!spaceId && !!trigger && trigger.start !== dismissed;
  const query = useDebouncedValue(typing ? (trigger?.query ?? '') : '', MENTION_DEBOUNCE_MS);
  const [{ data }] = useQuery({
    query: mentionableUsersQuery,
    variables: { spaceId: spaceId ?? '', query, first: MENTION_SUGGESTIONS },
    pause: !typing || !query,
  });
  const users = typing && query && data ? data.mentionableUsers : [];
  const expanded = users.length > 0;
  const activeIndex = Math.min(active, users.length - 1);
  const optionId = (index: number) => `${ids}-mention-${index}`;

  // New suggestions: the first is highlighted, so Enter picks the best match.
  useEffect(() => setActive(0), [data]);

  // After inserting a mention, put the caret just after it.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !textarea.current) return;
    pendingCaret.current = null;
    textarea.current.setSelectionRange(caret, caret);
  }, [value]);

  function track(text: string) {
    const element = textarea.current;
    const caret = element && element.selectionStart === element.selectionEnd ? element.selectionStart : null;
    setTrigger(caret === null ? null : findMentionTrigger(text, caret));
  }

  function pick(index: number) {
    const user = users[index];
    if (!user || !trigger) return;
    const next = insertMention(value, trigger, user);
    pendingCaret.current = next.caret;
    setTrigger(null);
    onChange(next.text);
  }

  function onKeys(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (expanded) {
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          setActive((current) => (current + 1) % users.length);
          return;
        case 'ArrowUp':
          event.preventDefault();
          setActive((current) => (current <= 0 ? users.length - 1 : current - 1));
          return;
        case 'Enter':
        case 'Tab':
          if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) break;
          event.preventDefault();
          pick(activeIndex);
          return;
        case 'Escape':
          event.preventDefault();
          event.stopPropagation();
          setDismissed(trigger?.start ?? null);
          return;
        default:
          break;
      }
    }
    onKeyDown?.(event);
  }

  return (
    <div className="mention-field">
      <MarkdownField
        {...field}
        ref={textarea}
        value={value}
        onChange={(text) => {
          onChange(text);
          track(text);
        }}
        onSelect={(event) => {
          track(event.currentTarget.value);
          onSelect?.(event);
        }}
        onBlur={(event) => {
          setTrigger(null);
          onBlur?.(event);
        }}
        onKeyDown={onKeys}
        // The combobox keyboard pattern on the textarea's own textbox role: ARIA in HTML allows
        // no role="combobox" (nor aria-expanded) on a textarea, but a textbox may own an
        // autocomplete list through aria-autocomplete, aria-controls and aria-activedescendant.
        aria-autocomplete="list"
        aria-controls={expanded ? listboxId : undefined}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        belowInput={
          expanded ? (
            <ul role="listbox" id={listboxId} aria-label="People to mention" className="mention-listbox">
              {users.map((user, index) => (
                <li
                  key={user.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className="mention-option"
                  // Keep focus (and the caret) in the text: the option is chosen on click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(index)}
                >
                  @{user.name}
                </li>
              ))}
            </ul>
          ) : null
        }
      />
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${users.length === 1 ? '1 person' : `${users.length} people`} to mention. Up and down arrows to choose, Enter to insert.` : ''}
      </p>
    </div>
  );
});
