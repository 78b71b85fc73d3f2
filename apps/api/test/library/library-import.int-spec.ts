import { createHash, randomBytes } from 'node:crypto';
import { LibraryImportService } from '@community-hub/api-library';
import { docxWithText, eventually } from '../support/documents';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildZip, type ZipEntrySpec } from '../support/zip-builder';

const REQUEST = 'mutation($i: RequestLibraryImportUploadInput!) { requestLibraryImportUpload(input: $i) { uploadId url method headers { name value } } }';
const START = 'mutation($i: StartLibraryImportInput!) { startLibraryImport(input: $i) { id status filename skippedListUrl } }';
const PROGRESS = `query($id: ID!) { libraryImport(id: $id) {
  id status entriesTotal entriesDone imported skipped failureReason failureMessage skippedListUrl finishedAt
  startedBy { id } folder { id }
  skippedEntries(first: 100) { totalCount nodes { entryIndex path reason reasonText } } } }`;
const LIBRARY = `query($slug: String!) { network(slug: $slug) { folders { id name parent { id } } } }`;
const DOCUMENTS = `query($slug: String!, $f: ID) { network(slug: $slug) { documents(folderId: $f, first: 100) { totalCount nodes {
  id title currentVersion { filename contentType size sha256 downloadUrl fileModifiedAt } } } } }`;

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PDF = (n: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(n)]);
const MARCH = new Date(Date.UTC(2021, 2, 4, 9, 15, 20));

/** Sends a zip as a coordinator would: a ticket, the bytes, then the start. */
async function importZip(t: TestApp, s: NetworkScenario, zip: Buffer, token = s.coordinator.token, folderId: string | null = null) {
  const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'Knowledge Hub library.zip', size: zip.length } }, token);
  if (requested.errors) return { errors: requested.errors, id: null as string | null };
  const ticket = requested.data.requestLibraryImportUpload;
  const put = await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body: zip });
  expect(put.status).toBe(200);
  const started = await t.gql(START, { i: { uploadId: ticket.uploadId, folderId } }, token);
  return { errors: started.errors, id: (started.data?.startLibraryImport?.id ?? null) as string | null, uploadId: ticket.uploadId as string };
}

async function finished(t: TestApp, id: string, token: string) {
  return eventually(async () => {
    const result = await t.gql(PROGRESS, { id }, token);
    const row = result.data?.libraryImport;
    return row && (row.status === 'DONE' || row.status === 'FAILED') ? row : null;
  }, 30_000, 150);
}

/** Every folder as its path ("Board/Minutes/2021") -> id. */
async function folderPaths(t: TestApp, s: NetworkScenario): Promise<Map<string, string>> {
  const folders: { id: string; name: string; parent: { id: string } | null }[] = (await t.gql(LIBRARY, { slug: s.slug }, s.member.token)).data.network.folders;
  const byId = new Map(folders.map((f) => [f.id, f]));
  const pathOf = (id: string): string => {
    const folder = byId.get(id)!;
    return folder.parent ? `${pathOf(folder.parent.id)}/${folder.name}` : folder.name;
  };
  return new Map(folders.map((f) => [pathOf(f.id), f.id]));
}

