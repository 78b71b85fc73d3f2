import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError, type DocumentKind } from '@community-hub/web-graphql';
import { canCoordinate, useNetworkContext } from '@community-hub/web-networks';
import { Button, ErrorAlert, LazyPage, SelectField, TextField, useDocumentTitle } from '@community-hub/web-ui';
import { canContribute, isDocumentKind, KIND_LABELS, KINDS, libraryPath } from './file-rules';
import { libraryDocumentsQuery, libraryFoldersQuery } from './library.documents';
import { DocumentTable } from './document-table';
import { WatchFolderButton } from './watch-folder-button';
import { folderChildren, folderTrail, type FolderNode } from './folder-tree';
import { FOLDERS_CONTEXT, FolderTree, NewFolder } from './folder-components';

export { folderChildren, folderTrail, type FolderNode };
import { UploadPanel } from './upload-panel';

// Rename and delete: for whoever made the folder and coordinators, so loaded when shown.
const FolderActions = lazy(() => import('./folder-actions').then((m) => ({ default: m.FolderActions })));
/** Coordinators only, and only once opened: not part of the library page's first load. */
const LibraryImportPanel = lazy(() => import('./library-import-panel'));

/** Tags are stored lower-case and trimmed; the filter matches that. */
export function cleanTag(value: string | null | undefined): string | null {
  return value?.trim().toLowerCase() || null;
}

