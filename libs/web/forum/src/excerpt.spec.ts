import { excerpt } from './post-item';

describe('excerpt (the quote above a reply)', () => {
  it('keeps list items one per line, as plain text', () => {
    expect(excerpt('We need:\n\n- **gloves**\n- [spades](https://x.example)\n* a _flask_')).toBe('We need:\n• gloves\n• spades\n• a flask');
  });

  it('shortens long quotes and says so', () => {
    expect(excerpt('1\n2\n3\n4\n5\n6\n7', 200, 6)).toBe('1\n2\n3\n4\n5\n6…');
    expect(excerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
