import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { LibraryErrorReason } from '@community-hub/shared-validation';
import { describeError } from '@community-hub/web-graphql';
import { Button, ConfirmDialog, ErrorAlert, sentence, TextField } from '@community-hub/web-ui';
import { deleteFolderMutation, renameFolderMutation } from './library-actions.documents';

/** Lists that hold folders refetch after a rename or a deletion. */
const FOLDERS_CONTEXT = { additionalTypenames: ['Folder'] };

export interface FolderActionsProps {
  folder: { id: string; name: string; parentId: string | null };
  /** After the folder was deleted: the page goes to its parent. */
  onDeleted(name: string, parentId: string | null): void;
}

/**
 * "Rename folder" and "Delete folder", for whoever made the folder and
 * coordinators (the page asks `viewerCanEdit`). Only an empty folder can be
 * deleted, as the API decides; when it still holds something the dialog says
 * what. Loaded only when the page shows them.
 */
export function FolderActions({ folder, onDeleted }: FolderActionsProps) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [deleteState, deleteFolder] = useMutation(deleteFolderMutation);
  const deleteProblem = describeError(deleteState.error);
  const notEmpty = deleteProblem?.reason === LibraryErrorReason.FOLDER_NOT_EMPTY;

  async function onDelete() {
    const result = await deleteFolder({ folderId: folder.id }, FOLDERS_CONTEXT);
    if (result.data?.deleteFolder) onDeleted(folder.name, folder.parentId);
  }

  return (
    <div className="stack-small folder-actions">
      <div className="actions">
        <Button
          ref={renameButton}
          variant="secondary"
          size="small"
          aria-expanded={renaming}
          aria-controls={renaming ? 'rename-folder-form' : undefined}
          onClick={() => {
            setStatus('');
            setRenaming((open) => !open);
          }}
        >
          Rename folder
        </Button>
        <Button ref={deleteButton} variant="danger" size="small" aria-haspopup="dialog" onClick={() => setConfirming(true)}>
          Delete folder
        </Button>
      </div>
      <p role="status" className="small success">
        {status}
      </p>
      {renaming ? (
        <RenameForm
          key={folder.id}
          folder={folder}
          onDone={(renamed) => {
            setRenaming(false);
            if (renamed) setStatus(`Folder renamed to “${renamed}”.`);
            renameButton.current?.focus();
          }}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Delete the folder “${folder.name}”?`}
          confirmLabel="Delete folder"
          busy={deleteState.fetching}
          problem={
            deleteProblem ? (
              <>
                <p>{deleteProblem.message}.</p>
                {notEmpty ? <p>Open the folder to move its documents elsewhere (“Move to folder” on each document) or delete them.</p> : null}
              </>
            ) : undefined
          }
          onConfirm={() => void onDelete()}
          onClose={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        >
          <p>Only an empty folder can be deleted: move or delete its documents and folders first. Nothing inside a folder is ever deleted with it.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function RenameForm({ folder, onDone }: { folder: { id: string; name: string }; onDone(renamed: string | null): void }) {
  const [name, setName] = useState(folder.name);
  const [state, rename] = useMutation(renameFolderMutation);
  const problem = describeError(state.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await rename({ input: { folderId: folder.id, name: name.trim() } }, FOLDERS_CONTEXT);
    if (result.data?.renameFolder) onDone(result.data.renameFolder.name);
  }

  return (
    <form id="rename-folder-form" className="stack-small panel" aria-label="Rename folder" onSubmit={onSubmit} noValidate>
      <ErrorAlert>{problem && !problem.fields['name'] ? problem.message : undefined}</ErrorAlert>
      <TextField
        label="New name"
        value={name}
        required
        maxLength={120}
        autoFocus
        error={sentence(problem?.fields['name'])}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <div className="actions">
        <Button type="submit" variant="primary" size="small" disabled={state.fetching || !name.trim() || name.trim() === folder.name}>
          Save name
        </Button>
        <Button variant="secondary" size="small" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
