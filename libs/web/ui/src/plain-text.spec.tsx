import { render, screen } from '@testing-library/react';
import { ExternalLink, safeHttpUrl } from './external-link';
import { PlainText } from './plain-text';

describe('PlainText', () => {
  it('shows markup as text and never creates elements from it', () => {
    const { container } = render(
      <PlainText text={'<img src=x onerror="alert(1)"> **bold** <script>alert(2)</script>\n[link](javascript:alert(3))'} />,
    );
    expect(container.querySelector('img, script, a, strong')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.textContent).toContain('**bold**');
  });

  it('keeps line breaks and makes paragraphs from blank lines', () => {
    const { container } = render(<PlainText text={'First line\nsecond line\n\nNew paragraph'} />);
    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].querySelectorAll('br')).toHaveLength(1);
    expect(paragraphs[1].textContent).toBe('New paragraph');
  });

  it('renders nothing for empty text', () => {
    const { container } = render(<PlainText text={'  \n '} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('ExternalLink', () => {
  it('links http(s) addresses with a safe rel', () => {
    render(<ExternalLink href="https://www.example.org/about" />);
    const link = screen.getByRole('link', { name: /www\.example\.org\/about/ });
    expect(link.getAttribute('href')).toBe('https://www.example.org/about');
    expect(link.getAttribute('rel')).toBe('nofollow noopener noreferrer');
  });

  it('refuses javascript: and data: addresses', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    render(<ExternalLink href="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
