import { folderChildren, type FolderNode } from './folder-tree';

/** Every folder in tree order, each labelled with its path ("Board › Minutes 2026"), for a folder picker. */
export function folderChoices(folders: readonly FolderNode[]): { id: string; label: string }[] {
  const children = folderChildren(folders);
  const out: { id: string; label: string }[] = [];
  const walk = (parent: string, trail: string[]) => {
    for (const folder of children.get(parent) ?? []) {
      const path = [...trail, folder.name];
      out.push({ id: folder.id, label: path.join(' › ') });
      // A damaged list (a folder its own ancestor) cannot loop for ever.
      if (path.length < 20) walk(folder.id, path);
    }
  };
  walk('', []);
  return out;
}
