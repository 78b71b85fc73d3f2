import { useId, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { describeError, type DocumentKind, type LibraryDocumentSummaryFragment } from '@community-hub/web-graphql';
import { Button, ErrorAlert, SelectField, TextField } from '@community-hub/web-ui';
import { ACCEPT, checkFile, documentPath, formatBytes, KIND_LABELS, kindForFolder, KINDS, MAX_UPLOAD_BYTES, titleFromFilename } from './file-rules';
import { completeUploadMutation, requestUploadMutation } from './library.documents';
import { UploadTransferError, useUploadTransport } from './upload-transport';

type RowStatus = 'refused' | 'ready' | 'requesting' | 'sending' | 'completing' | 'done' | 'failed';

interface UploadRow {
  key: string;
  file: File;
  contentType: string | null;
  title: string;
  kind: DocumentKind;
  status: RowStatus;
  sent: number;
  total: number;
  message?: string;
  document?: LibraryDocumentSummaryFragment;
}

export interface UploadPanelProps {
  /** The network whose library the files go in, or… */
  networkId?: string;
  /** …a consortium's private workspace library instead. */
  consortiumId?: string;
  slug: string;
  /** The folder new documents go into (null: the library's top level). */
  folderId?: string | null;
  /** Its name, which suggests the kind of new documents ("Minutes" → Minutes). */
  folderName?: string | null;
  /** Set to add the file as this document's next version (one file, no title or kind). */
  documentId?: string;
  /** After each file is stored. */
  onUploaded?(document: LibraryDocumentSummaryFragment): void;
  /** After every file of a batch succeeded or failed. */
  onFinished?(): void;
  maxBytes?: number;
}

let nextKey = 0;

/**
 * Drop zone and file picker; one row per file with its title and kind, then
 * per file: requestUpload → bytes to the ticket's URL (with progress) → completeUpload.
 */
export function UploadPanel({ networkId, consortiumId, slug, folderId = null, folderName, documentId, onUploaded, onFinished, maxBytes = MAX_UPLOAD_BYTES }: UploadPanelProps) {
  const client = useClient();
  const transport = useUploadTransport();
  const [rows, setRows] = useState<UploadRow[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const versionMode = !!documentId;

  const update = (key: string, change: Partial<UploadRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function addFiles(list: FileList | null) {
    if (!list?.length) return;
    const files = versionMode ? [...list].slice(0, 1) : [...list];
    const added = files.map((file): UploadRow => {
      const check = checkFile(file, maxBytes);
      nextKey += 1;
      return {
        key: `upload-${nextKey}`,
        file,
        contentType: check.ok ? check.contentType : null,
        title: titleFromFilename(file.name),
        kind: kindForFolder(folderName),
        status: check.ok ? 'ready' : 'refused',
        sent: 0,
        total: file.size,
        message: check.ok ? undefined : check.message,
      };
    });
    // A new version replaces whatever was waiting.
    setRows((current) => (versionMode ? added : [...current.filter((row) => row.status !== 'refused'), ...added]));
    if (inputRef.current) inputRef.current.value = '';
  }

  async function uploadOne(row: UploadRow) {
    const { key, file } = row;
    update(key, { status: 'requesting', message: undefined, sent: 0 });
    const ticketResult = await client
      .mutation(requestUploadMutation, { input: { ...(consortiumId ? { consortiumId } : { networkId }), filename: file.name, contentType: row.contentType as string, size: file.size } })
      .toPromise();
    const ticket = ticketResult.data?.requestUpload;
    if (!ticket) {
      update(key, { status: 'failed', message: describeError(ticketResult.error)?.message ?? 'The upload could not start.' });
      return;
    }
    update(key, { status: 'sending' });
    try {
      await transport.send(ticket, file, (sent, total) => update(key, { sent, total }));
    } catch (error) {
      const message = error instanceof UploadTransferError ? error.message : 'We could not send the file. Please try again.';
      update(key, { status: 'failed', message });
      return;
    }
    update(key, { status: 'completing', sent: file.size, total: file.size });
    const input = versionMode
      ? { uploadId: ticket.uploadId, documentId }
      : { uploadId: ticket.uploadId, folderId, title: row.title.trim() || titleFromFilename(file.name), kind: row.kind };
    const done = await client.mutation(completeUploadMutation, { input }).toPromise();
    const document = done.data?.completeUpload;
    if (!document) {
      update(key, { status: 'failed', message: describeError(done.error)?.message ?? 'The file could not be added.' });
      return;
    }
    update(key, { status: 'done', document });
    onUploaded?.(document);
  }

  function startAll() {
    const ready = rows.filter((row) => row.status === 'ready' || row.status === 'failed');
    void Promise.all(ready.map((row) => uploadOne(row))).then(() => onFinished?.());
  }

  const waiting = rows.filter((row) => row.status === 'ready' || row.status === 'failed').length;
  const busy = rows.some((row) => row.status === 'requesting' || row.status === 'sending' || row.status === 'completing');

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  return (
    <div className="stack upload-panel">
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="field">
          <label htmlFor={`${hintId}-input`}>{versionMode ? 'Choose a file' : 'Choose files'}</label>
          <p className="field-hint" id={hintId}>
            {versionMode ? 'Or drop it here.' : 'Or drop them here.'} PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, PNG or JPEG, up
            to {formatBytes(maxBytes)} each.
          </p>
          <input
            ref={inputRef}
            id={`${hintId}-input`}
            type="file"
            multiple={!versionMode}
            accept={ACCEPT}
            aria-describedby={hintId}
            onChange={(event) => addFiles(event.currentTarget.files)}
          />
        </div>
      </div>
      {rows.length ? (
        <ul className="row-list upload-list" aria-label={versionMode ? 'New version' : 'Files to upload'}>
          {rows.map((row) => (
            <UploadRowItem
              key={row.key}
              row={row}
              slug={slug}
              versionMode={versionMode}
              onChange={(change) => update(row.key, change)}
              onRemove={() => setRows((current) => current.filter((other) => other.key !== row.key))}
            />
          ))}
        </ul>
      ) : null}
      {waiting ? (
        <p className="actions">
          <Button variant="primary" onClick={startAll} disabled={busy}>
            {versionMode ? 'Upload version' : waiting === 1 ? 'Upload 1 file' : `Upload ${waiting} files`}
          </Button>
        </p>
      ) : null}
    </div>
  );
}

function UploadRowItem({
  row,
  slug,
  versionMode,
  onChange,
  onRemove,
}: {
  row: UploadRow;
  slug: string;
  versionMode: boolean;
  onChange(change: Partial<UploadRow>): void;
  onRemove(): void;
}) {
  const { file } = row;
  const showProgress = row.status === 'sending' || row.status === 'completing' || row.status === 'done' || (row.status === 'failed' && row.sent > 0);
  const editable = row.status === 'ready' && !versionMode;
  return (
    <li className="row upload-row">
      <div className="row-main stack-small">
        <p className="upload-name">
          <strong>{file.name}</strong> <span className="muted small">({formatBytes(file.size)})</span>
        </p>
        {row.status === 'refused' ? <ErrorAlert>{row.message}</ErrorAlert> : null}
        {editable ? (
          <fieldset className="field-row upload-fields">
            <legend className="visually-hidden">{`Details for ${file.name}`}</legend>
            <TextField label="Title" value={row.title} maxLength={200} onChange={(event) => onChange({ title: event.currentTarget.value })} />
            <SelectField label="Kind" value={row.kind} onChange={(event) => onChange({ kind: event.currentTarget.value as DocumentKind })}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </SelectField>
          </fieldset>
        ) : null}
        {showProgress ? (
          <p className="upload-progress">
            <progress aria-label={file.name} value={row.sent} max={row.total || file.size} />{' '}
            <span className="small">
              {formatBytes(row.sent)} of {formatBytes(row.total || file.size)}
            </span>
          </p>
        ) : null}
        {row.status === 'requesting' ? <p className="muted small">Preparing…</p> : null}
        {row.status === 'completing' ? <p className="muted small">Checking the file…</p> : null}
        {row.status === 'done' && row.document ? (
          <p className="success small" role="status">
            {versionMode ? `Uploaded as version ${row.document.currentVersion.number}` : 'Uploaded: '}
            {versionMode ? null : <Link to={documentPath(slug, row.document.id)}>{row.document.title}</Link>}
          </p>
        ) : null}
        {row.status === 'failed' ? <ErrorAlert>{row.message}</ErrorAlert> : null}
      </div>
      {row.status === 'ready' || row.status === 'refused' || row.status === 'failed' ? (
        <div className="row-actions">
          <Button variant="quiet" size="small" aria-label={`Remove ${file.name}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      ) : null}
    </li>
  );
}
