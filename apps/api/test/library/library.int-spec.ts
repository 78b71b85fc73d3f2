import { createHash, randomBytes } from 'node:crypto';
import { LibraryService } from '@community-hub/api-library';
import { StorageService } from '@community-hub/api-storage';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const REQUEST = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } expiresAt } }';
const COMPLETE = `mutation($i: CompleteUploadInput!) { completeUpload(input: $i) {
  id title kind folder { id name } network { slug }
  currentVersion { number filename contentType size sha256 downloadUrl uploadedBy { id } }
  versions { number size downloadUrl } } }`;

const PDF = (n: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(n)]);

describe('document library', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let other: NetworkScenario;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, MAX_UPLOAD_BYTES: String(2 * 1024 * 1024) });
    s = await networkScenario(t, 'PRIVATE');
    other = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  async function upload(bytes: Buffer, input: Record<string, unknown> = {}, token = s.member.token) {
    const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'Minutes.pdf', contentType: 'application/pdf', size: bytes.length, ...input } }, token);
    if (requested.errors) return { requested, put: null };
    const ticket = requested.data.requestUpload;
    const put = await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body: bytes });
    return { requested, ticket, put };
  }

  /** Every object in this network's part of the bucket, against every row that should own one. */
  async function orphans() {
    const keys = await t.app.get(StorageService).listKeys(`spaces/${s.networkId}/`);
    const rows: { object_key: string }[] = await t.dataSource.query(
      `SELECT object_key FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.space_id = $1
       UNION ALL SELECT object_key FROM pending_uploads WHERE space_id = $1`,
      [s.networkId],
    );
    const owned = new Set(rows.map((r) => r.object_key));
    return { objectsWithoutRow: keys.filter((k) => !owned.has(k)) };
  }

  it('uploads, completes, and downloads exactly the same bytes, with their sha256', async () => {
    const bytes = PDF(300_000);
    const { ticket, put } = await upload(bytes, { filename: '../../etc/Minutes March.pdf' });
    expect(put!.status).toBe(200);
    expect(ticket.url).not.toContain('Minutes');
    const done = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'March minutes', kind: 'MINUTES' } }, s.member.token);
    expect(done.errors).toBeUndefined();
    const version = done.data.completeUpload.currentVersion;
    expect(version).toMatchObject({ number: 1, filename: 'Minutes March.pdf', contentType: 'application/pdf', size: bytes.length, uploadedBy: { id: s.member.id } });
    expect(version.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const download = await fetch(version.downloadUrl);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get('content-disposition')).toContain('attachment');
  });

  it('adds a new version to an existing document; every version stays downloadable', async () => {
    const first = await upload(PDF(1000));
    const created = await t.gql(COMPLETE, { i: { uploadId: first.ticket.uploadId, title: 'Safeguarding policy', kind: 'POLICY' } }, s.member.token);
    const id = created.data.completeUpload.id;
    const secondBytes = PDF(2000);
    const second = await upload(secondBytes, { filename: 'Safeguarding v2.pdf' }, s.coordinator.token);
    const updated = await t.gql(COMPLETE, { i: { uploadId: second.ticket.uploadId, documentId: id } }, s.coordinator.token);
    expect(updated.data.completeUpload.currentVersion).toMatchObject({ number: 2, filename: 'Safeguarding v2.pdf' });
    expect(updated.data.completeUpload.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    for (const v of updated.data.completeUpload.versions) {
      const body = Buffer.from(await (await fetch(v.downloadUrl)).arrayBuffer());
      expect(body.length).toBe(v.size);
    }
  });

  it('files documents in nested folders', async () => {
    const create = 'mutation($i: CreateFolderInput!) { createFolder(input: $i) { id name parentId } }';
    const parent = (await t.gql(create, { i: { networkId: s.networkId, name: 'Board' } }, s.member.token)).data.createFolder;
    const child = (await t.gql(create, { i: { networkId: s.networkId, name: 'Minutes 2026', parentId: parent.id } }, s.member.token)).data.createFolder;
    expect(child.parentId).toBe(parent.id);
    const duplicate = await t.gql(create, { i: { networkId: s.networkId, name: 'board' } }, s.member.token);
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    const foreignParent = await t.gql(create, { i: { networkId: other.networkId, name: 'X', parentId: parent.id } }, other.member.token);
    expect(foreignParent.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { ticket } = await upload(PDF(100));
    const filed = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'April', kind: 'MINUTES', folderId: child.id } }, s.member.token);
    expect(filed.data.completeUpload.folder).toEqual({ id: child.id, name: 'Minutes 2026' });
    const listing = await t.gql(
      'query($slug: String!, $f: ID) { network(slug: $slug) { folders { id name parent { id } } documents(folderId: $f) { totalCount nodes { title } } } }',
      { slug: s.slug, f: child.id },
      s.member.token,
    );
    expect(listing.data.network.folders.map((f: { name: string }) => f.name)).toEqual(['Board', 'Minutes 2026']);
    expect(listing.data.network.documents.nodes).toEqual([{ title: 'April' }]);
  });

  it('eight createFolder with one name at once make one folder; the others get CONFLICT (issue 17.9)', async () => {
    const create = 'mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }';
    for (const [label, parentId] of [['root', null], ['nested', (await t.gql(create, { i: { networkId: s.networkId, name: 'Race parent' } }, s.member.token)).data.createFolder.id]] as const) {
      const names = ['Raced', 'raced', 'RACED', 'Raced', 'raced', 'Raced', 'rAced', 'Raced'];
      const results = await Promise.all(names.map((name, i) => t.gql(create, { i: { networkId: s.networkId, name, parentId } }, i % 2 ? s.coordinator.token : s.member.token)));
      expect([label, results.filter((r) => !r.errors).length]).toEqual([label, 1]);
      expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(Array(7).fill('CONFLICT'));
      const rows: { n: string }[] = await t.dataSource.query(
        'SELECT count(*) AS n FROM folders WHERE space_id = $1 AND lower(name) = $2 AND parent_id IS NOT DISTINCT FROM $3',
        [s.networkId, 'raced', parentId],
      );
      expect([label, Number(rows[0].n)]).toEqual([label, 1]);
    }
  });

  it.each([
    ['a zero-byte file', { size: 0 }],
    ['a file over the size limit', { size: 3 * 1024 * 1024 }],
    ['a type not on the allow-list', { contentType: 'application/x-msdownload', filename: 'setup.exe' }],
    ['a fractional size', { size: 10.5 }],
  ])('refuses %s at requestUpload and writes nothing', async (_label, input) => {
    const before = await t.count('pending_uploads');
    const result = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'x.pdf', contentType: 'application/pdf', size: 10, ...input } }, s.member.token);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.count('pending_uploads')).toBe(before);
  });

  it('refuses a "PDF" that is really a program, and removes it', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), randomBytes(500)]);
    const { ticket } = await upload(exe, { filename: 'report.pdf' });
    const documentsBefore = await t.count('documents');
    const result = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Report' } }, s.member.token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/not a PDF/) });
    expect(await t.count('documents')).toBe(documentsBefore);
    expect(await t.app.get(StorageService).stat(`spaces/${s.networkId}/objects/${ticket.uploadId}`)).toBeNull();
    expect(await orphans()).toEqual({ objectsWithoutRow: [] });
  });

  it('refuses completing twice, before the bytes arrived, and someone else\'s upload', async () => {
    const { ticket } = await upload(PDF(50));
    expect((await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Once' } }, s.member.token)).errors).toBeUndefined();
    const twice = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Twice' } }, s.member.token);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    const early = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'a.pdf', contentType: 'application/pdf', size: 10 } }, s.member.token);
    const notSent = await t.gql(COMPLETE, { i: { uploadId: early.data.requestUpload.uploadId, title: 'Early' } }, s.member.token);
    expect(notSent.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const theirs = await upload(PDF(50));
    const hijack = await t.gql(COMPLETE, { i: { uploadId: theirs.ticket.uploadId, title: 'Mine now' } }, s.coordinator.token);
    expect(hijack.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a version for a document of another network', async () => {
    const { ticket } = await upload(PDF(50));
    const foreign = await t.gql('mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }', {
      i: { networkId: other.networkId, filename: 'o.pdf', contentType: 'application/pdf', size: 60 },
    }, other.member.token);
    await fetch(foreign.data.requestUpload.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: PDF(51) });
    const otherDoc = await t.gql(COMPLETE, { i: { uploadId: foreign.data.requestUpload.uploadId, title: 'Theirs' } }, other.member.token);
    const cross = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, documentId: otherDoc.data.completeUpload.id } }, s.member.token);
    expect(cross.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('removes uploads never completed, row and object, once expired', async () => {
    const { ticket } = await upload(PDF(80));
    const library = t.app.get(LibraryService);
    expect(await library.removeExpiredUploads(new Date())).toBe(0);
    const removed = await library.removeExpiredUploads(new Date(Date.now() + 3600_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await t.count(`pending_uploads WHERE id = '${ticket.uploadId}'`)).toBe(0);
    expect(await t.app.get(StorageService).stat(`spaces/${s.networkId}/objects/${ticket.uploadId}`)).toBeNull();
    expect(await orphans()).toEqual({ objectsWithoutRow: [] });
  });

  it('keeps tags, owner, review and meeting dates, and filters by kind and tag', async () => {
    const { ticket } = await upload(PDF(60));
    const created = await t.gql(
      'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id tags reviewDate meetingDate owner { id } } }',
      { i: { uploadId: ticket.uploadId, title: 'Safeguarding policy 2026', kind: 'POLICY', tags: ['Safeguarding', ' safeguarding '], ownerId: s.coordinator.id, reviewDate: '2027-03-01' } },
      s.member.token,
    );
    expect(created.data.completeUpload).toMatchObject({ tags: ['safeguarding'], reviewDate: '2027-03-01', meetingDate: null, owner: { id: s.coordinator.id } });
    const list = 'query($slug: String!, $kind: DocumentKind, $tag: String) { network(slug: $slug) { documents(kind: $kind, tag: $tag) { nodes { title } } } }';
    const policies = await t.gql(list, { slug: s.slug, kind: 'POLICY', tag: 'safeguarding' }, s.member.token);
    expect(policies.data.network.documents.nodes).toEqual([{ title: 'Safeguarding policy 2026' }]);

    const update = 'mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { title meetingDate } }';
    const badDate = await t.gql(update, { i: { documentId: created.data.completeUpload.id, reviewDate: '2027-02-30' } }, s.member.token);
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const outsiderOwner = await t.gql(update, { i: { documentId: created.data.completeUpload.id, ownerId: s.outsider.id } }, s.member.token);
    expect(outsiderOwner.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const renamed = await t.gql(update, { i: { documentId: created.data.completeUpload.id, title: 'Safeguarding policy', meetingDate: null } }, s.coordinator.token);
    expect(renamed.data.updateDocument.title).toBe('Safeguarding policy');
  });

  it('soft-deletes a document at once and purges its files after 30 days', async () => {
    const bytes = PDF(70);
    const { ticket } = await upload(bytes);
    const created = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Old flyer' } }, s.member.token);
    const id = created.data.completeUpload.id;
    const key = `spaces/${s.networkId}/objects/${ticket.uploadId}`;
    const byOtherMember = await t.gql('mutation($id: ID!) { deleteDocument(documentId: $id) }', { id }, s.admin.token);
    expect(byOtherMember.errors).toBeUndefined(); // an admin moderates too
    expect((await t.gql('query($id: ID!) { document(id: $id) { id } }', { id }, s.member.token)).data.document).toBeNull();
    const library = t.app.get(LibraryService);
    expect(await library.purgeDeletedDocuments(new Date())).toBe(0);
    expect(await t.app.get(StorageService).stat(key)).not.toBeNull();
    expect(await library.purgeDeletedDocuments(new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await t.app.get(StorageService).stat(key)).toBeNull();
    expect(await t.count(`documents WHERE id = '${id}'`)).toBe(0);
    expect(await orphans()).toEqual({ objectsWithoutRow: [] });
  });

  it('lets only the uploader or a coordinator change or delete a document', async () => {
    const { ticket } = await upload(PDF(40));
    const id = (await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Mine' } }, s.member.token)).data.completeUpload.id;
    const someone = await t.register('Another member');
    const joined = await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, someone.token);
    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.data.joinNetwork.id }, s.coordinator.token);
    const refused = await t.gql('mutation($id: ID!) { deleteDocument(documentId: $id) }', { id }, someone.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.count(`documents WHERE id = '${id}' AND deleted_at IS NULL`)).toBe(1);
    // The page asks before offering the buttons.
    const canEdit = async (token?: string) =>
      (await t.gql('query($id: ID!) { document(id: $id) { viewerCanEdit folder { id } } }', { id }, token)).data.document?.viewerCanEdit;
    expect([await canEdit(s.member.token), await canEdit(s.coordinator.token), await canEdit(someone.token), await canEdit(s.outsider.token), await canEdit()]).toEqual([
      true,
      true,
      false,
      undefined,
      undefined,
    ]);
  });

  it('renames and deletes folders: whoever made one or a coordinator, an empty one only (FOLDER_NOT_EMPTY)', async () => {
    const create = 'mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }';
    const rename = 'mutation($i: RenameFolderInput!) { renameFolder(input: $i) { id name viewerCanEdit } }';
    const remove = 'mutation($id: ID!) { deleteFolder(folderId: $id) }';
    const folder = (await t.gql(create, { i: { networkId: s.networkId, name: 'Policies draft' } }, s.member.token)).data.createFolder;
    const inner = (await t.gql(create, { i: { networkId: s.networkId, name: 'Old', parentId: folder.id } }, s.member.token)).data.createFolder;
    await t.gql(create, { i: { networkId: s.networkId, name: 'Taken' } }, s.member.token);
    const someone = await t.register('Folder bystander');
    const joined = await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, someone.token);
    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.data.joinNetwork.id }, s.coordinator.token);

    const folders = async (token: string) =>
      (await t.gql('query($slug: String!) { network(slug: $slug) { folders { id name viewerCanEdit } } }', { slug: s.slug }, token)).data.network.folders;
    expect((await folders(s.member.token)).find((f: { id: string }) => f.id === folder.id).viewerCanEdit).toBe(true);
    expect((await folders(someone.token)).find((f: { id: string }) => f.id === folder.id).viewerCanEdit).toBe(false);

    expect((await t.gql(rename, { i: { folderId: folder.id, name: 'Hijacked' } }, someone.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(rename, { i: { folderId: folder.id, name: 'Hijacked' } }, s.outsider.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(rename, { i: { folderId: folder.id, name: '  ' } }, s.member.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(rename, { i: { folderId: folder.id, name: 'taken' } }, s.member.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.gql(rename, { i: { folderId: folder.id, name: ' Policies ' } }, s.coordinator.token)).data.renameFolder).toMatchObject({ name: 'Policies', viewerCanEdit: true });
    expect((await t.gql(rename, { i: { folderId: folder.id, name: 'policies' } }, s.member.token)).data.renameFolder.name).toBe('policies');

    // Not while it holds a folder, nor while it holds a document; nothing is deleted.
    const full = await t.gql(remove, { id: folder.id }, s.member.token);
    expect(full.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FOLDER_NOT_EMPTY', documents: 0, folders: 1 });
    expect((await t.gql(remove, { id: inner.id }, someone.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(remove, { id: inner.id }, s.coordinator.token)).data.deleteFolder).toBe(inner.id);
    const { ticket } = await upload(PDF(30));
    const doc = (await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Filed', folderId: folder.id } }, s.member.token)).data.completeUpload.id;
    const withDocument = await t.gql(remove, { id: folder.id }, s.member.token);
    expect(withDocument.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FOLDER_NOT_EMPTY', documents: 1, folders: 0 });
    expect(withDocument.errors?.[0].message).toContain('1 document');
    expect(await t.count(`folders WHERE id = '${folder.id}'`)).toBe(1);

    // Once its document is deleted (kept for 30 days), it goes; the deleted document moves to the top level.
    await t.gql('mutation($id: ID!) { deleteDocument(documentId: $id) }', { id: doc }, s.member.token);
    expect((await t.gql(remove, { id: folder.id }, s.member.token)).data.deleteFolder).toBe(folder.id);
    expect(await t.count(`folders WHERE id = '${folder.id}'`)).toBe(0);
    expect(await t.count(`documents WHERE id = '${doc}' AND folder_id IS NULL`)).toBe(1);
    expect((await t.gql(remove, { id: folder.id }, s.member.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
