/**
 * Why the library refused, in `extensions.reason` beside the global
 * `extensions.code` (the web client branches on these, never on messages).
 */
export enum LibraryErrorReason {
  /** CONFLICT: a folder that still holds documents or folders is not deleted. */
  FOLDER_NOT_EMPTY = 'FOLDER_NOT_EMPTY',
}

/**
 * The type a file's extension names, for the types the library accepts: browsers often give
 * no type (or a vague one) for office files and CSV, and a zip's entries carry none.
 */
export const LIBRARY_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
