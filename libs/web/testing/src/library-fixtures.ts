/** Library data shaped like the API's answers (see libs/web/library/src/library.documents.ts). */

const person = (name: string) => ({ __typename: 'User', id: `user-${name.toLowerCase().replace(/\W+/g, '-')}`, name });

export interface VersionFixture {
  number: number;
  filename?: string;
  contentType?: string;
  size?: number;
  uploadedBy?: string;
  createdAt?: string;
  documentId?: string;
  textStatus?: 'PENDING' | 'DONE' | 'FAILED' | 'UNSUPPORTED' | 'SKIPPED';
}

const PREVIEWABLE = ['application/pdf', 'image/png', 'image/jpeg'];

export function libraryVersion(fixture: VersionFixture) {
  const documentId = fixture.documentId ?? 'doc-1';
  const contentType = fixture.contentType ?? 'application/pdf';
  return {
    __typename: 'DocumentVersion',
    id: `${documentId}-v${fixture.number}`,
    number: fixture.number,
    filename: fixture.filename ?? `minutes-v${fixture.number}.pdf`,
    contentType,
    size: fixture.size ?? 20_480,
    createdAt: fixture.createdAt ?? `2026-11-0${Math.min(fixture.number, 9)}T10:00:00.000Z`,
    downloadUrl: `/storage/download/token-${documentId}-${fixture.number}`,
    previewUrl: PREVIEWABLE.includes(contentType) ? `/storage/preview/token-${documentId}-${fixture.number}` : null,
    textStatus: fixture.textStatus ?? (PREVIEWABLE.includes(contentType) && contentType !== 'application/pdf' ? 'UNSUPPORTED' : 'DONE'),
    uploadedBy: person(fixture.uploadedBy ?? 'Sam Organiser'),
  };
}

export interface DocumentFixture {
  id?: string;
  title?: string;
  kind?: 'MINUTES' | 'POLICY' | 'TEMPLATE' | 'REPORT' | 'OTHER';
  description?: string;
  tags?: string[];
  folder?: { id: string; name: string } | null;
  /** Oldest first; the document lists them newest first. */
  versions?: VersionFixture[];
  membership?: null | { role?: 'MEMBER' | 'COORDINATOR' | 'ADMIN'; status?: 'ACTIVE' | 'PENDING' | 'SUSPENDED' };
  /** The viewer uploaded it or coordinates the network (the API's `viewerCanEdit`). */
  viewerCanEdit?: boolean;
}

/** A `Document` with every field the library screens ask for. */
export function libraryDocument(fixture: DocumentFixture = {}) {
  const id = fixture.id ?? 'doc-1';
  const versions = (fixture.versions ?? [{ number: 1 }]).map((version) => libraryVersion({ documentId: id, ...version })).reverse();
  const membership = fixture.membership === undefined ? { role: 'MEMBER' as const, status: 'ACTIVE' as const } : fixture.membership;
  return {
    __typename: 'Document',
    id,
    title: fixture.title ?? 'October meeting minutes',
    kind: fixture.kind ?? 'MINUTES',
    tags: fixture.tags ?? [],
    description: fixture.description ?? '',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: versions[0]?.createdAt ?? '2026-11-01T10:00:00.000Z',
    viewerCanEdit: fixture.viewerCanEdit ?? false,
    folder: fixture.folder ? { __typename: 'Folder', ...fixture.folder } : null,
    currentVersion: versions[0],
    versions,
    consortium: null,
    network: {
      __typename: 'Network',
      id: 'net-1',
      slug: 'macclesfield',
      name: 'Macclesfield Community Network',
      myMembership: membership
        ? { __typename: 'Membership', id: 'membership-me', role: membership.role ?? 'MEMBER', status: membership.status ?? 'ACTIVE' }
        : null,
    },
  };
}

export function documentsPage(nodes: Array<ReturnType<typeof libraryDocument>>, pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {}) {
  return {
    __typename: 'DocumentConnection',
    totalCount: nodes.length,
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}

export function folder(id: string, name: string, parentId: string | null = null, watching = false, viewerCanEdit = false) {
  return { __typename: 'Folder', id, name, parentId, watching, viewerCanEdit };
}

/**
 * A stand-in for XMLHttpRequest: records what was sent; the spec drives
 * progress and the answer. `FakeXhr.create` is what a transport is given.
 */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  static reset(): void {
    FakeXhr.sent = [];
  }
  static create = (): XMLHttpRequest => new FakeXhr() as unknown as XMLHttpRequest;

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  send(body: unknown): void {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort(): void {
    this.onabort?.();
  }
  /** upload.onprogress with `loaded` of `total` bytes. */
  progress(loaded: number, total: number): void {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
  }
  respond(status: number, responseText = ''): void {
    this.status = status;
    this.responseText = responseText;
    this.onload?.();
  }
  fail(): void {
    this.onerror?.();
  }
}
