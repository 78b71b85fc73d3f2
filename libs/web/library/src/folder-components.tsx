import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, sentence, TextField } from '@community-hub/web-ui';
import { libraryPath } from './file-rules';
import { folderChildren, type FolderNode } from './folder-tree';
import { createFolderMutation } from './library.documents';

// The folder tree and "New folder", shared by a network's library and a consortium's workspace
// library, outside the (lazily loaded) library page so neither pulls in the other.

/** Lists without a Folder in them must still refetch after a new folder. */
export const FOLDERS_CONTEXT = { additionalTypenames: ['Folder'] };

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
      <Button
        variant="secondary" size="small"
        aria-expanded={open}
        aria-controls={open ? 'new-folder-form' : undefined}
        onClick={() => {
          setOpen((value) => !value);
          setCreated(null);
        }}
      >
        New folder
      </Button>
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
          <Button type="submit" variant="primary" size="small" disabled={fetching || !name.trim()}>
            Create folder
          </Button>
        </form>
      ) : null}
    </div>
  );
}
