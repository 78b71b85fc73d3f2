import { findMentionTrigger, insertMention, mentionMarkdown } from './mention-rules';

describe('mention rules', () => {
  it('finds "@" and the start of a name just before the caret', () => {
    expect(findMentionTrigger('Thanks @Me', 10)).toEqual({ start: 7, end: 10, query: 'Me' });
    expect(findMentionTrigger('@Mel', 4)).toEqual({ start: 0, end: 4, query: 'Mel' });
    expect(findMentionTrigger('Hi @Mel Mem', 11)).toEqual({ start: 3, end: 11, query: 'Mel Mem' });
    expect(findMentionTrigger('(@Zoë', 5)).toEqual({ start: 1, end: 5, query: 'Zoë' });
  });

  it('ignores emails, a lone "@", digits first, and text typed on after two words', () => {
    expect(findMentionTrigger('mel@example', 11)).toBeNull();
    expect(findMentionTrigger('Hi @', 4)).toBeNull();
    expect(findMentionTrigger('Hi @1', 5)).toBeNull();
    expect(findMentionTrigger('Hi @Mel Member is here', 22)).toBeNull();
    expect(findMentionTrigger('Hi @Mel', 3)).toBeNull();
  });

  it('leaves an inserted mention’s label alone', () => {
    expect(findMentionTrigger('[@Mel', 5)).toBeNull();
  });

  it('writes the exact Markdown the API reads, keeping brackets out of the label', () => {
    expect(mentionMarkdown({ id: 'u-1', name: 'Mel Member' })).toBe('[@Mel Member](/people/u-1)');
    expect(mentionMarkdown({ id: 'u-2', name: 'Sam [Chair]' })).toBe('[@Sam (Chair)](/people/u-2)');
  });

  it('replaces what was typed and puts the caret after the mention and a space', () => {
    const text = 'Thanks @Me for this';
    const trigger = findMentionTrigger(text, 10)!;
    const result = insertMention(text, trigger, { id: 'u-1', name: 'Mel Member' });
    expect(result.text).toBe('Thanks [@Mel Member](/people/u-1) for this');
    expect(result.caret).toBe('Thanks [@Mel Member](/people/u-1)'.length);
    const atEnd = insertMention('@Me', findMentionTrigger('@Me', 3)!, { id: 'u-1', name: 'Mel Member' });
    expect(atEnd).toEqual({ text: '[@Mel Member](/people/u-1) ', caret: 27 });
  });
});
