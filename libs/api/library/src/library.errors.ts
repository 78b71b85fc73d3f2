import { DomainError, ErrorCode } from '@community-hub/api-common';
import { LibraryErrorReason } from '@community-hub/shared-validation';

export { LibraryErrorReason };

export const folderNotEmpty = (name: string, documents: number, folders: number) => {
  const parts = [documents ? `${documents} ${documents === 1 ? 'document' : 'documents'}` : '', folders ? `${folders} ${folders === 1 ? 'folder' : 'folders'}` : '']
    .filter(Boolean)
    .join(' and ');
  return new DomainError(ErrorCode.CONFLICT, `“${name}” still holds ${parts}: move or delete them first`, {
    reason: LibraryErrorReason.FOLDER_NOT_EMPTY,
    documents,
    folders,
  });
};
