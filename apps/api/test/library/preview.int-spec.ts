import { randomBytes } from 'node:crypto';
import { pdfWithText } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const REQUEST = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }';
const COMPLETE = 'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id currentVersion { contentType previewUrl downloadUrl } } }';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(300)]);

async function upload(t: TestApp, s: NetworkScenario, bytes: Buffer, filename: string, contentType: string) {
  const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename, contentType, size: bytes.length } }, s.member.token);
  const ticket = requested.data.requestUpload;
  const headers = Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value]));
  expect((await fetch(ticket.url, { method: ticket.method, headers, body: bytes })).status).toBe(200);
  const done = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: filename } }, s.member.token);
  expect(done.errors).toBeUndefined();
  return done.data.completeUpload.currentVersion as { contentType: string; previewUrl: string | null; downloadUrl: string };
}

/** The value of one CSP directive, as a list of sources. */
function directive(csp: string | null, name: string): string[] {
  const found = (csp ?? '').split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name);
  return found ? found.slice(1) : [];
}

describe('inline previews in proxy mode', () => {
  let t: TestApp;
  let s: NetworkScenario;
  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PRIVATE');
  });
  afterAll(() => t.close());

  it.each([
    ['a PDF', pdfWithText('Preview me'), 'Minutes – März.pdf', 'application/pdf'],
    ['a PNG', PNG, 'map.png', 'image/png'],
    ['a JPEG', JPEG, 'photo.jpg', 'image/jpeg'],
  ])('shows %s inline, framable by our own pages only, with its checked type', async (_label, bytes, filename, contentType) => {
    const version = await upload(t, s, bytes, filename, contentType);
    expect(version.previewUrl).toMatch(new RegExp(`^${t.url}/storage/preview/`));
    const response = await fetch(version.previewUrl!);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy');
    expect(directive(csp, 'frame-ancestors')).toEqual(["'self'"]);
    expect(directive(csp, 'default-src')).toEqual(["'none'"]);
    expect(directive(csp, 'script-src')).toEqual([]);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('offers no preview for other types, and downloads stay attachments nobody may frame', async () => {
    const version = await upload(t, s, Buffer.from('plain words'), 'notes.txt', 'text/plain');
    expect(version.previewUrl).toBeNull();
    const download = await fetch(version.downloadUrl);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(directive(download.headers.get('content-security-policy'), 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('does not accept a download link as a preview link, nor a forged one', async () => {
    const version = await upload(t, s, pdfWithText('x'), 'x.pdf', 'application/pdf');
    const token = version.downloadUrl.split('/').pop();
    expect((await fetch(`${t.url}/storage/preview/${token}`)).status).toBe(403);
    expect((await fetch(`${t.url}/storage/preview/not-a-token`)).status).toBe(403);
    const previewToken = version.previewUrl!.split('/').pop();
    const asDownload = await fetch(`${t.url}/storage/download/${previewToken}`);
    expect(asDownload.status).toBe(403);
  });

  it("lets the app's pages frame and show previews from the API itself", async () => {
    const csp = (await fetch(`${t.url}/health/live`)).headers.get('content-security-policy');
    expect(directive(csp, 'frame-src')).toEqual(["'self'"]);
    expect(directive(csp, 'img-src')).toContain("'self'");
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('refuses a preview to those who may not read the document', async () => {
    const query = 'query($id: ID!) { document(id: $id) { currentVersion { previewUrl } } }';
    const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'p.png', contentType: 'image/png', size: PNG.length } }, s.member.token);
    await fetch(requested.data.requestUpload.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: PNG });
    const done = await t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: requested.data.requestUpload.uploadId, title: 'Private map' } }, s.member.token);
    const outsider = await t.gql(query, { id: done.data.completeUpload.id }, s.outsider.token);
    expect(outsider.data.document).toBeNull();
  });
});

describe('inline previews and CSP in direct mode (S3_PUBLIC_URL)', () => {
  let t: TestApp;
  let s: NetworkScenario;
  const endpoint = () => process.env.TEST_S3_ENDPOINT!;
  beforeAll(async () => {
    t = await startTestApp({
      ...ADMIN_ENV,
      S3_ENDPOINT: endpoint(),
      S3_ACCESS_KEY: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
      S3_SECRET_KEY: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
      S3_PUBLIC_URL: endpoint(),
    });
    s = await networkScenario(t, 'PRIVATE');
  });
  afterAll(() => t.close());

  it('allows the object store origin for uploads (connect-src), image previews (img-src) and PDF previews (frame-src)', async () => {
    const origin = new URL(endpoint()).origin;
    const csp = (await fetch(`${t.url}/health/live`)).headers.get('content-security-policy');
    expect(directive(csp, 'connect-src')).toContain(origin);
    expect(directive(csp, 'img-src')).toContain(origin);
    expect(directive(csp, 'frame-src')).toEqual(["'self'", origin]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
  });

  it('presigns previews with an inline disposition and the checked type', async () => {
    const bytes = pdfWithText('Direct preview');
    const version = await upload(t, s, bytes, 'direct.pdf', 'application/pdf');
    const url = new URL(version.previewUrl!);
    expect(url.origin).toBe(new URL(endpoint()).origin);
    expect(url.searchParams.get('response-content-disposition')).toMatch(/^inline; filename="direct.pdf"/);
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('X-Amz-Signature')).toBeTruthy();
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
