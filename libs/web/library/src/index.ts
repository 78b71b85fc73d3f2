export { LibraryPage, DOCUMENTS_PAGE, FolderTree, NewFolder, folderChildren, folderTrail, type FolderNode } from './library-page';
export { DocumentPage, VersionTable } from './document-page';
export { UploadPanel, type UploadPanelProps } from './upload-panel';
export { WatchFolderButton } from './watch-folder-button';
export {
  UploadTransferError,
  UploadTransportProvider,
  useUploadTransport,
  xhrTransport,
  type ProgressListener,
  type UploadTarget,
  type UploadTransport,
} from './upload-transport';
export {
  ACCEPT,
  ALLOWED_TYPES,
  MAX_UPLOAD_BYTES,
  KIND_LABELS,
  KINDS,
  checkFile,
  contentTypeFor,
  documentPath,
  formatBytes,
  libraryPath,
  titleFromFilename,
} from './file-rules';
export * from './library.documents';
