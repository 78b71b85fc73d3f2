import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery, type AnyVariables, type OperationContext } from 'urql';
import { describeError, type LibraryDocumentSummaryFragment } from '@community-hub/web-graphql';
import { EmptyState, ErrorAlert, Loading, NextPageItem, RelativeTime, usePageCursors, type PageChunk, type PageSource } from '@community-hub/web-ui';
import { documentPath, formatBytes, KIND_LABELS } from './file-rules';

export const DOCUMENTS_PAGE = 50;

/** Lists without a Document in them must still refetch after an upload. */
const DOCUMENTS_CONTEXT: Partial<OperationContext> = { additionalTypenames: ['Document'] };

/** Where a space's documents come from: a network's library or a consortium's workspace. */
export type DocumentPageSource<Data, Variables extends AnyVariables> = PageSource<Data, Variables, LibraryDocumentSummaryFragment>;

export interface DocumentTableProps<Data, Variables extends AnyVariables> {
  /** The network's slug (document links are /n/<slug>/d/<id>). */
  slug: string;
  caption: string;
  source: DocumentPageSource<Data, Variables>;
  /** The list starts over at the first page when this changes (another folder, other filters). */
  filterKey: string;
  emptyText?: string;
  /** With it, a row lists its document's tags, each a link to the list filtered by that tag. */
  tagPath?(tag: string): string;
}

/**
 * A space's documents, one cursor page per `<tbody>` (each page is its own query,
 * so a mutation refreshes only what it touches). Used by the network library and
 * by a consortium's private workspace.
 */
export function DocumentTable<Data, Variables extends AnyVariables>({ caption, filterKey, ...rest }: DocumentTableProps<Data, Variables>) {
  const { pages } = usePageCursors(filterKey);
  return (
    <table className="data-table documents-table stack-narrow">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Kind</th>
          <th scope="col">File</th>
          <th scope="col">Size</th>
          <th scope="col">Uploaded by</th>
          <th scope="col">Date</th>
        </tr>
      </thead>
      {pages.map(({ key, ...chunk }) => (
        <DocumentChunk key={key} {...chunk} {...rest} />
      ))}
    </table>
  );
}

function DocumentChunk<Data, Variables extends AnyVariables>({
  slug,
  source,
  after,
  first,
  last,
  emptyText = 'No documents here yet.',
  tagPath,
  onLoadMore,
}: Omit<PageChunk, 'key'> & Omit<DocumentTableProps<Data, Variables>, 'caption' | 'filterKey'>) {
  const [{ data, fetching, error }] = useQuery<Data, Variables>({
    query: source.query,
    variables: { ...source.variables, first: DOCUMENTS_PAGE, after } as unknown as Variables,
    context: DOCUMENTS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data ? source.select(data) : null;
  const problem = describeError(error);
  const message = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={6}>{content}</td>
      </tr>
    </tbody>
  );
  if (fetching && !data) return message(<Loading label="Loading documents…" />);
  if (problem) return message(<ErrorAlert>{problem.message}</ErrorAlert>);
  if (!page) return null;
  return (
    <tbody>
      {first && !page.nodes.length ? (
        <tr>
          <td colSpan={6}>
            <EmptyState>{emptyText}</EmptyState>
          </td>
        </tr>
      ) : null}
      {page.nodes.map((document) => (
        <DocumentRow key={document.id} slug={slug} document={document} tagPath={tagPath} />
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <tr>
          <td colSpan={6}>
            <ul className="plain-list">
              <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} />
            </ul>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

function DocumentRow({ slug, document, tagPath }: { slug: string; document: LibraryDocumentSummaryFragment; tagPath?(tag: string): string }) {
  const version = document.currentVersion;
  return (
    <tr>
      <th scope="row">
        <Link to={documentPath(slug, document.id)}>{document.title}</Link>
        {tagPath && document.tags.length ? (
          <ul className="tag-list" aria-label={`Tags of ${document.title}`}>
            {document.tags.map((value) => (
              <li key={value}>
                <Link to={tagPath(value)} aria-label={`Show documents tagged ${value}`}>
                  {value}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </th>
      <td data-label="Kind">{KIND_LABELS[document.kind]}</td>
      <td data-label="File" className="filename">{version.filename}</td>
      <td data-label="Size">{formatBytes(version.size)}</td>
      <td data-label="Uploaded by">{version.uploadedBy.name}</td>
      <td data-label="Date">
        <RelativeTime iso={version.createdAt} />
      </td>
    </tr>
  );
}
