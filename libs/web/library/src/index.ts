import './library.css';

export { FolderTree, NewFolder } from './folder-components';
export { folderChildren, folderTrail, type FolderNode } from './folder-tree';
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
export { libraryRoutes, libraryTabRoutes } from './library-routes';
export { DocumentTable, DOCUMENTS_PAGE, type DocumentPageSource, type DocumentTableProps } from './document-table';
