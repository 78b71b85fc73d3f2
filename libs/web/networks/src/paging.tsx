import { useEffect, useRef, useState } from 'react';

export const PAGE_SIZE = 20;

/**
 * Cursor pagination as a list of page cursors: each page is its own query, so
 * urql's cache refreshes any page a mutation touches. `reset` starts over when
 * the filters change.
 */
export function usePageCursors(filterKey: string) {
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({ key: filterKey, cursors: [null] });
  const cursors = state.key === filterKey ? state.cursors : [null];
  return {
    cursors,
    loadMore: (endCursor: string) =>
      setState((current) => ({
        key: filterKey,
        cursors: [...(current.key === filterKey ? current.cursors : [null]), endCursor],
      })),
  };
}

/** The "Load more" row at the end of a list. */
export function LoadMoreItem({ onLoadMore, busy }: { onLoadMore(): void; busy?: boolean }) {
  return (
    <li className="load-more">
      <button type="button" className="button button-secondary" onClick={onLoadMore} disabled={busy}>
        Load more
      </button>
    </li>
  );
}

/**
 * When "Load more" brings a new page, the button goes away; move keyboard focus
 * to the first new item so people carry on from where they were.
 */
export function useFocusWhenLoaded<T extends HTMLElement>(shouldFocus: boolean, loaded: boolean) {
  const ref = useRef<T>(null);
  const done = useRef(false);
  useEffect(() => {
    if (shouldFocus && loaded && !done.current && ref.current) {
      done.current = true;
      ref.current.focus();
    }
  }, [shouldFocus, loaded]);
  return ref;
}
