import { crc32 } from 'node:zlib';

/**
 * Names inside a zip: decoded as the zip says (UTF-8 when general-purpose bit 11 is
 * set, or through an Info-ZIP Unicode Path extra field), else as IBM code page 437,
 * the encoding the zip format names and that Windows' own zipper still writes; then
 * checked, so no entry can name a place outside the import's folder.
 */

/** Code page 437, bytes 0x80-0xFF (0x00-0x7F are ASCII). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return out;
}

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;

/** The entry's name as text (yauzl opened with `decodeStrings: false` hands over the raw bytes). */
export function decodeEntryName(entry: { fileName: string | Buffer; generalPurposeBitFlag: number; extraFields?: { id: number; data: Buffer }[] }): string {
  const raw = Buffer.isBuffer(entry.fileName) ? entry.fileName : Buffer.from(entry.fileName, 'utf8');
  if (entry.generalPurposeBitFlag & UTF8_FLAG) return raw.toString('utf8');
  // Info-ZIP's Unicode Path (version 1, CRC-32 of the plain name, then the UTF-8 name): used only when it matches the plain name.
  const unicode = entry.extraFields?.find((field) => field.id === UNICODE_PATH_FIELD);
  if (unicode && unicode.data.length > 5 && unicode.data[0] === 1 && unicode.data.readUInt32LE(1) === crc32(raw)) {
    return unicode.data.subarray(5).toString('utf8');
  }
  return decodeCp437(raw);
}

export type EntryPath =
  | { ok: true; folders: string[]; name: string | null }
  | { ok: false; reason: 'UNSAFE_PATH' | 'SYSTEM_FILE' };

const SYSTEM_NAMES = new Set(['.ds_store', 'thumbs.db']);

/**
 * Splits an entry's name into the folders it sits in and its file name (null for a
 * folder entry). Refused: absolute paths (`/x`, `C:\x`, `\\server\x`), any `..`
 * segment, and control characters in a name. Backslashes count as separators (some
 * Windows tools write them). `__MACOSX`, `.DS_Store` and `Thumbs.db` are system files.
 */
export function parseEntryPath(name: string): EntryPath {
  const normalised = name.normalize('NFC').replace(/\\/g, '/');
  if (normalised.startsWith('/') || /^[a-z]:/i.test(normalised) || /[\u0000-\u001f\u007f]/.test(normalised)) return { ok: false, reason: 'UNSAFE_PATH' };
  const isFolder = normalised.endsWith('/');
  const segments = normalised.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return { ok: false, reason: 'UNSAFE_PATH' };
  if (!segments.length) return { ok: false, reason: 'UNSAFE_PATH' };
  if (segments.some((segment) => segment === '__MACOSX') || SYSTEM_NAMES.has(segments.at(-1)!.toLowerCase())) return { ok: false, reason: 'SYSTEM_FILE' };
  const folders = segments.map((segment) => segment.trim());
  if (folders.some((segment) => !segment)) return { ok: false, reason: 'UNSAFE_PATH' };
  return isFolder ? { ok: true, folders, name: null } : { ok: true, folders: folders.slice(0, -1), name: folders.at(-1)! };
}
