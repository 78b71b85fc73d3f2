import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MarkdownField } from './markdown-field';
import { MarkdownText, safeMarkdownHref, safeMarkdownImageSrc } from './markdown';

const ORIGIN = 'http://localhost:3000';

describe('MarkdownText', () => {
  it('shows raw HTML as text: no script, no img with onerror', () => {
    const { container } = render(
      <MarkdownText source={'Hello <script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\n<b>bold?</b>'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<script>alert("x")</script>');
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.innerHTML).not.toMatch(/<img|<script/);
    expect(container.querySelector('[onerror]')).toBeNull();
  });

  it('renders Markdown: emphasis, lists, GFM tables and strikethrough', () => {
    const { container } = render(<MarkdownText source={'**Bold** and ~~gone~~\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |'} />);
    expect(container.querySelector('strong')?.textContent).toBe('Bold');
    expect(container.querySelector('del')?.textContent).toBe('gone');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('table td')?.textContent).toBe('1');
  });

  it('does not make javascript: (or data:) links clickable', () => {
    const { container } = render(
      <MarkdownText source={'[click me](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>) and <javascript:alert(2)>'} />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('click me').tagName).toBe('SPAN');
    // The autolink's text stays readable, but nothing carries the address.
    expect(container.querySelector('[href]')).toBeNull();
  });

  it('opens external links in a new tab with rel="nofollow noopener noreferrer"', () => {
    render(<MarkdownText source={'See [the council](https://www.cheshireeast.gov.uk/) or https://example.org'} />);
    const link = screen.getByRole('link', { name: /^the council\s*\(opens in a new tab\)$/ });
    expect(link.getAttribute('href')).toBe('https://www.cheshireeast.gov.uk/');
    expect(link.getAttribute('rel')).toBe('nofollow noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    // GFM autolinks get the same treatment.
    expect(screen.getByRole('link', { name: /^https:\/\/example\.org\s*\(opens in a new tab\)$/ }).getAttribute('rel')).toBe(
      'nofollow noopener noreferrer',
    );
  });

  it('shows an @mention ([@Name](/people/<id>)) as a same-tab link to the person\'s profile', () => {
    const { container } = render(<MarkdownText source={'Over to [@Mel Member](/people/0b6f3c2e-1111-4a4a-8b8b-000000000001) and [people](/people/list)'} />);
    expect(container.querySelector('a.md-mention')?.textContent).toBe('@Mel Member');
    const mention = screen.getByRole('link', { name: '@Mel Member' });
    expect(mention.getAttribute('href')).toBe('/people/0b6f3c2e-1111-4a4a-8b8b-000000000001');
    expect(mention.getAttribute('target')).toBeNull();
    // Any other address on the site is an ordinary link (new tab).
    expect(screen.getByRole('link', { name: /^people\s*\(opens in a new tab\)$/ })).toBeTruthy();
  });

  it('shows images only from our own /storage/, else the alt text as a placeholder', () => {
    const { container } = render(
      <MarkdownText source={'![Our poster](/storage/files/poster.png)\n\n![Tracker](https://evil.example/pixel.gif)\n\n![](//evil.example/storage/x.png)'} />,
    );
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0].getAttribute('src')).toBe('/storage/files/poster.png');
    expect(images[0].getAttribute('alt')).toBe('Our poster');
    expect(screen.getByText('[Image: Tracker]').closest('a')).toBeNull();
    expect(screen.getByText('[Image not shown]')).toBeTruthy();
  });

  it('keeps headings in the text below the page’s own headings', () => {
    render(<MarkdownText source={'# Big\n\n### Smaller\n\n## Middle'} headingLevel={4} />);
    expect(screen.getByRole('heading', { name: 'Big' }).tagName).toBe('H4');
    expect(screen.getByRole('heading', { name: 'Middle' }).tagName).toBe('H5');
    expect(screen.getByRole('heading', { name: 'Smaller' }).tagName).toBe('H6');
  });

  it('starts a text’s first heading level at the given level, whatever it was written as', () => {
    render(<MarkdownText source={'## Plan\n\n#### Detail'} headingLevel={4} />);
    expect(screen.getByRole('heading', { name: 'Plan' }).tagName).toBe('H4');
    expect(screen.getByRole('heading', { name: 'Detail' }).tagName).toBe('H5');
  });
});

describe('safe Markdown addresses', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['mailto:hello@example.org', 'mailto:hello@example.org'],
    ['#post-3', '#post-3'],
    ['/n/macclesfield', `${ORIGIN}/n/macclesfield`],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['vbscript:msgbox', null],
    ['data:text/html,hi', null],
  ])('href %s → %s', (input, expected) => {
    expect(safeMarkdownHref(input, ORIGIN)).toBe(expected);
  });

  it.each([
    ['/storage/a.png', '/storage/a.png'],
    [`${ORIGIN}/storage/a.png?v=2`, '/storage/a.png?v=2'],
    ['/storage/../graphql', null],
    ['//evil.example/storage/a.png', null],
    ['/\\evil.example/storage/a.png', null],
    ['https://evil.example/storage/a.png', null],
    ['/uploads/a.png', null],
    ['data:image/png;base64,AAAA', null],
  ])('image %s → %s', (input, expected) => {
    expect(safeMarkdownImageSrc(input, ORIGIN)).toBe(expected);
  });
});

describe('MarkdownField', () => {
  it('previews the text safely', async () => {
    function Harness() {
      return <MarkdownField label="Message" value={'**Hi** <script>x()</script>'} onChange={() => {}} />;
    }
    const { container } = render(<Harness />);
    const toggle = screen.getByRole('button', { name: 'Preview' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const preview = screen.getByRole('region', { name: 'Preview of message' });
    expect(preview.querySelector('strong')?.textContent).toBe('Hi');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByLabelText('Message')).toBeTruthy();
  });
});

describe('MarkdownText before its renderer has loaded', () => {
  it('shows the text as written, then the formatted Markdown', async () => {
    vi.resetModules();
    // A fresh copy of the module: its renderer is not loaded yet (the test setup loaded the other copy's).
    const fresh = await import('./markdown');
    const { container } = render(<fresh.MarkdownText source={'Hello **there**\n\nSecond paragraph'} />);
    expect(container.querySelector('.markdown-pending')?.textContent).toContain('Hello **there**');
    expect(container.querySelectorAll('.markdown-pending p')).toHaveLength(2);
    expect((await screen.findByText('there', {}, { timeout: 5000 })).tagName).toBe('STRONG');
    expect(container.querySelector('.markdown-pending')).toBeNull();
  });
});
