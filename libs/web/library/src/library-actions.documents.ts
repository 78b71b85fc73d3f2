import { graphql } from '@community-hub/web-graphql';

// Used only by the lazily loaded edit, move and delete controls (document-actions, folder-actions).

export const updateDocumentMutation = graphql(`
  mutation UpdateDocument($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      id
      title
      description
      kind
      tags
      updatedAt
      folder {
        id
        name
      }
    }
  }
`);

export const deleteDocumentMutation = graphql(`
  mutation DeleteDocument($documentId: ID!) {
    deleteDocument(documentId: $documentId)
  }
`);

export const documentConsortiumFoldersQuery = graphql(`
  query DocumentConsortiumFolders($id: ID!) {
    consortium(id: $id) {
      id
      folders {
        id
        name
        parentId
      }
    }
  }
`);

export const renameFolderMutation = graphql(`
  mutation RenameFolder($input: RenameFolderInput!) {
    renameFolder(input: $input) {
      id
      name
      parentId
    }
  }
`);

export const deleteFolderMutation = graphql(`
  mutation DeleteFolder($folderId: ID!) {
    deleteFolder(folderId: $folderId)
  }
`);
