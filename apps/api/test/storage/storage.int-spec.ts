import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { TokenService } from '@community-hub/api-auth';
import { stagingKey, StorageService } from '@community-hub/api-storage';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const REQUEST = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }';

/** A real upload ticket (tickets are single-use and belong to a pending upload): bytes go to its staging key. */
async function ticketFor(t: TestApp, s: NetworkScenario, size: number) {
  const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'file.pdf', contentType: 'application/pdf', size } }, s.member.token);
  if (requested.errors) throw new Error(JSON.stringify(requested.errors));
  const ticket = requested.data.requestUpload as { uploadId: string; url: string; method: string; headers: { name: string; value: string }[] };
  return { ...ticket, key: stagingKey(ticket.uploadId) };
}

async function roundTrip(t: TestApp, s: NetworkScenario, storage: StorageService, bytes: Buffer, filename: string) {
  const ticket = await ticketFor(t, s, bytes.length);
  const headers = Object.fromEntries(ticket.headers.map((h) => [h.name, h.value]));
  const put = await fetch(ticket.url, { method: ticket.method, headers, body: bytes });
  expect(put.status).toBe(200);
  const url = await storage.downloadUrl({ key: ticket.key, filename, contentType: 'application/pdf' }, t.url);
  return { key: ticket.key, ticket, url };
}

describe('object storage in proxy mode (the default, and the only mode with the embedded store)', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let storage: StorageService;
  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PUBLIC');
    storage = t.app.get(StorageService);
  });
  afterAll(() => t.close());

  it('streams an upload through the API and returns exactly the same bytes', async () => {
    expect(storage.mode).toBe('proxy');
    const bytes = randomBytes(256 * 1024 + 17);
    const { key, ticket, url } = await roundTrip(t, s, storage, bytes, 'Minutes – März.pdf');
    expect(ticket.url.startsWith(`${t.url}/storage/upload/`)).toBe(true);
    expect((await storage.stat(key))?.size).toBe(bytes.length);
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Minutes _ M_rz.pdf"; filename*=UTF-8''Minutes%20%E2%80%93%20M%C3%A4rz.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves byte ranges', async () => {
    const bytes = randomBytes(1000);
    const { url } = await roundTrip(t, s, storage, bytes, 'range.pdf');
    const partial = await fetch(url, { headers: { range: 'bytes=100-199' } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await partial.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    const outside = await fetch(url, { headers: { range: 'bytes=5000-' } });
    expect(outside.status).toBe(416);
  });

  it('refuses more or fewer bytes than declared and leaves no object behind', async () => {
    const { key, ...ticket } = await ticketFor(t, s, 10);
    const tooMany = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(11) });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as any).error.code).toBe("BAD_USER_INPUT");
    const tooFew = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(3) });
    expect(tooFew.status).toBe(400);
    expect(await storage.stat(key)).toBeNull();
    expect(await storage.listKeys(key)).toEqual([]);
  });

  it('refuses forged, tampered and expired links', async () => {
    const { url } = await roundTrip(t, s, storage, Buffer.from('hello'), 'a.txt');
    const tampered = url.slice(0, -3) + (url.endsWith('abc') ? 'xyz' : 'abc');
    expect((await fetch(tampered)).status).toBe(403);
    expect((await fetch(`${t.url}/storage/download/not-a-token`)).status).toBe(403);
    expect((await fetch(`${t.url}/storage/upload/not-a-token`, { method: 'PUT', body: 'x' })).status).toBe(403);
  });

  it('refuses a genuine upload token with no pending upload behind it (deny by default)', async () => {
    // Signed with the app's own key, as a real ticket is: only the missing upload refuses it.
    const token = t.app.get(TokenService).signPurpose(
      'storage-upload',
      { ticketId: '00000000-0000-4000-8000-000000000000', size: 5, contentType: 'application/pdf' },
      60,
    );
    const put = await fetch(`${t.url}/storage/upload/${token}`, { method: 'PUT', body: 'hello' });
    expect(put.status).toBe(410);
    expect(await storage.listKeys('uploads/00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('does not accept a download link as an upload link', async () => {
    const { url } = await roundTrip(t, s, storage, Buffer.from('hello'), 'b.txt');
    const token = url.split('/').pop();
    const put = await fetch(`${t.url}/storage/upload/${token}`, { method: 'PUT', body: 'hijack' });
    expect(put.status).toBe(403);
  });
});

describe('expired transfer links', () => {
  let t: TestApp;
  let s: NetworkScenario;
  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, TRANSFER_TOKEN_TTL_SECONDS: '1' });
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('stop working after their lifetime', async () => {
    const storage = t.app.get(StorageService);
    const { url } = await roundTrip(t, s, storage, Buffer.from('short-lived'), 'c.txt');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fetch(url)).status).toBe(403);
  });
});

describe('object storage in direct mode (presigned URLs)', () => {
  let t: TestApp;
  let s: NetworkScenario;
  beforeAll(async () => {
    // Direct mode needs a real S3 endpoint; the test server stands in for MinIO here.
    t = await startTestApp({
      ...ADMIN_ENV,
      S3_ENDPOINT: process.env.TEST_S3_ENDPOINT!,
      S3_ACCESS_KEY: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
      S3_SECRET_KEY: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
      S3_PUBLIC_URL: process.env.TEST_S3_ENDPOINT!,
    });
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('hands out presigned URLs that bypass the API', async () => {
    const storage = t.app.get(StorageService);
    expect(storage.mode).toBe('direct');
    const bytes = randomBytes(4096);
    const { ticket, url } = await roundTrip(t, s, storage, bytes, 'direct.pdf');
    expect(ticket.url.startsWith(process.env.TEST_S3_ENDPOINT!)).toBe(true);
    expect(ticket.url).toMatch(/X-Amz-Signature=/);
    expect(new URL(ticket.url).pathname.endsWith(`/${ticket.key}`)).toBe(true);
    expect(url.startsWith(process.env.TEST_S3_ENDPOINT!)).toBe(true);
    const download = await fetch(url);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('proxy uploads in constant memory', () => {
  let t: TestApp;
  let s: NetworkScenario;
  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('streams a 64 MiB upload without holding it in memory', async () => {
    const storage = t.app.get(StorageService);
    const size = 64 * 1024 * 1024;
    const ticket = await ticketFor(t, s, size);
    const key = ticket.key;
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const chunk = randomBytes(256 * 1024);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(ticket.url, { method: 'PUT', headers: { 'content-length': String(size), 'content-type': 'application/pdf' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      let sent = 0;
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    clearInterval(sampler);
    expect(status).toBe(200);
    expect((await storage.stat(key))?.size).toBe(size);
    // Buffering the upload would add at least 64 MiB (the minio client's putObject added twice that).
    expect(peak - baseline).toBeLessThan(40 * 1024 * 1024);
    await storage.remove(key);
  });
});
