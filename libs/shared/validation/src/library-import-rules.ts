/**
 * Why a library import left an entry of the zip out (`LibraryImportItem.reason`,
 * the skipped list's CSV) or stopped altogether (`LibraryImport.failureReason`).
 * Shared so the web client shows the same words the CSV carries.
 */
export enum LibraryImportReason {
  /** Entry: `__MACOSX`, `.DS_Store`, `Thumbs.db` (made by the computer, not by people). */
  SYSTEM_FILE = 'SYSTEM_FILE',
  /** Entry: an absolute path, or one that climbs out of the folder (`..`). */
  UNSAFE_PATH = 'UNSAFE_PATH',
  /** Entry: not a type the library accepts (the same list as an upload). */
  TYPE_NOT_ALLOWED = 'TYPE_NOT_ALLOWED',
  /** Entry: its contents are not what its name says (the same check as an upload). */
  CONTENTS_DO_NOT_MATCH = 'CONTENTS_DO_NOT_MATCH',
  /** Entry: empty, or over the upload size limit. */
  SIZE_NOT_ALLOWED = 'SIZE_NOT_ALLOWED',
  /** Entry: compressed more than the allowed ratio (a "zip bomb" sign). */
  COMPRESSION_RATIO = 'COMPRESSION_RATIO',
  /** Entry: password-protected, or compressed in a way we cannot read, or damaged. */
  UNREADABLE = 'UNREADABLE',
  /** Entry: the same file (sha256) is already in that folder. */
  ALREADY_IN_LIBRARY = 'ALREADY_IN_LIBRARY',
  /** Import: more entries than allowed. */
  TOO_MANY_ENTRIES = 'TOO_MANY_ENTRIES',
  /** Import: the files add up to more than allowed. */
  TOO_LARGE = 'TOO_LARGE',
  /** Import: not a zip file, or a damaged one. */
  NOT_A_ZIP = 'NOT_A_ZIP',
}

/** Plain words for each reason (the CSV's "Why" column and the web summary). */
export const LIBRARY_IMPORT_REASON_TEXT: Record<LibraryImportReason, string> = {
  [LibraryImportReason.SYSTEM_FILE]: 'A file the computer made (not a document)',
  [LibraryImportReason.UNSAFE_PATH]: 'The path is absolute or goes outside the folder',
  [LibraryImportReason.TYPE_NOT_ALLOWED]: 'This type of file cannot be added to the library',
  [LibraryImportReason.CONTENTS_DO_NOT_MATCH]: 'The contents do not match the type its name says',
  [LibraryImportReason.SIZE_NOT_ALLOWED]: 'The file is empty or larger than the upload limit',
  [LibraryImportReason.COMPRESSION_RATIO]: 'Compressed far more than a real document could be',
  [LibraryImportReason.UNREADABLE]: 'Password-protected, damaged or compressed in a way we cannot read',
  [LibraryImportReason.ALREADY_IN_LIBRARY]: 'The same file is already in that folder',
  [LibraryImportReason.TOO_MANY_ENTRIES]: 'The zip holds more files than an import may',
  [LibraryImportReason.TOO_LARGE]: 'The files in the zip add up to more than an import may',
  [LibraryImportReason.NOT_A_ZIP]: 'This is not a zip file, or it is damaged',
};
