import { useEffect, useRef, useState } from 'react';
import type { AnyVariables, DocumentInput, OperationContext } from 'urql';
import { Button } from './button';

export const PAGE_SIZE = 20;

/** One page of a cursor-paged list, as its chunk component receives it. */
export interface PageChunk {
  /** Stable React key for the page. */
  key: string;
  /** The cursor the page starts after (null for the first page). */
  after: string | null;
  first: boolean;
  /** Only the last page offers "Load more". */
  last: boolean;
  onLoadMore(endCursor: string): void;
}

/** What a connection says about the page after this one. */
export interface NextPageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Where a paged list of one space's items comes from (a network's or a consortium
 * workspace's threads, documents): the query, its variables but for `first` and
 * `after` (which the list sets page by page), and the connection in a page's result.
 */
export interface PageSource<Data, Variables extends AnyVariables, Node> {
  query: DocumentInput<Data, Variables>;
  variables: Omit<Variables, 'first' | 'after'>;
  select(data: Data): { nodes: readonly Node[]; pageInfo: NextPageInfo } | null | undefined;
  context?: Partial<OperationContext>;
}

/**
 * Cursor pagination as a list of page cursors: each page is its own query, so
 * urql's cache refreshes any page a mutation touches. The list starts over
 * when `filterKey` changes (new filters, another folder).
 */
export function usePageCursors(filterKey: string) {
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({ key: filterKey, cursors: [null] });
  const cursors = state.key === filterKey ? state.cursors : [null];
  const loadMore = (endCursor: string) =>
    setState((current) => ({
      key: filterKey,
      cursors: [...(current.key === filterKey ? current.cursors : [null]), endCursor],
    }));
  const pages: PageChunk[] = cursors.map((after, index) => ({
    key: `${filterKey}:${after ?? ''}`,
    after,
    first: index === 0,
    last: index === cursors.length - 1,
    onLoadMore: loadMore,
  }));
  return { cursors, loadMore, pages };
}

/** The "Load more" row at the end of a list. */
export function LoadMoreItem({ onLoadMore, busy }: { onLoadMore(): void; busy?: boolean }) {
  return (
    <li className="load-more">
      <Button variant="secondary" onClick={onLoadMore} disabled={busy}>
        Load more
      </Button>
    </li>
  );
}

/** "Load more" after a page when its connection has a next page; nothing otherwise. */
export function NextPageItem({ pageInfo, onLoadMore }: { pageInfo: NextPageInfo; onLoadMore(endCursor: string): void }) {
  const { hasNextPage, endCursor } = pageInfo;
  if (!hasNextPage || !endCursor) return null;
  return <LoadMoreItem onLoadMore={() => onLoadMore(endCursor)} />;
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
