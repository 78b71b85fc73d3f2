import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { describeError, type LibraryImportQuery } from '@community-hub/web-graphql';
import { Button, ErrorAlert } from '@community-hub/web-ui';
import { formatBytes } from './file-rules';
import { libraryImportQuery, requestLibraryImportUploadMutation, startLibraryImportMutation } from './library-import.documents';
import { UploadTransferError, useUploadTransport } from './upload-transport';

type Progress = NonNullable<LibraryImportQuery['libraryImport']>;

export interface LibraryImportPanelProps {
  networkId: string;
  /** Where the zip's top level goes (null: the library's top level). */
  folderId: string | null;
  folderName: string | null;
  /** Once the import is DONE (the library's lists change). */
  onFinished?(): void;
  /** How often the import's progress is asked for while it runs. */
  pollMs?: number;
}

type Stage = { name: 'choose' } | { name: 'sending'; sent: number; total: number } | { name: 'importing'; id: string; progress: Progress | null };

const percent = (done: number, total: number) => (total ? Math.floor((done / total) * 100) : 0);

/**
 * Coordinators: import a zip (a Knowledge Hub group library, a shared drive export) into
 * the library: the zip goes up with a progress bar, then the import's own progress is
 * polled until it is done, then a summary with the skipped list as CSV.
 * Loaded only when opened (React.lazy).
 */
export function LibraryImportPanel({ networkId, folderId, folderName, onFinished, pollMs = 1000 }: LibraryImportPanelProps) {
  const client = useClient();
  const transport = useUploadTransport();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const importId = stage.name === 'importing' ? stage.id : null;
  const status = stage.name === 'importing' ? stage.progress?.status : undefined;
  useEffect(() => {
    if (!importId || status === 'DONE' || status === 'FAILED') return;
    let stopped = false;
    const timer = setTimeout(async () => {
      const result = await client.query(libraryImportQuery, { id: importId }, { requestPolicy: 'network-only' }).toPromise();
      if (stopped) return;
      const progress = result.data?.libraryImport ?? null;
      if (result.error) setProblem(describeError(result.error)?.message ?? null);
      setStage({ name: 'importing', id: importId, progress });
      if (progress?.status === 'DONE') finished.current?.();
    }, status ? pollMs : 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, importId, status, pollMs, stage]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setProblem(null);
    const requested = await client.mutation(requestLibraryImportUploadMutation, { input: { networkId, filename: file.name, size: file.size } }).toPromise();
    const ticket = requested.data?.requestLibraryImportUpload;
    if (!ticket) {
      setProblem(describeError(requested.error)?.message ?? 'The zip could not be sent.');
      return;
    }
    setStage({ name: 'sending', sent: 0, total: file.size });
    try {
      await transport.send(ticket, file, (sent, total) => setStage({ name: 'sending', sent, total }));
    } catch (error) {
      setProblem(error instanceof UploadTransferError ? error.message : 'The zip could not be sent.');
      setStage({ name: 'choose' });
      return;
    }
    const started = await client.mutation(startLibraryImportMutation, { input: { uploadId: ticket.uploadId, folderId } }).toPromise();
    const id = started.data?.startLibraryImport?.id;
    if (!id) {
      setProblem(describeError(started.error)?.message ?? 'The import could not start.');
      setStage({ name: 'choose' });
      return;
    }
    setStage({ name: 'importing', id, progress: null });
  }

  const progress = stage.name === 'importing' ? stage.progress : null;
  return (
    <div className="stack-small library-import">
      <ErrorAlert>{problem ?? undefined}</ErrorAlert>
      {stage.name === 'choose' ? (
        <form className="stack-small" onSubmit={onSubmit} noValidate>
          <label htmlFor={inputId}>Zip file</label>
          <p id={hintId} className="hint">
            Folders in the zip become folders {folderName ? `inside “${folderName}”` : 'at the top level'}; each file is checked like an upload. Files already in
            their folder are not added again.
          </p>
          <input id={inputId} type="file" accept=".zip,application/zip" aria-describedby={hintId} onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} />
          <Button type="submit" variant="primary" size="small" disabled={!file}>
            Import
          </Button>
        </form>
      ) : null}
      {stage.name === 'sending' ? (
        <div className="stack-small">
          <label htmlFor={`${inputId}-sending`}>Sending the zip</label>
          <progress id={`${inputId}-sending`} value={stage.sent} max={stage.total || 1} />
          <p className="small">
            {formatBytes(stage.sent)} of {formatBytes(stage.total)}
          </p>
        </div>
      ) : null}
      {stage.name === 'importing' && progress?.status !== 'DONE' && progress?.status !== 'FAILED' ? (
        <div className="stack-small">
          <label htmlFor={`${inputId}-importing`}>Importing</label>
          <progress id={`${inputId}-importing`} value={progress?.entriesDone ?? 0} max={progress?.entriesTotal || 1} />
          <p className="small">
            {progress?.entriesTotal ? `${progress.entriesDone} of ${progress.entriesTotal} entries` : 'Waiting to start…'}
          </p>
        </div>
      ) : null}
      <p role="status" className="small">
        {stage.name === 'sending'
          ? `Sending the zip: ${percent(stage.sent, stage.total)}%`
          : progress?.status === 'DONE'
            ? `Import finished: ${progress.imported} documents added, ${progress.skipped} entries skipped.`
            : progress?.status === 'FAILED'
              ? 'The import stopped.'
              : progress?.entriesTotal
                ? `Importing: ${percent(progress.entriesDone, progress.entriesTotal)}%`
                : ''}
      </p>
      {progress?.status === 'FAILED' ? <ErrorAlert>{progress.failureMessage ?? 'The import stopped.'}</ErrorAlert> : null}
      {progress?.status === 'DONE' && progress.skipped > 0 ? <SkippedSummary progress={progress} /> : null}
    </div>
  );
}

function SkippedSummary({ progress }: { progress: Progress }) {
  const shown = progress.skippedEntries.nodes;
  return (
    <div className="stack-small">
      <h4>Skipped</h4>
      <ul>
        {shown.map((entry) => (
          <li key={entry.entryIndex}>
            <code>{entry.path}</code>: {entry.reasonText}
          </li>
        ))}
      </ul>
      {progress.skippedEntries.totalCount > shown.length ? <p className="small">and {progress.skippedEntries.totalCount - shown.length} more.</p> : null}
      <p>
        <a href={progress.skippedListUrl} download>
          Download the skipped list (CSV)
        </a>
      </p>
    </div>
  );
}

export default LibraryImportPanel;
