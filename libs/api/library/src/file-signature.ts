import { LIBRARY_TYPES_BY_EXTENSION } from '@community-hub/shared-validation';

/**
 * Which content types the library accepts, and a check that a file's first
 * bytes are what its declared type says (a ".pdf" that is really a program is
 * refused). Hand-written because the maintained sniffing library is ESM-only,
 * and these few signatures are stable and documented.
 */
export const ALLOWED_CONTENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet (XLSX)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation (PPTX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text (ODT)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet (ODS)',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
};

/** The type a file's extension names, for files that arrive without one (entries of an imported zip). */
export const CONTENT_TYPES_BY_EXTENSION = LIBRARY_TYPES_BY_EXTENSION;

/** The accepted type of a file by its extension; null for any other extension. */
export function contentTypeForFilename(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (CONTENT_TYPES_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null) : null;
}

/** Bytes to read from the start of a file for `matchesDeclaredType`. */
export const SIGNATURE_BYTES = 4096;

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const EXECUTABLES = [[0x4d, 0x5a], [0x7f, 0x45, 0x4c, 0x46], [0xfe, 0xed, 0xfa], [0xcf, 0xfa, 0xed, 0xfe], [0x23, 0x21]];

function looksLikeText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  if (EXECUTABLES.some((signature) => startsWith(bytes, signature))) return false;
  // The sample may end in the middle of a multi-byte character: ignore up to 3 trailing bytes.
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return bytes.length === 0;
}

export function matchesDeclaredType(contentType: string, head: Buffer): boolean {
  switch (contentType) {
    case 'application/pdf':
      return startsWith(head, PDF);
    case 'image/png':
      return startsWith(head, PNG);
    case 'image/jpeg':
      return startsWith(head, JPEG);
    case 'text/plain':
    case 'text/csv':
      return looksLikeText(head);
    default:
      // DOCX, XLSX, PPTX, ODT and ODS are all ZIP containers.
      return contentType in ALLOWED_CONTENT_TYPES && startsWith(head, ZIP);
  }
}

/** A name safe to show and to send back in Content-Disposition: no paths, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').replace(/^\.+/, '').trim().slice(0, 200);
}