/** /n/:slug/library(?folder=id&kind=KIND&tag=tag): folders, the current folder's documents (filtered by the API), new folders and uploads. */
export function LibraryPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  // A message from the page that sent us here ("… was deleted.").
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? '';
  const folderId = params.get('folder') || null;
  const kindParam = params.get('kind');
  const kind: DocumentKind | null = isDocumentKind(kindParam) ? kindParam : null;
  const tag = cleanTag(params.get('tag'));
  const [{ data: folderData, error: folderError }, refetchFolders] = useQuery({
    query: libraryFoldersQuery,
    variables: { slug: network.slug },
    context: FOLDERS_CONTEXT,
  });
  const folders = useMemo<Array<FolderNode & { viewerCanEdit?: boolean }>>(() => folderData?.network?.folders ?? [], [folderData]);
  const trail = folderTrail(folders, folderId);
  const current: (FolderNode & { viewerCanEdit?: boolean }) | null = trail[trail.length - 1] ?? null;
  const unknownFolder = !!folderId && !!folderData && !current;
  const contributor = canContribute(network.myMembership, user);
  const coordinator = canCoordinate(network.myMembership, user);
  // Uploads finishing close together can each trigger a refetch while another is in flight (urql
  // then keeps the earlier answer): once a batch is done, the list is asked for afresh.
  const [listRound, setListRound] = useState(0);
  useDocumentTitle(current ? `${current.name} · Library · ${network.name}` : `Library · ${network.name}`);

  function setFilter(name: 'kind' | 'tag', value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <section aria-labelledby="library-heading" className="stack">
      <div className="section-heading">
        <h2 id="library-heading">Library</h2>
      </div>
      {/* At the top level the heading says it all (no "Library / Library"). */}
      {current ? (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            <li>
              <Link to={libraryPath(network.slug)}>Library</Link>
            </li>
            {trail.map((folder, index) => (
              <li key={folder.id}>
                {index === trail.length - 1 ? (
                  <span aria-current="page">{folder.name}</span>
                ) : (
                  <Link to={libraryPath(network.slug, folder.id)}>{folder.name}</Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <p role="status" className="small success">
        {notice}
      </p>
      {current?.viewerCanEdit ? (
        <Suspense fallback={null}>
          <FolderActions
            key={current.id}
            folder={current}
            onDeleted={(name, parentId) => navigate(libraryPath(network.slug, parentId), { state: { notice: `Folder “${name}” was deleted.` } })}
          />
        </Suspense>
      ) : null}
      {user && current ? (
        <WatchFolderButton
          folderId={current.id}
          folderName={current.name}
          watching={folderData?.network?.folders.find((folder) => folder.id === current.id)?.watching ?? false}
        />
      ) : null}
      <ErrorAlert>{describeError(folderError)?.message}</ErrorAlert>
      <div className="library-layout">
        <nav aria-label="Folders" className="folder-tree">
          <FolderTree slug={network.slug} folders={folders} currentId={current?.id ?? null} />
          {contributor ? <NewFolder networkId={network.id} parent={current} /> : null}
        </nav>
        <div className="stack library-main">
          {unknownFolder ? (
            <ErrorAlert>
              <p>
                This folder does not exist (any more). <Link to={libraryPath(network.slug)}>Back to the library</Link>
              </p>
            </ErrorAlert>
          ) : (
            <>
              <div className="filters">
                <SelectField label="Kind" value={kind ?? ''} onChange={(event) => setFilter('kind', event.currentTarget.value)}>
                  <option value="">All kinds</option>
                  {KINDS.map((value) => (
                    <option key={value} value={value}>
                      {KIND_LABELS[value]}
                    </option>
                  ))}
                </SelectField>
                <TagFilter key={tag ?? ''} tag={tag} onChange={(value) => setFilter('tag', value)} />
              </div>
              <NetworkDocumentTable
                key={listRound}
                slug={network.slug}
                folderId={current?.id ?? null}
                folderName={current?.name ?? null}
                kind={kind}
                tag={tag}
                tagPath={(value) => {
                  const next = new URLSearchParams(params);
                  next.set('tag', value);
                  return `?${next.toString()}`;
                }}
              />
              {contributor ? (
                <section aria-labelledby="upload-heading" className="stack panel">
                  <h3 id="upload-heading">{current ? `Upload to “${current.name}”` : 'Upload documents'}</h3>
                  <UploadPanel key={current?.id ?? ''} networkId={network.id} slug={network.slug} folderId={current?.id ?? null} folderName={current?.name}
                    onFinished={() => setListRound((round) => round + 1)}
                  />
                  {coordinator ? (
                    <ImportFromZip
                      networkId={network.id}
                      folder={current}
                      onFinished={() => {
                        setListRound((round) => round + 1);
                        refetchFolders({ requestPolicy: 'network-only' });
                      }}
                    />
                  ) : null}
                </section>
              ) : (
                <ContributeHint slug={network.slug} signedIn={!!user} />
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** "Import from a zip" (coordinators): opens the import panel, loaded when first opened. */
function ImportFromZip({ networkId, folder, onFinished }: { networkId: string; folder: FolderNode | null; onFinished(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="stack-small">
      <Button variant="secondary" size="small" aria-expanded={open} aria-controls={open ? 'library-import-panel' : undefined} onClick={() => setOpen((value) => !value)}>
        Import from a zip
      </Button>
      {open ? (
        <div id="library-import-panel">
          <LazyPage>
            <LibraryImportPanel networkId={networkId} folderId={folder?.id ?? null} folderName={folder?.name ?? null} onFinished={onFinished} />
          </LazyPage>
        </div>
      ) : null}
    </div>
  );
}

/** A tag to filter by: applied on submit (Enter), cleared with its own button. */
function TagFilter({ tag, onChange }: { tag: string | null; onChange(value: string | null): void }) {
  const [value, setValue] = useState(tag ?? '');
  return (
    <form
      role="search"
      aria-label="Filter by tag"
      className="tag-filter"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(cleanTag(value));
      }}
    >
      <TextField label="Tag" value={value} maxLength={50} onChange={(event) => setValue(event.currentTarget.value)} />
      <Button type="submit" variant="secondary" size="small">
        Filter
      </Button>
      {tag ? (
        <Button variant="secondary" size="small" onClick={() => onChange(null)}>
          Clear tag “{tag}”
        </Button>
      ) : null}
    </form>
  );
}

function ContributeHint({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  if (!signedIn) {
    return (
      <p className="hint">
        <Link to={signInPath(libraryPath(slug))}>Sign in</Link> and join this network to add documents.
      </p>
    );
  }
  return (
    <p className="hint">
      Only members can add documents. <Link to={`/n/${slug}`}>Join this network</Link> to take part.
    </p>
  );
}

interface DocumentFilters {
  kind: DocumentKind | null;
  tag: string | null;
  /** Where a tag's link in a row leads (the same list filtered by that tag). */
  tagPath(tag: string): string;
}

/** The network library's documents in one folder, filtered by the API: the shared document table over `network.documents`. */
function NetworkDocumentTable({ slug, folderId, folderName, kind, tag, tagPath }: { slug: string; folderId: string | null; folderName: string | null } & DocumentFilters) {
  const caption = folderName ? `Documents in “${folderName}”` : 'Documents at the top level';
  const filters = [kind ? KIND_LABELS[kind] : null, tag ? `tagged “${tag}”` : null].filter(Boolean).join(', ');
  return (
    <DocumentTable
      slug={slug}
      caption={filters ? `${caption}: ${filters}` : caption}
      filterKey={`${folderId ?? ''}|${kind ?? ''}|${tag ?? ''}`}
      source={{ query: libraryDocumentsQuery, variables: { slug, folderId, kind, tag }, select: (data) => data.network?.documents }}
      emptyText={kind || tag ? 'No documents here match these filters.' : 'No documents here yet.'}
      tagPath={tagPath}
    />
  );
}