async function documentsIn(t: TestApp, s: NetworkScenario, folderId: string | null) {
  const result = await t.gql(DOCUMENTS, { slug: s.slug, f: folderId }, s.member.token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.network.documents.nodes as { title: string; currentVersion: { filename: string; sha256: string; size: number; downloadUrl: string; fileModifiedAt: string | null } }[];
}

// "Résumé.txt" in code page 437 (é is 0x82), no UTF-8 flag: what Windows' own zipper writes.
const CP437_NAME = Buffer.from([0x52, 0x82, 0x73, 0x75, 0x6d, 0x82, 0x2e, 0x74, 0x78, 0x74]);

/** A Knowledge Hub-like library: a nested tree, names in both encodings, and everything an import must leave out. */
function libraryZip() {
  const files = {
    march: PDF(20_000),
    notes: Buffer.from('Apologies: none.\nActions: book the hall.\n'),
    policy: docxWithText('Safeguarding policy'),
    deep: Buffer.from('Deep in the tree\n'),
    menu: Buffer.from('Soup, bread, cake\n'),
    resume: Buffer.from('Volunteer profile\n'),
    logo: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3000)]),
  };
  const entries: ZipEntrySpec[] = [
    { name: 'Board/' },
    { name: 'Board/Minutes/2021/March.pdf', data: files.march, deflate: true, modified: MARCH },
    { name: 'Board/Minutes/2021/notes.txt', data: files.notes, deflate: true },
    { name: 'Board/Safeguarding policy.docx', data: files.policy },
    { name: 'a/b/c/deep.txt', data: files.deep },
    { name: 'a/b/c/deep copy.txt', data: files.deep },
    { name: 'a/b/c/logo.png', data: files.logo },
    { name: 'Empty folder/' },
    { name: 'Café menu.txt', data: files.menu },
    { name: CP437_NAME, data: files.resume },
    { name: '__MACOSX/Board/._Safeguarding policy.docx', data: Buffer.from([0, 5, 22, 7]) },
    { name: 'Board/.DS_Store', data: Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]) },
    { name: 'Board/Thumbs.db', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
    { name: 'tools/setup.exe', data: Buffer.from([0x4d, 0x5a, 0x90, 0]) },
    { name: 'Board/not really.pdf', data: Buffer.from('just text, not a PDF') },
    { name: '../escape.txt', data: Buffer.from('outside') },
    { name: '/etc/absolute.txt', data: Buffer.from('absolute') },
    { name: 'Board/empty.txt', data: Buffer.alloc(0) },
  ];
  return { zip: buildZip(entries), files, entryCount: entries.length };
}

