import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { DocumentTable, folderTrail, FolderTree, NewFolder, UploadPanel, type FolderNode } from '@community-hub/web-library';
import { ErrorAlert, useDocumentTitle } from '@community-hub/web-ui';
import { consortiumDocumentsQuery, consortiumFoldersQuery } from './consortia.documents';
import { useConsortiumContext } from './consortium-context';
import { consortiumPath } from './consortia-shared';

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

/** The workspace's documents in one folder: the library's own document table over `consortium.documents`. */
function WorkspaceDocuments({ consortiumId, slug, folderId, folderName }: { consortiumId: string; slug: string; folderId: string | null; folderName: string | null }) {
  return (
    <DocumentTable
      slug={slug}
      caption={folderName ? `Documents in “${folderName}”` : 'Documents at the top level'}
      filterKey={folderId ?? ''}
      source={{ query: consortiumDocumentsQuery, variables: { id: consortiumId, folderId }, select: (data) => data.consortium?.documents }}
    />
  );
}
