import mammoth from 'mammoth';
import { unzipSync } from 'fflate';
import { extractPdfText } from './pdf-text';

/** The most text kept per version (characters). */
export const MAX_TEXT_CHARS = 1_000_000;
/** A ZIP-based document whose parts would unpack to more than this is refused (a "zip bomb"). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';
const EXTRACTORS: Record<string, (bytes: Buffer) => Promise<string>> = {
  'application/pdf': (bytes) => extractPdfText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { maxChars: MAX_TEXT_CHARS }),
  [DOCX]: async (bytes) => {
    checkUnpackedSize(bytes);
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  },
  [ODT]: async (bytes) => odtText(bytes),
  'text/plain': async (bytes) => decodeText(bytes),
  'text/csv': async (bytes) => decodeText(bytes),
};

/** Whether we read text from this (verified) content type. */
export function canExtractText(contentType: string): boolean {
  return contentType in EXTRACTORS;
}

/** The document's plain text, normalised and capped at MAX_TEXT_CHARS. Throws when the file cannot be read. */
export async function extractText(contentType: string, bytes: Buffer): Promise<string> {
  const extractor = EXTRACTORS[contentType];
  if (!extractor) throw new Error(`no text extractor for ${contentType}`);
  return normaliseText(await extractor(bytes));
}

/** No NULs (PostgreSQL text cannot hold them) or other control characters, tidy whitespace, capped. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT_CHARS);
}

function decodeText(bytes: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, MAX_TEXT_CHARS * 4));
}

function checkUnpackedSize(bytes: Buffer): void {
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      total += file.originalSize;
      return false;
    },
  });
  if (total > MAX_UNPACKED_BYTES) throw new Error('the document unpacks to more than 200 MB');
}

/** OpenDocument text: the words are in content.xml inside the ZIP. */
export function odtText(bytes: Buffer): string {
  let tooLarge = false;
  const files = unzipSync(bytes, {
    filter: (file) => {
      if (file.name !== 'content.xml') return false;
      tooLarge = file.originalSize > MAX_UNPACKED_BYTES;
      return !tooLarge;
    },
  });
  if (tooLarge) throw new Error('content.xml unpacks to more than 200 MB');
  const xml = files['content.xml'];
  if (!xml) throw new Error('not an OpenDocument file: content.xml is missing');
  return odfXmlToText(new TextDecoder('utf-8').decode(xml));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function odfXmlToText(xml: string): string {
  const body = xml.slice(Math.max(0, xml.indexOf('<office:body')));
  return body
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_, count?: string) => ' '.repeat(Math.min(Number(count ?? 1), 100)))
    .replace(/<\/text:(?:p|h)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
      if (entity[0] !== '#') return ENTITIES[entity] ?? match;
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    });
}
