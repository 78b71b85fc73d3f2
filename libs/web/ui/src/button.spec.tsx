import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Button, ButtonLink } from './button';
import { NextPageItem, usePageCursors } from './paging';

describe('Button', () => {
  it('carries the look as classes and does not submit its form unless it is type="submit"', async () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button variant="danger" size="small" className="extra">
          Remove
        </Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    );
    const remove = screen.getByRole('button', { name: 'Remove' });
    expect(remove.className).toBe('button button-danger button-small extra');
    expect(remove.getAttribute('type')).toBe('button');
    await userEvent.click(remove);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Save' }).className).toBe('button button-primary');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('ButtonLink is a link with the same look', () => {
    render(
      <MemoryRouter>
        <ButtonLink to="/n/x/events/new" variant="primary">
          New event
        </ButtonLink>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'New event' });
    expect(link.getAttribute('href')).toBe('/n/x/events/new');
    expect(link.className).toBe('button button-primary');
  });
});

function Pages({ filterKey, endCursor }: { filterKey: string; endCursor: string | null }) {
  const { pages } = usePageCursors(filterKey);
  return (
    <ul>
      {pages.map(({ key, after, last, onLoadMore }) => (
        <li key={key} data-after={after ?? ''} data-last={last}>
          {last ? (
            <ul>
              <NextPageItem pageInfo={{ hasNextPage: endCursor !== null, endCursor: `${endCursor}${after ?? ''}` }} onLoadMore={onLoadMore} />
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

describe('paging', () => {
  it('adds a page per "Load more", offers it only on the last page, and starts over when the filters change', async () => {
    const { container, rerender } = render(<Pages filterKey="a" endCursor="c" />);
    const afters = () => [...container.querySelectorAll('[data-after]')].map((item) => item.getAttribute('data-after'));
    expect(afters()).toEqual(['']);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(afters()).toEqual(['', 'c']);
    expect(screen.getAllByRole('button', { name: 'Load more' })).toHaveLength(1);
    rerender(<Pages filterKey="b" endCursor="c" />);
    expect(afters()).toEqual(['']);
    rerender(<Pages filterKey="b" endCursor={null} />);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
