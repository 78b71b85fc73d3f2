import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError, type DocumentKind } from '@community-hub/web-graphql';
import { Button, ConfirmDialog, ErrorAlert, SelectField, sentence, TextAreaField, TextField } from '@community-hub/web-ui';
import { isDocumentKind, KIND_LABELS, KINDS } from './file-rules';
import { libraryFoldersQuery } from './library.documents';
import { deleteDocumentMutation, documentConsortiumFoldersQuery, updateDocumentMutation } from './library-actions.documents';
import { folderChoices } from './folder-choices';

export interface EditableDocument {
  id: string;
  title: string;
  description: string;
  kind: DocumentKind;
  tags: readonly string[];
  folder: { id: string; name: string } | null;
  network: { slug: string };
  consortium: { id: string } | null;
}

export interface DocumentActionsProps {
  document: EditableDocument;
  /** After the document was deleted (the page leaves for its folder). */
  onDeleted(title: string): void;
}

/** A document list's cached pages must refetch after a change or a deletion. */
const DOCUMENTS_CONTEXT = { additionalTypenames: ['Document'] };

/**
 * For the uploader and coordinators (the page asks `viewerCanEdit`): edit the
 * details, move to another folder, delete (after a confirmation). Loaded only
 * when the page shows them.
 */
export function DocumentActions({ document, onDeleted }: DocumentActionsProps) {
  const [open, setOpen] = useState<'details' | 'move' | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [deleteState, deleteDocument] = useMutation(deleteDocumentMutation);

  const toggle = (panel: 'details' | 'move') => {
    setStatus('');
    setOpen((current) => (current === panel ? null : panel));
  };
  const done = (message: string, button: HTMLButtonElement | null) => {
    setOpen(null);
    setStatus(message);
    button?.focus();
  };

  async function onDelete() {
    const result = await deleteDocument({ documentId: document.id }, DOCUMENTS_CONTEXT);
    if (result.data?.deleteDocument) onDeleted(document.title);
  }

  return (
    <section aria-label="Manage this document" className="stack-small document-actions">
      <div className="actions">
        <Button ref={editButton} variant="secondary" size="small" aria-expanded={open === 'details'} aria-controls={open === 'details' ? 'edit-details-form' : undefined} onClick={() => toggle('details')}>
          Edit details
        </Button>
        <Button ref={moveButton} variant="secondary" size="small" aria-expanded={open === 'move'} aria-controls={open === 'move' ? 'move-document-form' : undefined} onClick={() => toggle('move')}>
          Move to folder
        </Button>
        <Button ref={deleteButton} variant="danger" size="small" aria-haspopup="dialog" onClick={() => setConfirming(true)}>
          Delete
        </Button>
      </div>
      <p role="status" className="small success">
        {status}
      </p>
      {open === 'details' ? (
        <DetailsForm document={document} onSaved={() => done('Details saved.', editButton.current)} onCancel={() => done('', editButton.current)} />
      ) : null}
      {open === 'move' ? (
        <MoveForm document={document} onMoved={(name) => done(`Moved to ${name}.`, moveButton.current)} onCancel={() => done('', moveButton.current)} />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Delete “${document.title}”?`}
          confirmLabel="Delete document"
          busy={deleteState.fetching}
          problem={describeError(deleteState.error)?.message}
          onConfirm={() => void onDelete()}
          onClose={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        >
          <p>It leaves the library at once, with every version. Its files are kept for 30 days, then removed for good.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** "minutes, Board , agm" → ["minutes", "board", "agm"] (the API stores tags lower-case). */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

function DetailsForm({ document, onSaved, onCancel }: { document: EditableDocument; onSaved(): void; onCancel(): void }) {
  const [title, setTitle] = useState(document.title);
  const [description, setDescription] = useState(document.description);
  const [kind, setKind] = useState<DocumentKind>(document.kind);
  const [tags, setTags] = useState(document.tags.join(', '));
  const [missingTitle, setMissingTitle] = useState(false);
  const [state, update] = useMutation(updateDocumentMutation);
  const problem = describeError(state.error);
  const fieldNames = ['title', 'description', 'kind', 'tags'];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) {
      setMissingTitle(true);
      event.currentTarget.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    setMissingTitle(false);
    const result = await update(
      { input: { documentId: document.id, title: title.trim(), description: description.trim(), kind, tags: parseTags(tags) } },
      DOCUMENTS_CONTEXT,
    );
    if (result.data?.updateDocument) onSaved();
  }

  return (
    <form id="edit-details-form" className="stack panel" aria-label="Edit details" onSubmit={onSubmit} noValidate>
      <ErrorAlert>{problem && !fieldNames.some((name) => problem.fields[name]) ? problem.message : undefined}</ErrorAlert>
      <TextField
        label="Title"
        value={title}
        required
        maxLength={200}
        error={missingTitle ? 'Give the document a title.' : sentence(problem?.fields['title'])}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <TextAreaField
        label="Description"
        hint="Optional. What it is, and anything a reader should know."
        value={description}
        rows={4}
        maxLength={5000}
        error={sentence(problem?.fields['description'])}
        onChange={(event) => setDescription(event.currentTarget.value)}
      />
      <SelectField label="Kind" value={kind} error={sentence(problem?.fields['kind'])} onChange={(event) => isDocumentKind(event.currentTarget.value) && setKind(event.currentTarget.value)}>
        {KINDS.map((value) => (
          <option key={value} value={value}>
            {KIND_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Tags"
        hint="Separated by commas, at most 10."
        value={tags}
        error={sentence(problem?.fields['tags'])}
        onChange={(event) => setTags(event.currentTarget.value)}
      />
      <div className="actions">
        <Button type="submit" variant="primary" size="small" disabled={state.fetching}>
          Save details
        </Button>
        <Button variant="secondary" size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function MoveForm({ document, onMoved, onCancel }: { document: EditableDocument; onMoved(folderName: string): void; onCancel(): void }) {
  const workspace = document.consortium;
  const [network] = useQuery({ query: libraryFoldersQuery, variables: { slug: document.network.slug }, pause: !!workspace });
  const [consortium] = useQuery({ query: documentConsortiumFoldersQuery, variables: { id: workspace?.id ?? '' }, pause: !workspace });
  const folders = workspace ? consortium.data?.consortium?.folders : network.data?.network?.folders;
  const choices = useMemo(() => folderChoices(folders ?? []), [folders]);
  const [target, setTarget] = useState(document.folder?.id ?? '');
  const [state, update] = useMutation(updateDocumentMutation);
  const loadProblem = describeError(workspace ? consortium.error : network.error);
  const problem = describeError(state.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { documentId: document.id, folderId: target || null } }, DOCUMENTS_CONTEXT);
    const moved = result.data?.updateDocument;
    if (moved) onMoved(moved.folder ? `“${moved.folder.name}”` : 'the top level of the library');
  }

  return (
    <form id="move-document-form" className="stack panel" aria-label="Move to folder" onSubmit={onSubmit} noValidate>
      <ErrorAlert>{loadProblem?.message ?? problem?.message}</ErrorAlert>
      <SelectField label="Folder" value={target} disabled={!folders} onChange={(event) => setTarget(event.currentTarget.value)}>
        <option value="">Top level of the library</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="primary" size="small" disabled={state.fetching || !folders || target === (document.folder?.id ?? '')}>
          Move
        </Button>
        <Button variant="secondary" size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
