import type { DocumentKind } from '@community-hub/web-graphql';
import { LIBRARY_TYPES_BY_EXTENSION } from '@community-hub/shared-validation';

/** What the library accepts (keep in step with libs/api/library/src/file-signature.ts). */
export const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (PPTX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text (ODT)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet (ODS)',
  'text/plain': 'text (TXT)',
  'text/csv': 'CSV',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** Browsers often give no type (or a vague one) for office files and CSV: the extension decides then. */
export const TYPES_BY_EXTENSION = LIBRARY_TYPES_BY_EXTENSION;

/** The API's default limit (MAX_UPLOAD_BYTES, 100 MiB); the API checks again. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** The picker's `accept`: extensions and types. */
export const ACCEPT = [...Object.keys(TYPES_BY_EXTENSION).map((ext) => `.${ext}`), ...Object.keys(ALLOWED_TYPES)].join(',');

export const KIND_LABELS: Record<DocumentKind, string> = {
  MINUTES: 'Minutes',
  POLICY: 'Policy',
  TEMPLATE: 'Template',
  REPORT: 'Report',
  OTHER: 'Other',
};

export const KINDS: DocumentKind[] = ['MINUTES', 'POLICY', 'TEMPLATE', 'REPORT', 'OTHER'];

/** The kind a folder's name suggests for new documents ("Minutes 2026" → Minutes, "Policies" → Policy); Other when none. */
export function kindForFolder(name: string | null | undefined): DocumentKind {
  const words = name?.toLowerCase() ?? '';
  if (/\bminutes\b/.test(words)) return 'MINUTES';
  if (/\bpolic(y|ies)\b/.test(words)) return 'POLICY';
  if (/\btemplates?\b/.test(words)) return 'TEMPLATE';
  if (/\breports?\b/.test(words)) return 'REPORT';
  return 'OTHER';
}

export function isDocumentKind(value: string | null | undefined): value is DocumentKind {
  return !!value && (KINDS as string[]).includes(value);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The type to declare: the browser's when it is one we accept, otherwise by extension; null when neither. */
export function contentTypeFor(file: { name: string; type: string }): string | null {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared in ALLOWED_TYPES) return declared;
  return TYPES_BY_EXTENSION[extensionOf(file.name)] ?? null;
}

export type FileCheck = { ok: true; contentType: string } | { ok: false; message: string };

/** Refuses, before anything is sent, what the API would refuse for its type or size. */
export function checkFile(file: { name: string; type: string; size: number }, maxBytes = MAX_UPLOAD_BYTES): FileCheck {
  const contentType = contentTypeFor(file);
  if (!contentType) {
    const allowed = [...new Set(Object.values(ALLOWED_TYPES))].join(', ');
    return { ok: false, message: `“${file.name}” is not a type of file the library accepts. Allowed: ${allowed}.` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  if (file.size > maxBytes) {
    return { ok: false, message: `“${file.name}” is ${formatBytes(file.size)}: files can be at most ${formatBytes(maxBytes)}.` };
  }
  return { ok: true, contentType };
}

/** 0 → "0 bytes", 1536 → "1.5 KB", 104857600 → "100 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

/** "Minutes 2026-03.final.pdf" → "Minutes 2026-03.final". */
export function titleFromFilename(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim() || name;
}

export function libraryPath(slug: string, folderId?: string | null): string {
  return folderId ? `/n/${slug}/library?folder=${encodeURIComponent(folderId)}` : `/n/${slug}/library`;
}

export function documentPath(slug: string, documentId: string): string {
  return `/n/${slug}/d/${documentId}`;
}

/** Active members (and platform admins) may add folders and files. */
export function canContribute(
  membership: { status: string } | null | undefined,
  user: { isPlatformAdmin: boolean } | null | undefined,
): boolean {
  if (!user) return false;
  return user.isPlatformAdmin || membership?.status === 'ACTIVE';
}
