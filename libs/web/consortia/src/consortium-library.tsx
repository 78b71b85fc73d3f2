import { useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { documentPath, folderTrail, FolderTree, formatBytes, KIND_LABELS, NewFolder, UploadPanel, type FolderNode } from '@community-hub/web-library';
import { LoadMoreItem, usePageCursors } from '@community-hub/web-networks';
import { EmptyState, ErrorAlert, Loading, RelativeTime, useDocumentTitle } from '@community-hub/web-ui';
import { consortiumDocumentsQuery, consortiumFoldersQuery } from './consortia.documents';
import { useConsortiumContext } from './consortium-context';
import { consortiumPath } from './consortia-shared';

export const WORKSPACE_DOCUMENTS_PAGE = 50;

const DOCUMENTS_CONTEXT = { additionalTypenames: ['Document'] };
const FOLDERS_CONTEXT = { additionalTypenames: ['Folder'] };

/** The consortium's private library: the library's own folder tree, new-folder and upload panels, in the workspace. */
export function ConsortiumLibrary() {
  const { consortium } = useConsortiumContext();
  const slug = consortium.network.slug;
  const [params] = useSearchParams();
  const folderId = params.get('folder') || null;
  const [{ data, error }] = useQuery({ query: consortiumFoldersQuery, variables: { id: consortium.id }, context: FOLDERS_CONTEXT });
  const folders = useMemo<FolderNode[]>(() => data?.consortium?.folders ?? [], [data]);
  const trail = folderTrail(folders, folderId);
  const current = trail[trail.length - 1] ?? null;
  const base = consortiumPath(slug, consortium.id, 'library');
  const pathFor = (id: string | null) => (id ? `${base}?folder=${encodeURIComponent(id)}` : base);
  const [round, setRound] = useState(0);
  useDocumentTitle(current ? `${current.name} · Library · ${consortium.name}` : `Library · ${consortium.name}`);

  return (
    <section aria-labelledby="workspace-library-heading" className="stack">
      <h2 id="workspace-library-heading">Library</h2>
      <p className="muted small">Documents here are private to the member organisations’ representatives.</p>
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      <div className="library-layout">
        <nav aria-label="Folders" className="folder-tree">
          <FolderTree slug={slug} folders={folders} currentId={current?.id ?? null} pathFor={pathFor} />
          <NewFolder consortiumId={consortium.id} parent={current} />
        </nav>
        <div className="stack library-main">
          {folderId && data && !current ? (
            <ErrorAlert>
              <p>
                This folder does not exist (any more). <Link to={base}>Back to the library</Link>
              </p>
            </ErrorAlert>
          ) : (
            <>
              <WorkspaceDocuments key={`${current?.id ?? ''}:${round}`} consortiumId={consortium.id} slug={slug} folderId={current?.id ?? null} folderName={current?.name ?? null} />
              <section aria-labelledby="workspace-upload-heading" className="stack panel">
                <h3 id="workspace-upload-heading">{current ? `Upload to “${current.name}”` : 'Upload documents'}</h3>
                <UploadPanel
                  key={current?.id ?? ''}
                  consortiumId={consortium.id}
                  slug={slug}
                  folderId={current?.id ?? null}
                  onFinished={() => setRound((value) => value + 1)}
                />
              </section>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function WorkspaceDocuments({ consortiumId, slug, folderId, folderName }: { consortiumId: string; slug: string; folderId: string | null; folderName: string | null }) {
  const { cursors, loadMore } = usePageCursors(folderId ?? '');
  return (
    <table className="data-table documents-table">
      <caption>{folderName ? `Documents in “${folderName}”` : 'Documents at the top level'}</caption>
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
      {cursors.map((after, index) => (
        <DocumentChunk
          key={after ?? ''}
          consortiumId={consortiumId}
          slug={slug}
          folderId={folderId}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          onLoadMore={loadMore}
        />
      ))}
    </table>
  );
}

function DocumentChunk({
  consortiumId,
  slug,
  folderId,
  after,
  first,
  last,
  onLoadMore,
}: {
  consortiumId: string;
  slug: string;
  folderId: string | null;
  after: string | null;
  first: boolean;
  last: boolean;
  onLoadMore(endCursor: string): void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: consortiumDocumentsQuery,
    variables: { id: consortiumId, folderId, first: WORKSPACE_DOCUMENTS_PAGE, after },
    context: DOCUMENTS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.consortium?.documents;
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
            <EmptyState>No documents here yet.</EmptyState>
          </td>
        </tr>
      ) : null}
      {page.nodes.map((document) => (
        <tr key={document.id}>
          <th scope="row">
            <Link to={documentPath(slug, document.id)}>{document.title}</Link>
          </th>
          <td>{KIND_LABELS[document.kind]}</td>
          <td className="filename">{document.currentVersion.filename}</td>
          <td>{formatBytes(document.currentVersion.size)}</td>
          <td>{document.currentVersion.uploadedBy.name}</td>
          <td>
            <RelativeTime iso={document.currentVersion.createdAt} />
          </td>
        </tr>
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <tr>
          <td colSpan={6}>
            <ul className="plain-list">
              <LoadMoreItem onLoadMore={() => onLoadMore(page.pageInfo.endCursor as string)} />
            </ul>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
