import { createHash, randomBytes } from 'node:crypto';
import { LibraryService } from '@community-hub/api-library';
import { StorageService } from '@community-hub/api-storage';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

/**
 * Issue 17 (3, 6): an upload ticket is single-use in proxy and direct mode, stops
 * working for a person suspended since it was issued, and a new version is only
 * for those who may edit the document, and never moves it.
 */
const REQUEST = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }';
const COMPLETE = `mutation($i: CompleteUploadInput!) { completeUpload(input: $i) {
  id folder { id } currentVersion { number sha256 downloadUrl } versions { number } } }`;
const DOCUMENT = 'query($id: ID!) { document(id: $id) { folder { id } currentVersion { number sha256 downloadUrl } versions { number } } }';

const PDF = (n: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(n)]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
type Ticket = { uploadId: string; url: string; method: string; headers: { name: string; value: string }[] };

function put(ticket: Ticket, bytes: Buffer) {
  return fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])), body: bytes });
}

async function download(t: TestApp, documentId: string, token: string): Promise<{ bytes: Buffer; sha256: string; versions: number[]; folderId: string | null }> {
  const found = await t.gql(DOCUMENT, { id: documentId }, token);
  const document = found.data.document;
  const bytes = Buffer.from(await (await fetch(document.currentVersion.downloadUrl)).arrayBuffer());
  return { bytes, sha256: document.currentVersion.sha256, versions: document.versions.map((v: { number: number }) => v.number), folderId: document.folder?.id ?? null };
}

async function activeMember(t: TestApp, s: NetworkScenario, name: string): Promise<{ user: TestUser; membershipId: string }> {
  const user = await t.register(name);
  const joined = await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id status } }', { id: s.networkId }, user.token);
  const membershipId = joined.data.joinNetwork.id;
  if (joined.data.joinNetwork.status === 'PENDING') {
    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: membershipId }, s.coordinator.token);
  }
  return { user, membershipId };
}

