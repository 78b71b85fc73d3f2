import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert } from '@community-hub/web-ui';
import { watchFolderMutation } from './library.documents';

/** `watchFolder` answers a bare Boolean: saying it touches folders refreshes `Folder.watching`. */
const FOLDERS_CONTEXT = { additionalTypenames: ['Folder'] };

/** "Watch folder" (a toggle button): watchers are told of every new document in the folder. */
export function WatchFolderButton({ folderId, folderName, watching }: { folderId: string; folderName: string; watching: boolean }) {
  const [pressed, setPressed] = useState(watching);
  const [note, setNote] = useState('');
  const [state, watchFolder] = useMutation(watchFolderMutation);
  const problem = describeError(state.error);

  // The server's answer wins (another folder, or a refresh after the change).
  useEffect(() => {
    setPressed(watching);
  }, [watching, folderId]);
  useEffect(() => setNote(''), [folderId]);

  async function onToggle() {
    const watch = !pressed;
    const result = await watchFolder({ folderId, watch }, FOLDERS_CONTEXT);
    if (result.data) {
      setPressed(result.data.watchFolder);
      setNote(
        result.data.watchFolder
          ? `You will be notified of new documents in “${folderName}”.`
          : `You will no longer be notified of new documents in “${folderName}”.`,
      );
    }
  }

  return (
    <div className="actions watch-folder">
      <Button variant="secondary" size="small" aria-pressed={pressed} onClick={onToggle} disabled={state.fetching}>
        Watch folder
      </Button>
      <span role="status" className="muted small">
        {note}
      </span>
      <ErrorAlert>{problem?.message}</ErrorAlert>
    </div>
  );
}
