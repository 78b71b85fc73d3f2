import { graphql } from '@community-hub/web-graphql';

export const requestLibraryImportUploadMutation = graphql(`
  mutation RequestLibraryImportUpload($input: RequestLibraryImportUploadInput!) {
    requestLibraryImportUpload(input: $input) {
      uploadId
      url
      method
      headers {
        name
        value
      }
    }
  }
`);

export const startLibraryImportMutation = graphql(`
  mutation StartLibraryImport($input: StartLibraryImportInput!) {
    startLibraryImport(input: $input) {
      id
      status
    }
  }
`);

export const libraryImportQuery = graphql(`
  query LibraryImport($id: ID!) {
    libraryImport(id: $id) {
      id
      status
      entriesTotal
      entriesDone
      imported
      skipped
      failureMessage
      skippedListUrl
      skippedEntries(first: 10) {
        totalCount
        nodes {
          entryIndex
          path
          reasonText
        }
      }
    }
  }
`);
