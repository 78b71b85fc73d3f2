import { plainTextFromMarkdown, shortenText } from './markdown-text';

describe('plainTextFromMarkdown', () => {
  it('keeps what people wrote and drops the markup', () => {
    expect(plainTextFromMarkdown('Hi [@Alice Smith](/people/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11), we meet **Tuesdays** at _the hall_.')).toBe(
      'Hi @Alice Smith, we meet Tuesdays at the hall.',
    );
    expect(plainTextFromMarkdown('# Heading\n\nTwo years, **sadly**. See [the list](https://x.example/a_(b)) and `code`.\n> quoted')).toBe(
      'Heading Two years, sadly. See the list and code. quoted',
    );
    expect(plainTextFromMarkdown('![a map](/m.png) <https://x.example> ~~old~~ new \\*literal\\*')).toBe('a map https://x.example old new *literal*');
    expect(plainTextFromMarkdown('```js\nconst a = 1;\n```\nafter')).toBe('const a = 1; after');
  });

  it('leaves what only looks like markup', () => {
    expect(plainTextFromMarkdown('Bring <gloves> & snake_case_names, 2 * 3 = 6, *nix')).toBe('Bring <gloves> & snake_case_names, 2 * 3 = 6, *nix');
  });

  it('keeps lines and list items apart when asked', () => {
    const markdown = 'Please bring:\n\n- gloves\n- **spades**\n* [ ] a flask\n\n1. first\n2) second\n\n\n\nThanks';
    expect(plainTextFromMarkdown(markdown, { lines: true })).toBe('Please bring:\n\n• gloves\n• spades\n• a flask\n\n1. first\n2. second\n\nThanks');
    expect(plainTextFromMarkdown(markdown)).toBe('Please bring: gloves spades a flask first second Thanks');
  });
});

describe('shortenText', () => {
  it('ends a shortened text with an ellipsis', () => {
    expect(shortenText('word '.repeat(100).trim(), 20)).toBe('word word word word…');
    expect(shortenText('short', 20)).toBe('short');
  });
});
