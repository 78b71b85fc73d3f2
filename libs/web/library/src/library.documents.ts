import { graphql } from '@community-hub/web-graphql';

export const libraryVersionFragment = graphql(`
  fragment LibraryVersion on DocumentVersion {
    id
    number
    filename
    contentType
    size
    createdAt
    downloadUrl
    previewUrl
    textStatus
    uploadedBy {
      id
      name
    }
  }
`);

export const libraryDocumentSummaryFragment = graphql(`
  fragment LibraryDocumentSummary on Document {
    id
    title
    kind
    tags
    updatedAt
    currentVersion {
      ...LibraryVersion
    }
  }
`);

export const libraryFoldersQuery = graphql(`
  query LibraryFolders($slug: String!) {
    network(slug: $slug) {
      id
      folders {
        id
        name
        parentId
        watching
        viewerCanEdit
      }
    }
  }
`);

export const libraryDocumentsQuery = graphql(`
  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {
        totalCount
        nodes {
          ...LibraryDocumentSummary
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const libraryDocumentQuery = graphql(`
  query LibraryDocument($id: ID!) {
    document(id: $id) {
      ...LibraryDocumentSummary
      description
      createdAt
      viewerCanEdit
      folder {
        id
        name
      }
      consortium {
        id
        name
      }
      network {
        id
        slug
        name
        myMembership {
          id
          role
          status
        }
      }
      versions {
        ...LibraryVersion
      }
    }
  }
`);

export const createFolderMutation = graphql(`
  mutation CreateFolder($input: CreateFolderInput!) {
    createFolder(input: $input) {
      id
      name
      parentId
    }
  }
`);

export const requestUploadMutation = graphql(`
  mutation RequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadId
      url
      method
      headers {
        name
        value
      }
      expiresAt
    }
  }
`);

export const completeUploadMutation = graphql(`
  mutation CompleteUpload($input: CompleteUploadInput!) {
    completeUpload(input: $input) {
      ...LibraryDocumentSummary
      versions {
        ...LibraryVersion
      }
    }
  }
`);

export const watchFolderMutation = graphql(`
  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {
    watchFolder(folderId: $folderId, watch: $watch)
  }
`);
