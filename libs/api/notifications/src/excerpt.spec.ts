import { excerpt } from './notifications.service';

describe('excerpt', () => {
  it('turns Markdown into one short line of plain text, keeping what people wrote', () => {
    expect(excerpt('# Heading\n\nTwo years, **sadly**. See [the list](https://x.example) and `code`.\n> quoted')).toBe('Heading Two years, sadly. See the list and code. quoted');
    expect(excerpt('Bring <gloves> & snake_case_names, 2 * 3')).toBe('Bring <gloves> & snake_case_names, 2 * 3');
    expect(excerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
