import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError, type DocumentKind, type LibraryDocumentSummaryFragment } from '@community-hub/web-graphql';
import { LoadMoreItem, useNetworkContext, usePageCursors } from '@community-hub/web-networks';
import { EmptyState, ErrorAlert, Loading, RelativeTime, SelectField, TextField, sentence, useDocumentTitle } from '@community-hub/web-ui';
import { canContribute, documentPath, formatBytes, isDocumentKind, KIND_LABELS, KINDS, libraryPath } from './file-rules';
import { createFolderMutation, libraryDocumentsQuery, libraryFoldersQuery } from './library.documents';
import { WatchFolderButton } from './watch-folder-button';
import { UploadPanel } from './upload-panel';

export const DOCUMENTS_PAGE = 50;

/** Lists without a Document (or Folder) in them must still refetch after an upload (or a new folder). */
const DOCUMENTS_CONTEXT = { additionalTypenames: ['Document'] };
const FOLDERS_CONTEXT = { additionalTypenames: ['Folder'] };

export interface FolderNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** Children by parent id ('' for the top level), each list by name. */
export function folderChildren(folders: readonly FolderNode[]): Map<string, FolderNode[]> {
  const byParent = new Map<string, FolderNode[]>();
  const ids = new Set(folders.map((folder) => folder.id));
  for (const folder of folders) {
    // A folder whose parent is not in the list is shown at the top rather than lost.
    const parent = folder.parentId && ids.has(folder.parentId) ? folder.parentId : '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), folder]);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return byParent;
}

/** The folder and its ancestors, top first. */
export function folderTrail(folders: readonly FolderNode[], folderId: string | null): FolderNode[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const trail: FolderNode[] = [];
  let current = folderId ? byId.get(folderId) : undefined;
  while (current && !trail.includes(current)) {
    trail.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return trail;
}

/** Tags are stored lower-case and trimmed; the filter matches that. */
export function cleanTag(value: string | null | undefined): string | null {
  return value?.trim().toLowerCase() || null;
}

/** /n/:slug/library(?folder=id&kind=KIND&tag=tag): folders, the current folder's documents (filtered by the API), new folders and uploads. */
export function LibraryPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const folderId = params.get('folder') || null;
  const kindParam = params.get('kind');
  const kind: DocumentKind | null = isDocumentKind(kindParam) ? kindParam : null;
  const tag = cleanTag(params.get('tag'));
  const [{ data: folderData, error: folderError }] = useQuery({
    query: libraryFoldersQuery,
    variables: { slug: network.slug },
    context: FOLDERS_CONTEXT,
  });
  const folders = useMemo<FolderNode[]>(() => folderData?.network?.folders ?? [], [folderData]);
  const trail = folderTrail(folders, folderId);
  const current = trail[trail.length - 1] ?? null;
  const unknownFolder = !!folderId && !!folderData && !current;
  const contributor = canContribute(network.myMembership, user);
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
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            {current ? <Link to={libraryPath(network.slug)}>Library</Link> : <span aria-current="page">Library</span>}
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
              <DocumentTable
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
                  <UploadPanel key={current?.id ?? ''} networkId={network.id} slug={network.slug} folderId={current?.id ?? null}
                    onFinished={() => setListRound((round) => round + 1)}
                  />
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
      <button type="submit" className="button button-secondary button-small">
        Filter
      </button>
      {tag ? (
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(null)}>
          Clear tag “{tag}”
        </button>
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

/** Nested lists of links: Tab moves through them; the current folder has aria-current. */
export function FolderTree({
  slug,
  folders,
  currentId,
  pathFor = (folderId) => libraryPath(slug, folderId),
}: {
  slug: string;
  folders: readonly FolderNode[];
  currentId: string | null;
  /** Where a folder's link goes (default: the network's library); null is the top level. */
  pathFor?(folderId: string | null): string;
}) {
  const children = useMemo(() => folderChildren(folders), [folders]);
  const renderLevel = (parent: string) => {
    const list = children.get(parent);
    if (!list?.length) return null;
    return (
      <ul>
        {list.map((folder) => (
          <li key={folder.id}>
            <Link to={pathFor(folder.id)} aria-current={folder.id === currentId ? 'page' : undefined}>
              {folder.name}
            </Link>
            {renderLevel(folder.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <div className="stack-small">
      <h3 className="folder-tree-heading">Folders</h3>
      <ul>
        <li>
          <Link to={pathFor(null)} aria-current={currentId === null ? 'page' : undefined}>
            Top level
          </Link>
          {renderLevel('')}
        </li>
      </ul>
    </div>
  );
}

/** "New folder" in a network's library, or (with consortiumId) in a consortium's workspace library. */
export function NewFolder({ networkId, consortiumId, parent }: { networkId?: string; consortiumId?: string; parent: FolderNode | null }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching, error }, createFolder] = useMutation(createFolderMutation);
  const problem = describeError(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const space = consortiumId ? { consortiumId } : { networkId };
    const result = await createFolder({ input: { ...space, name: name.trim(), parentId: parent?.id ?? null } }, FOLDERS_CONTEXT);
    if (result.data?.createFolder) {
      setCreated(result.data.createFolder.name);
      setName('');
      setOpen(false);
    }
  }

  return (
    <div className="stack-small new-folder">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls={open ? 'new-folder-form' : undefined}
        onClick={() => {
          setOpen((value) => !value);
          setCreated(null);
        }}
      >
        New folder
      </button>
      <p role="status" className="small">
        {created ? `Folder “${created}” created.` : ''}
      </p>
      {open ? (
        <form id="new-folder-form" className="stack-small" onSubmit={onSubmit} noValidate>
          <ErrorAlert>{problem && !problem.fields['name'] ? problem.message : undefined}</ErrorAlert>
          <TextField
            label="Folder name"
            hint={parent ? `Inside “${parent.name}”.` : 'At the top level.'}
            value={name}
            required
            maxLength={120}
            error={sentence(problem?.fields['name'])}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" className="button button-primary button-small" disabled={fetching || !name.trim()}>
            Create folder
          </button>
        </form>
      ) : null}
    </div>
  );
}

interface DocumentFilters {
  kind: DocumentKind | null;
  tag: string | null;
  /** Where a tag's link in a row leads (the same list filtered by that tag). */
  tagPath(tag: string): string;
}

function DocumentTable({ slug, folderId, folderName, kind, tag, tagPath }: { slug: string; folderId: string | null; folderName: string | null } & DocumentFilters) {
  const { cursors, loadMore } = usePageCursors(`${folderId ?? ''}|${kind ?? ''}|${tag ?? ''}`);
  const caption = folderName ? `Documents in “${folderName}”` : 'Documents at the top level';
  const filters = [kind ? KIND_LABELS[kind] : null, tag ? `tagged “${tag}”` : null].filter(Boolean).join(', ');
  return (
    <table className="data-table documents-table">
      <caption>{filters ? `${caption}: ${filters}` : caption}</caption>
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
          key={`${folderId ?? ''}:${kind ?? ''}:${tag ?? ''}:${after ?? ''}`}
          slug={slug}
          folderId={folderId}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          kind={kind}
          tag={tag}
          tagPath={tagPath}
          onLoadMore={loadMore}
        />
      ))}
    </table>
  );
}

function DocumentChunk({
  slug,
  folderId,
  after,
  first,
  last,
  kind,
  tag,
  tagPath,
  onLoadMore,
}: {
  slug: string;
  folderId: string | null;
  after: string | null;
  first: boolean;
  last: boolean;
  onLoadMore(endCursor: string): void;
} & DocumentFilters) {
  const [{ data, fetching, error }] = useQuery({
    query: libraryDocumentsQuery,
    variables: { slug, folderId, kind, tag, first: DOCUMENTS_PAGE, after },
    context: DOCUMENTS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.network?.documents;
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
  const documents = page.nodes;
  const filtered = kind || tag;
  return (
    <tbody>
      {first && !documents.length ? (
        <tr>
          <td colSpan={6}>
            <EmptyState>{filtered ? 'No documents here match these filters.' : 'No documents here yet.'}</EmptyState>
          </td>
        </tr>
      ) : null}
      {documents.map((document) => (
        <DocumentRow key={document.id} slug={slug} document={document} tagPath={tagPath} />
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

function DocumentRow({ slug, document, tagPath }: { slug: string; document: LibraryDocumentSummaryFragment; tagPath(tag: string): string }) {
  const version = document.currentVersion;
  return (
    <tr>
      <th scope="row">
        <Link to={documentPath(slug, document.id)}>{document.title}</Link>
        {document.tags.length ? (
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
      <td>{KIND_LABELS[document.kind]}</td>
      <td className="filename">{version.filename}</td>
      <td>{formatBytes(version.size)}</td>
      <td>{version.uploadedBy.name}</td>
      <td>
        <RelativeTime iso={version.createdAt} />
      </td>
    </tr>
  );
}