describe('library import from a zip', () => {
  let t: TestApp;
  let s: NetworkScenario;

  beforeAll(async () => {
    t = await startTestApp({
      ...ADMIN_ENV,
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      LIBRARY_IMPORT_MAX_ENTRIES: '40',
      LIBRARY_IMPORT_MAX_BYTES: String(3 * 1024 * 1024),
    });
    s = await networkScenario(t, 'PRIVATE');
  });
  afterAll(() => t.close());

  it('imports a nested tree: folders kept, byte-identical documents with their dates, a skipped list; a second import adds nothing', async () => {
    const { zip, files, entryCount } = libraryZip();
    const { errors, id } = await importZip(t, s, zip);
    expect(errors).toBeUndefined();
    const done = await finished(t, id!, s.coordinator.token);
    expect(done).toMatchObject({ status: 'DONE', entriesTotal: entryCount, entriesDone: entryCount, imported: 7, skipped: 9, failureReason: null, startedBy: { id: s.coordinator.id }, folder: null });

    // The folder structure, empty folders included.
    const folders = await folderPaths(t, s);
    expect([...folders.keys()].sort()).toEqual(['Board', 'Board/Minutes', 'Board/Minutes/2021', 'Empty folder', 'a', 'a/b', 'a/b/c', 'tools'].sort());

    // Each file where it was, with its name as title, and exactly its bytes.
    const expected: [string | null, string, Buffer][] = [
      ['Board/Minutes/2021', 'March.pdf', files.march],
      ['Board/Minutes/2021', 'notes.txt', files.notes],
      ['Board', 'Safeguarding policy.docx', files.policy],
      ['a/b/c', 'deep.txt', files.deep],
      ['a/b/c', 'logo.png', files.logo],
      [null, 'Café menu.txt', files.menu],
      [null, 'Résumé.txt', files.resume],
    ];
    for (const [folder, filename, bytes] of expected) {
      const documents = await documentsIn(t, s, folder ? folders.get(folder)! : null);
      const document = documents.find((d) => d.currentVersion.filename === filename);
      expect([folder, filename, document?.title]).toEqual([folder, filename, filename.replace(/\.[a-z]+$/, '')]);
      expect(document!.currentVersion).toMatchObject({ size: bytes.length, sha256: sha(bytes) });
      const downloaded = Buffer.from(await (await fetch(document!.currentVersion.downloadUrl)).arrayBuffer());
      expect(sha(downloaded)).toBe(sha(bytes));
    }
    // The same bytes twice in one folder became one document.
    expect((await documentsIn(t, s, folders.get('a/b/c')!)).map((d) => d.title).sort()).toEqual(['deep', 'logo']);
    const [march] = (await documentsIn(t, s, folders.get('Board/Minutes/2021')!)).filter((d) => d.title === 'March');
    expect(march.currentVersion.fileModifiedAt).toBe(MARCH.toISOString());

    // What was left out, and why: in the API and in the CSV.
    const skipped = done.skippedEntries.nodes.map((e: { path: string; reason: string }) => [e.path, e.reason]);
    expect(skipped).toEqual([
      ['a/b/c/deep copy.txt', 'ALREADY_IN_LIBRARY'],
      ['__MACOSX/Board/._Safeguarding policy.docx', 'SYSTEM_FILE'],
      ['Board/.DS_Store', 'SYSTEM_FILE'],
      ['Board/Thumbs.db', 'SYSTEM_FILE'],
      ['tools/setup.exe', 'TYPE_NOT_ALLOWED'],
      ['Board/not really.pdf', 'CONTENTS_DO_NOT_MATCH'],
      ['../escape.txt', 'UNSAFE_PATH'],
      ['/etc/absolute.txt', 'UNSAFE_PATH'],
      ['Board/empty.txt', 'SIZE_NOT_ALLOWED'],
    ]);
    const csv = await fetch(`${t.url}${done.skippedListUrl}`, { headers: { authorization: `Bearer ${s.coordinator.token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('Entry,Path in the zip,Reason,Why');
    expect(lines).toHaveLength(10);
    expect(lines).toContain('16,../escape.txt,UNSAFE_PATH,The path is absolute or goes outside the folder');
    expect(lines).toContain('14,tools/setup.exe,TYPE_NOT_ALLOWED,This type of file cannot be added to the library');

    // Nothing escaped the library: no folder or document is named after the refused paths.
    const [{ n: documentCount }] = await t.dataSource.query('SELECT count(*)::int AS n FROM documents WHERE space_id = $1', [s.networkId]);
    const [{ n: folderCount }] = await t.dataSource.query('SELECT count(*)::int AS n FROM folders WHERE space_id = $1', [s.networkId]);
    expect(documentCount).toBe(7);

    // Again: the same zip adds nothing (every file is already in its folder).
    const again = await importZip(t, s, zip);
    const second = await finished(t, again.id!, s.coordinator.token);
    expect(second).toMatchObject({ status: 'DONE', entriesDone: entryCount, imported: 0, skipped: entryCount - 2 });
    const [{ n: documentsAfter }] = await t.dataSource.query('SELECT count(*)::int AS n FROM documents WHERE space_id = $1', [s.networkId]);
    const [{ n: foldersAfter }] = await t.dataSource.query('SELECT count(*)::int AS n FROM folders WHERE space_id = $1', [s.networkId]);
    expect([documentsAfter, foldersAfter]).toEqual([documentCount, folderCount]);
    // The zips are gone from storage once imported.
    const [{ n: zipsLeft }] = await t.dataSource.query('SELECT count(*)::int AS n FROM library_imports WHERE object_key IS NOT NULL');
    expect(zipsLeft).toBe(0);
    const listed = await t.gql('query($slug: String!) { network(slug: $slug) { libraryImports(first: 10) { totalCount nodes { id } } } }', { slug: s.slug }, s.coordinator.token);
    expect(listed.data.network.libraryImports.nodes.map((n: { id: string }) => n.id)).toEqual([again.id, id]);
  });

  it('imports into a chosen folder, reusing folders of the same name', async () => {
    const parent = await t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: s.networkId, name: 'From Knowledge Hub' } }, s.coordinator.token);
    const parentId = parent.data.createFolder.id;
    await t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: s.networkId, name: 'Reports', parentId } }, s.coordinator.token);
    const report = PDF(500);
    const { id } = await importZip(t, s, buildZip([{ name: 'reports/Annual.pdf', data: report }]), s.coordinator.token, parentId);
    expect(await finished(t, id!, s.coordinator.token)).toMatchObject({ status: 'DONE', imported: 1, folder: { id: parentId } });
    const folders = await folderPaths(t, s);
    expect([...folders.keys()].filter((p) => p.startsWith('From Knowledge Hub'))).toEqual(['From Knowledge Hub', 'From Knowledge Hub/Reports']);
    expect((await documentsIn(t, s, folders.get('From Knowledge Hub/Reports')!)).map((d) => d.currentVersion.sha256)).toEqual([sha(report)]);
  });

  it('skips entries compressed like a bomb or whose header lies about their size', async () => {
    const honest = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(100_000)]);
    const text = Buffer.from('x'.repeat(50) + randomBytes(2000).toString('hex'));
    const zip = buildZip([
      { name: 'bomb/zeros.txt', data: Buffer.alloc(400_000, 0x20), deflate: true },
      { name: 'liar.txt', data: text, deflate: true, declaredSize: 100 },
      { name: 'honest.pdf', data: honest },
    ]);
    const { id } = await importZip(t, s, zip);
    const done = await finished(t, id!, s.coordinator.token);
    expect(done).toMatchObject({ status: 'DONE', imported: 1, skipped: 2 });
    expect(done.skippedEntries.nodes.map((e: { path: string; reason: string }) => [e.path, e.reason])).toEqual([
      ['bomb/zeros.txt', 'COMPRESSION_RATIO'],
      ['liar.txt', 'UNREADABLE'],
    ]);
  });

  it.each([
    ['too many entries', () => buildZip(Array.from({ length: 41 }, (_, i) => ({ name: `n${i}.txt`, data: Buffer.from(`note ${i}`) }))), 'TOO_MANY_ENTRIES'],
    ['a ratio bomb', () => buildZip([{ name: 'bomb.txt', data: Buffer.alloc(2 * 1024 * 1024, 0x41), deflate: true }]), 'COMPRESSION_RATIO'],
    ['more than the total size', () => buildZip([{ name: 'huge.txt', data: Buffer.from('small really'), deflate: true, declaredSize: 4 * 1024 * 1024 }]), 'TOO_LARGE'],
  ])('refuses %s: the import FAILS with its reason and adds nothing', async (_label, make, reason) => {
    const before = await t.count('documents');
    const { id } = await importZip(t, s, make());
    const done = await finished(t, id!, s.coordinator.token);
    expect(done).toMatchObject({ status: 'FAILED', failureReason: reason, imported: 0 });
    expect(done.failureMessage).toBeTruthy();
    expect(await t.count('documents')).toBe(before);
  });

  it('refuses a file that is not a zip, a name without .zip and a zip over the limit, writing nothing', async () => {
    const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'library.zip', size: 2000 } }, s.coordinator.token);
    const ticket = requested.data.requestLibraryImportUpload;
    await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'application/zip' }, body: PDF(1991) });
    const before = await t.count('library_imports');
    const notZip = await t.gql(START, { i: { uploadId: ticket.uploadId } }, s.coordinator.token);
    expect(notZip.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.count('library_imports')).toBe(before);
    // An import's upload is not a document's: completeUpload refuses it.
    const asDocument = await t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, title: 'Sneaky' } }, s.coordinator.token);
    expect(asDocument.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const uploadsBefore = await t.count('pending_uploads');
    for (const input of [{ filename: 'library.tar', size: 100 }, { filename: 'library.zip', size: 3 * 1024 * 1024 + 1 }, { filename: 'library.zip', size: 0 }]) {
      const refused = await t.gql(REQUEST, { i: { networkId: s.networkId, ...input } }, s.coordinator.token);
      expect([input, refused.errors?.[0].extensions?.code]).toEqual([input, 'BAD_USER_INPUT']);
    }
    expect(await t.count('pending_uploads')).toBe(uploadsBefore);
  });

  it('is for coordinators: anonymous, outsiders and members are refused over HTTP, the CSV included', async () => {
    const input = { i: { networkId: s.networkId, filename: 'library.zip', size: 100 } };
    const codes = async (token?: string) => (await t.gql(REQUEST, input, token)).errors?.[0].extensions?.code;
    expect(await codes()).toBe('UNAUTHENTICATED');
    expect(await codes(s.outsider.token)).toBe('FORBIDDEN');
    expect(await codes(s.member.token)).toBe('FORBIDDEN');
    expect(await codes(s.platformAdmin.token)).toBeUndefined();

    const { id, uploadId } = await importZip(t, s, buildZip([{ name: 'one.txt', data: Buffer.from('one') }]));
    await finished(t, id!, s.coordinator.token);
    // Someone else's upload does not exist for the caller.
    const again = await t.gql(START, { i: { uploadId } }, s.member.token);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(PROGRESS, { id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [s.outsider.token, s.member.token]) {
      const result = await t.gql(PROGRESS, { id }, token);
      expect([result.errors, result.data.libraryImport]).toEqual([undefined, null]);
    }
    expect((await t.gql(PROGRESS, { id }, s.admin.token)).data.libraryImport.id).toBe(id);
    const list = await t.gql('query($slug: String!) { network(slug: $slug) { libraryImports { totalCount } } }', { slug: s.slug }, s.member.token);
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const csv = (token?: string) => fetch(`${t.url}/library-imports/${id}/skipped.csv`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await csv()).status).toBe(401);
    expect((await csv(s.outsider.token)).status).toBe(404);
    expect((await csv(s.member.token)).status).toBe(404);
    expect((await csv(s.coordinator.token)).status).toBe(200);
    expect((await fetch(`${t.url}/library-imports/not-an-id/skipped.csv`, { headers: { authorization: `Bearer ${s.coordinator.token}` } })).status).toBe(404);
  });
});

describe('library import: resuming after a crash', () => {
  let t: TestApp;
  let s: NetworkScenario;

  beforeAll(async () => {
    // The job worker looks once at start-up and then sleeps: the test runs the import itself.
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '600' });
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('carries on after the entries already handled, and adds no document twice', async () => {
    const { zip, entryCount } = libraryZip();
    const { id } = await importZip(t, s, zip);
    const imports = t.app.get(LibraryImportService);
    // The first run stops part-way, as a crashed process would, with nothing tidied up.
    expect(await imports.run(id!, { stopAfterEntries: 5 })).toBe('STOPPED');
    const part = (await t.gql(PROGRESS, { id }, s.coordinator.token)).data.libraryImport;
    expect(part).toMatchObject({ status: 'RUNNING', entriesTotal: entryCount, entriesDone: 5 });
    expect(part.imported).toBeGreaterThan(0);
    // The retry (another process, after the job's expiry) resumes.
    expect(await imports.run(id!)).toBe('DONE');
    expect(await imports.run(id!)).toBe('NOTHING_TO_DO');
    const done = (await t.gql(PROGRESS, { id }, s.coordinator.token)).data.libraryImport;
    expect(done).toMatchObject({ status: 'DONE', entriesDone: entryCount, imported: 7, skipped: 9 });
    const [{ n, distinct }] = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT (d.folder_id, v.sha256))::int AS distinct FROM documents d JOIN document_versions v ON v.document_id = d.id WHERE d.space_id = $1`,
      [s.networkId],
    );
    expect([n, distinct]).toEqual([7, 7]);
    expect(await t.count('library_import_items')).toBe(entryCount);
  });
});
