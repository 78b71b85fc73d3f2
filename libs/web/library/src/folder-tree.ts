// The folder tree's shape, shared by the library page and the (lazily loaded) folder picker.

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
