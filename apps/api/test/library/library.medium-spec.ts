import { DocumentKind, LibraryService } from '@community-hub/api-library';
import { NetworksService } from '@community-hub/api-networks';
import { stagingKey, StorageService } from '@community-hub/api-storage';
import { pdfWithText } from '../support/documents';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest, type MediumUser } from '../support/medium';

// Library rules (folders, uploads and versions, who edits), called on LibraryService directly
// against real PostgreSQL and the S3-compatible server (no HTTP).
describe('library rules (medium)', () => {
  let m: MediumTest;
  let library: LibraryService;
  let storage: StorageService;
  let n: MediumNetwork;
  let other: MediumNetwork;
  const ORIGIN = 'http://127.0.0.1';

  beforeAll(async () => {
    m = await startMediumTest();
    library = m.get(LibraryService);
    storage = m.get(StorageService);
    n = await m.network('PRIVATE');
    other = await m.network('PUBLIC');
  });
  afterAll(() => m?.close());

  /** Asks for an upload and sends the bytes where the ticket points (its staging key in the bucket), as a browser would. */
  async function upload(who: MediumUser, bytes: Buffer, contentType = 'application/pdf') {
    const ticket = await library.requestUpload(who, { networkId: n.networkId, filename: 'minutes.pdf', contentType, size: bytes.length }, ORIGIN);
    const [{ object_key: key }] = await m.dataSource.query('SELECT object_key FROM pending_uploads WHERE id = $1', [ticket.uploadId]);
    // The ticket's address is the upload's own staging key; completing it publishes the bytes under object_key.
    await storage.put(stagingKey(ticket.uploadId), bytes, bytes.length, contentType);
    keys.set(ticket.uploadId, key);
    return ticket.uploadId as string;
  }
  const keys = new Map<string, string>();
  const versions = async (documentId: string) => (await library.versionsOf({ loaders: new Map() }).load(documentId)).map((v) => v.number);

  it('members make folders; names are unique per parent (ignoring case), and a parent must be in the same library', async () => {
    const top = await library.createFolder(n.member, { networkId: n.networkId, name: 'Minutes' });
    expect(top).toMatchObject({ parentId: null, createdById: n.member.userId });
    expect((await refusal(library.createFolder(n.coordinator, { networkId: n.networkId, name: ' minutes ' }))).code).toBe('CONFLICT');
    const child = await library.createFolder(n.member, { networkId: n.networkId, name: 'Minutes', parentId: top.id });
    expect(child.parentId).toBe(top.id);
    expect((await refusal(library.createFolder(n.member, { networkId: n.networkId, name: 'MINUTES', parentId: top.id }))).code).toBe('CONFLICT');
    const elsewhere = await library.createFolder(other.member, { networkId: other.networkId, name: 'Theirs' });
    expect((await refusal(library.createFolder(n.member, { networkId: n.networkId, name: 'Sneaky', parentId: elsewhere.id }))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(library.createFolder(n.member, { networkId: n.networkId, name: '   ' }))).code).toBe('BAD_USER_INPUT');
    expect((await library.listFolders(n.member, n.networkId)).map((f) => f.name)).toEqual(['Minutes', 'Minutes']);
  });

  it('outsiders, pending and suspended people neither make nor list folders', async () => {
    const before = await m.count('folders');
    for (const who of [n.outsider, n.pending, n.suspended]) {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(library.createFolder(who, { networkId: n.networkId, name: `By ${who.name}` }))).code);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(library.listFolders(who, n.networkId))).code);
    }
    expect(await m.count('folders')).toBe(before);
  });

  it('numbers versions 1, 2, 3 as new files are added to a document; an upload completes once, and only for its uploader', async () => {
    const first = await upload(n.member, pdfWithText('Version one'));
    const document = await library.completeUpload(n.member, { uploadId: first, title: 'AGM minutes', kind: DocumentKind.MINUTES });
    expect(await versions(document.id)).toEqual([1]);
    expect((await refusal(library.completeUpload(n.member, { uploadId: first, title: 'Again' }))).code).toBe('CONFLICT');

    const second = await upload(n.coordinator, pdfWithText('Version two'));
    // Someone else's upload does not exist for you.
    expect((await refusal(library.completeUpload(n.member, { uploadId: second, documentId: document.id }))).code).toBe('NOT_FOUND');
    await library.completeUpload(n.coordinator, { uploadId: second, documentId: document.id });
    await library.completeUpload(n.member, { uploadId: await upload(n.member, pdfWithText('Version three')), documentId: document.id });
    expect(await versions(document.id)).toEqual([3, 2, 1]);
    expect(await m.count('documents')).toBe(1);
  });

  it('refuses a file whose contents are not the declared type, removes it and creates no document', async () => {
    const before = await m.count('documents');
    const uploadId = await upload(n.member, Buffer.from('MZ this is not a PDF at all'));
    const refused = await refusal(library.completeUpload(n.member, { uploadId, title: 'Not a PDF' }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await m.count('documents')).toBe(before);
    expect(await storage.stat(keys.get(uploadId)!)).toBeNull();
    expect(await storage.stat(stagingKey(uploadId))).toBeNull();
    expect(await m.dataSource.query('SELECT id FROM pending_uploads WHERE id = $1', [uploadId])).toEqual([]);
    expect((await refusal(library.requestUpload(n.member, { networkId: n.networkId, filename: 'run.exe', contentType: 'application/x-msdownload', size: 10 }, ORIGIN))).code).toBe('BAD_USER_INPUT');
  });

  it('the uploader or a coordinator edits a document; another member cannot; a folder must be in the same library', async () => {
    const document = await library.completeUpload(n.member, { uploadId: await upload(n.member, pdfWithText('Policy')), title: 'Safeguarding policy' });
    const bystander = await m.user('Bea Bystander');
    const joined = await m.get(NetworksService).join(bystander, n.networkId);
    await m.get(NetworksService).approve(n.coordinator, joined.id);
    expect((await refusal(library.updateDocument(bystander, { documentId: document.id, title: 'Mine' }))).code).toBe('FORBIDDEN');
    expect((await refusal(library.deleteDocument(bystander, document.id))).code).toBe('FORBIDDEN');
    expect((await library.updateDocument(n.member, { documentId: document.id, title: 'Safeguarding policy 2027' })).title).toBe('Safeguarding policy 2027');
    expect((await library.updateDocument(n.coordinator, { documentId: document.id, kind: DocumentKind.POLICY })).kind).toBe(DocumentKind.POLICY);
    const theirs = await library.createFolder(other.member, { networkId: other.networkId, name: 'Policies' });
    expect((await refusal(library.updateDocument(n.member, { documentId: document.id, folderId: theirs.id }))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(library.updateDocument(n.member, { documentId: document.id, title: ' ' }))).code).toBe('BAD_USER_INPUT');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(library.updateDocument(n.outsider, { documentId: document.id, title: 'Outside' }))).code);
    expect(await library.deleteDocument(n.coordinator, document.id)).toBe(document.id);
    expect(await library.findDocument(n.member, document.id)).toBeNull();
  });
});