function suites(mode: 'proxy' | 'direct') {
  const direct = mode === 'direct';
  let t: TestApp;
  let s: NetworkScenario;

  beforeAll(async () => {
    t = await startTestApp({
      ...ADMIN_ENV,
      ...(direct
        ? {
            // The embedded test S3 server stands in for MinIO; presigned URLs go straight to it.
            S3_ENDPOINT: process.env.TEST_S3_ENDPOINT!,
            S3_ACCESS_KEY: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
            S3_SECRET_KEY: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
            S3_PUBLIC_URL: process.env.TEST_S3_ENDPOINT!,
          }
        : {}),
    });
    s = await networkScenario(t, 'PRIVATE');
    expect(t.app.get(StorageService).mode).toBe(mode);
  });
  afterAll(() => t.close());

  async function request(bytes: Buffer, token = s.member.token): Promise<Ticket> {
    const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'Minutes.pdf', contentType: 'application/pdf', size: bytes.length } }, token);
    expect(requested.errors).toBeUndefined();
    return requested.data.requestUpload;
  }

  it('never hands out the published key: the bytes go to the ticket\'s staging key', async () => {
    const bytes = PDF(500);
    const ticket = await request(bytes);
    expect(ticket.url).not.toContain('spaces/');
    if (direct) expect(new URL(ticket.url).pathname).toMatch(new RegExp(`/uploads/${ticket.uploadId}$`));
    expect((await put(ticket, bytes)).status).toBe(200);
    const storage = t.app.get(StorageService);
    expect(await storage.stat(`spaces/${s.networkId}/objects/${ticket.uploadId}`)).toBeNull();
    const done = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Staged' } }, s.member.token);
    expect(done.errors).toBeUndefined();
    expect((await storage.stat(`spaces/${s.networkId}/objects/${ticket.uploadId}`))?.size).toBe(bytes.length);
    // Published by a copy inside storage; the staging object is gone.
    expect(await storage.stat(`uploads/${ticket.uploadId}`)).toBeNull();
  });

  it('a PUT after completion cannot replace the published file (same length, other type)', async () => {
    const original = PDF(2000);
    const ticket = await request(original);
    expect((await put(ticket, original)).status).toBe(200);
    const done = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Agenda' } }, s.member.token);
    const id = done.data.completeUpload.id;
    expect(done.data.completeUpload.currentVersion.sha256).toBe(sha(original));

    // A program of exactly the same length, sent again to the same URL.
    const hostile = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), randomBytes(original.length - 4)]);
    const again = await put(ticket, hostile);
    if (direct) {
      // The presigned URL names a staging key only: re-creating it changes no document.
      expect(again.status).toBe(200);
    } else {
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already been completed/) });
    }
    const after = await download(t, id, s.member.token);
    expect(after.bytes.equals(original)).toBe(true);
    expect(after.sha256).toBe(sha(original));

    // A second PUT of fewer bytes than declared (refused by the proxy, which used to
    // delete the published object on that failure) leaves the published file in place.
    const broken = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: original.subarray(0, 10) });
    if (!direct) expect(broken.status).toBe(409);
    expect((await download(t, id, s.member.token)).bytes.equals(original)).toBe(true);

    // Whatever a presigned re-PUT left in staging is removed by the cleanup once the ticket has expired.
    const library = t.app.get(LibraryService);
    await library.removeExpiredUploads(new Date(Date.now() + 3600_000));
    expect(await t.app.get(StorageService).listKeys(`uploads/${ticket.uploadId}`)).toEqual([]);
    expect((await download(t, id, s.member.token)).bytes.equals(original)).toBe(true);
  });

  it('a ticket stops working for a person suspended since it was issued', async () => {
    const { user, membershipId } = await activeMember(t, s, `Later suspended ${mode}`);
    const bytes = PDF(300);
    const ticket = await request(bytes, user.token);
    const suspended = await t.gql('mutation($id: ID!) { suspendMembership(membershipId: $id) { id status } }', { id: membershipId }, s.coordinator.token);
    expect(suspended.data.suspendMembership.status).toBe('SUSPENDED');
    const sent = await put(ticket, bytes);
    if (!direct) expect(sent.status).toBe(403);
    const documentsBefore = await t.count('documents');
    const done = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'After suspension' } }, user.token);
    expect(done.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.count('documents')).toBe(documentsBefore);
  });

  it('only those who may edit a document add a version to it, and a version never moves it', async () => {
    const ownerBytes = PDF(400);
    const first = await request(ownerBytes);
    await put(first, ownerBytes);
    const created = await t.gql(COMPLETE, { i: { uploadId: first.uploadId, title: 'Mel\'s policy' } }, s.member.token);
    const id = created.data.completeUpload.id;

    const { user: someone } = await activeMember(t, s, `Another member ${mode}`);
    const folder = await t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: s.networkId, name: `Someone's ${mode}` } }, someone.token);
    const folderId = folder.data.createFolder.id;
    const theirs = PDF(400);
    const ticket = await request(theirs, someone.token);
    await put(ticket, theirs);
    const versionsBefore = await t.count('document_versions');
    const refused = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, documentId: id, folderId } }, someone.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.count('document_versions')).toBe(versionsBefore);
    const unchanged = await download(t, id, s.member.token);
    expect(unchanged).toMatchObject({ versions: [1], folderId: null, sha256: sha(ownerBytes) });

    // The refusal released nothing it should not: the same ticket still makes a document of their own.
    const own = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: 'Their own' } }, someone.token);
    expect(own.errors).toBeUndefined();

    // A coordinator may add a version; passing a folder does not move the document.
    const next = PDF(450);
    const byCoordinator = await request(next, s.coordinator.token);
    await put(byCoordinator, next);
    const added = await t.gql(COMPLETE, { i: { uploadId: byCoordinator.uploadId, documentId: id, folderId } }, s.coordinator.token);
    expect(added.errors).toBeUndefined();
    expect(added.data.completeUpload).toMatchObject({ folder: null, versions: [{ number: 2 }, { number: 1 }] });
    expect((await download(t, id, s.member.token)).bytes.equals(next)).toBe(true);
  });
}

describe('upload tickets in proxy mode', () => suites('proxy'));
describe('upload tickets in direct mode (presigned URLs)', () => suites('direct'));
