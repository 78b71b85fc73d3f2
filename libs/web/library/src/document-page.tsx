import { lazy, Suspense, useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError, type DocumentTextStatus, type LibraryVersionFragment } from '@community-hub/web-graphql';
import { Badge, Button, ErrorAlert, formatFullDate, Loading, PlainText, useDocumentTitle } from '@community-hub/web-ui';
import { ReportButton } from '@community-hub/web-moderation';
import { canContribute, formatBytes, KIND_LABELS, libraryPath } from './file-rules';
import { libraryDocumentQuery } from './library.documents';
import { UploadPanel } from './upload-panel';

// Edit, move and delete: for the uploader and coordinators only, so loaded when shown.
const DocumentActions = lazy(() => import('./document-actions').then((m) => ({ default: m.DocumentActions })));

/** What the text status of a version means to a reader. */
export const TEXT_STATUS_LABELS: Record<DocumentTextStatus, string> = {
  PENDING: 'Text being indexed…',
  DONE: 'Text indexed',
  FAILED: 'Text extraction failed',
  UNSUPPORTED: 'Text not indexed for this type of file',
  SKIPPED: 'Text not indexed: the file is too large',
};

/** /n/:slug/d/:documentId: a document, its preview, its versions and a new version. */
export function DocumentPage() {
  const { slug = '', documentId = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: libraryDocumentQuery, variables: { id: documentId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const document = data?.document ?? null;
  const problem = describeError(error);
  useDocumentTitle(document ? `${document.title} · ${document.network.name}` : fetching ? 'Loading…' : 'Document not found');

  if (fetching && !data) return <Loading label="Loading document…" />;
  if (!document) {
    return (
      <div className="stack">
        <h1>{problem ? 'We could not load this document' : 'Document not found'}</h1>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        {problem ? null : <p>There is no document at this address, or it is in a private network you are not a member of.</p>}
        <p>
          <Link to={libraryPath(slug)}>Back to the library</Link>
        </p>
      </div>
    );
  }

  const network = document.network;
  const current = document.currentVersion;
  const contributor = canContribute(network.myMembership, user);
  // A document in a consortium's private workspace belongs with that workspace's library.
  const workspace = document.consortium;
  const folderPath = (folderId?: string | null) =>
    workspace
      ? `/n/${network.slug}/c/${workspace.id}/library${folderId ? `?folder=${encodeURIComponent(folderId)}` : ''}`
      : libraryPath(network.slug, folderId);
  return (
    <article className="stack-large" aria-labelledby="document-title">
      <div className="page-heading">
        <p className="eyebrow">
          <Link to={`/n/${network.slug}`}>{network.name}</Link> <span aria-hidden="true">›</span>{' '}
          <Link to={folderPath()}>{workspace ? `${workspace.name}: library` : 'Library'}</Link>
          {document.folder ? (
            <>
              {' '}
              <span aria-hidden="true">›</span> <Link to={folderPath(document.folder.id)}>{document.folder.name}</Link>
            </>
          ) : null}
        </p>
        <h1 id="document-title">{document.title}</h1>
        <p className="badges">
          <Badge tone="info">{KIND_LABELS[document.kind]}</Badge>
        </p>
        {user ? <ReportButton kind="DOCUMENT" id={document.id} subject={`the document ${document.title}`} /> : null}
        {document.viewerCanEdit ? (
          <Suspense fallback={null}>
            <DocumentActions
              document={document}
              onDeleted={(title) => navigate(folderPath(document.folder?.id), { state: { notice: `“${title}” was deleted.` } })}
            />
          </Suspense>
        ) : null}
      </div>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[document.kind]}</dd>
        </div>
        <div>
          <dt>Folder</dt>
          <dd>
            {document.folder ? (
              <Link to={folderPath(document.folder.id)}>{document.folder.name}</Link>
            ) : (
              <Link to={folderPath()}>Top level of the library</Link>
            )}
          </dd>
        </div>
        <div>
          <dt>Current version</dt>
          <dd>
            {current.number}: {current.filename} ({formatBytes(current.size)})
          </dd>
        </div>
        <div>
          <dt>Search</dt>
          <dd>
            <Badge tone={current.textStatus === 'DONE' ? 'success' : current.textStatus === 'FAILED' ? 'warning' : 'neutral'}>
              {TEXT_STATUS_LABELS[current.textStatus]}
            </Badge>
          </dd>
        </div>
      </dl>
      {document.description ? (
        <section aria-labelledby="description-heading" className="stack-small">
          <h2 id="description-heading">Description</h2>
          <PlainText text={document.description} className="description" />
        </section>
      ) : null}
      <Preview title={document.title} version={current} />
      <section aria-labelledby="versions-heading" className="stack-small">
        <h2 id="versions-heading">Version history</h2>
        <VersionTable versions={document.versions} />
      </section>
      {contributor ? (
        <section aria-labelledby="new-version-heading" className="stack panel">
          <h2 id="new-version-heading">Upload a new version</h2>
          <UploadPanel key={document.id} networkId={network.id} consortiumId={workspace?.id} slug={network.slug} documentId={document.id} onUploaded={refresh} />
        </section>
      ) : null}
    </article>
  );
}

/**
 * Images show inline. PDFs show in a frame on request (the frame loads the
 * whole file, so not before someone asks). Only what the API offers a preview
 * link for (PDF, PNG, JPEG, sent inline with its checked type); other types
 * are downloads only.
 */
function Preview({ title, version }: { title: string; version: LibraryVersionFragment }) {
  const [showPdf, setShowPdf] = useState(false);
  const type = version.contentType.split(';')[0]?.trim().toLowerCase();
  if (!version.previewUrl) return null;
  if (type === 'image/png' || type === 'image/jpeg') {
    return (
      <section aria-labelledby="preview-heading" className="stack-small document-preview">
        <h2 id="preview-heading">Preview</h2>
        <img src={version.previewUrl} alt={title} className="preview-image" />
      </section>
    );
  }
  if (type !== 'application/pdf') return null;
  return (
    <section aria-labelledby="preview-heading" className="stack-small document-preview">
      <h2 id="preview-heading">Preview</h2>
      <p>
        <Button variant="secondary" size="small" aria-expanded={showPdf} onClick={() => setShowPdf((open) => !open)}>
          {showPdf ? 'Hide preview' : 'Show preview'}
        </Button>
      </p>
      {showPdf ? <iframe src={version.previewUrl} title={`Preview of ${title}`} className="preview-frame" /> : null}
    </section>
  );
}

export function VersionTable({ versions }: { versions: readonly LibraryVersionFragment[] }) {
  return (
    <table className="data-table versions-table stack-narrow">
      <caption className="visually-hidden">Versions, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">File</th>
          <th scope="col">Size</th>
          <th scope="col">Uploaded by</th>
          <th scope="col">Date</th>
          <th scope="col">
            <span className="visually-hidden">Download</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id}>
            <th scope="row">
              <span className="stack-narrow-label">Version </span>
              {version.number}
            </th>
            <td data-label="File" className="filename">{version.filename}</td>
            <td data-label="Size">{formatBytes(version.size)}</td>
            <td data-label="Uploaded by">{version.uploadedBy.name}</td>
            <td data-label="Date">
              <time dateTime={version.createdAt}>{formatFullDate(version.createdAt)}</time>
            </td>
            <td>
              <a href={version.downloadUrl} download={version.filename} aria-label={`Download version ${version.number}`}>
                Download
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

