import { render } from '@testing-library/react';
import { Snippet, snippetParts } from './snippet';

describe('snippetParts', () => {
  it('splits the API snippet into plain text and matches', () => {
    expect(snippetParts('We collect «coats» and «hats».')).toEqual([
      { text: 'We collect ', match: false },
      { text: 'coats', match: true },
      { text: ' and ', match: false },
      { text: 'hats', match: true },
      { text: '.', match: false },
    ]);
  });

  it('drops stray markers instead of showing them', () => {
    expect(snippetParts('a » b «c')).toEqual([
      { text: 'a  b ', match: false },
      { text: 'c', match: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('Snippet', () => {
  it('renders matches as <mark> and nothing else as markup', () => {
    const { container } = render(<Snippet text="Bring «warm» coats to the «hall»" />);
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['warm', 'hall']);
    expect(container.textContent).toBe('Bring warm coats to the hall');
  });

  it('shows a <script> in a snippet as text, never as an element', () => {
    const { container } = render(<Snippet text={'Say «hello» <script>alert(1)</script> <b>bold</b>'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('Say hello <script>alert(1)</script> <b>bold</b>');
    expect(container.querySelector('mark')?.textContent).toBe('hello');
  });

  it('marks a match that contains markup as text too', () => {
    const { container } = render(<Snippet text={'«<img src=x onerror=alert(1)>»'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
