import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { StorageService } from '@community-hub/api-storage';
import { startTestApp, type TestApp } from '../support/test-app';

async function roundTrip(t: TestApp, storage: StorageService, bytes: Buffer, filename: string) {
  const key = `test/${randomBytes(8).toString('hex')}`;
  const ticket = await storage.uploadTicket({ key, size: bytes.length, contentType: 'application/pdf' }, t.url);
  const headers = Object.fromEntries(ticket.headers.map((h) => [h.name, h.value]));
  const put = await fetch(ticket.url, { method: ticket.method, headers, body: bytes });
  expect(put.status).toBe(200);
  const url = await storage.downloadUrl({ key, filename, contentType: 'application/pdf' }, t.url);
  return { key, ticket, url };
}

describe('object storage in proxy mode (the default, and the only mode with the embedded store)', () => {
  let t: TestApp;
  let storage: StorageService;
  beforeAll(async () => {
    t = await startTestApp();
    storage = t.app.get(StorageService);
  });
  afterAll(() => t.close());

  it('streams an upload through the API and returns exactly the same bytes', async () => {
    expect(storage.mode).toBe('proxy');
    const bytes = randomBytes(256 * 1024 + 17);
    const { key, ticket, url } = await roundTrip(t, storage, bytes, 'Minutes – März.pdf');
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
    const { url } = await roundTrip(t, storage, bytes, 'range.pdf');
    const partial = await fetch(url, { headers: { range: 'bytes=100-199' } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await partial.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    const outside = await fetch(url, { headers: { range: 'bytes=5000-' } });
    expect(outside.status).toBe(416);
  });

  it('refuses more or fewer bytes than declared and leaves no object behind', async () => {
    const key = `test/${randomBytes(8).toString('hex')}`;
    const ticket = await storage.uploadTicket({ key, size: 10, contentType: 'text/plain' }, t.url);
    const tooMany = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(11) });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as any).error.code).toBe("BAD_USER_INPUT");
    const tooFew = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(3) });
    expect(tooFew.status).toBe(400);
    expect(await storage.stat(key)).toBeNull();
    expect(await storage.listKeys(key)).toEqual([]);
  });

  it('refuses forged, tampered and expired links', async () => {
    const { url } = await roundTrip(t, storage, Buffer.from('hello'), 'a.txt');
    const tampered = url.slice(0, -3) + (url.endsWith('abc') ? 'xyz' : 'abc');
    expect((await fetch(tampered)).status).toBe(403);
    expect((await fetch(`${t.url}/storage/download/not-a-token`)).status).toBe(403);
    expect((await fetch(`${t.url}/storage/upload/not-a-token`, { method: 'PUT', body: 'x' })).status).toBe(403);
  });

  it('does not accept a download link as an upload link', async () => {
    const { url } = await roundTrip(t, storage, Buffer.from('hello'), 'b.txt');
    const token = url.split('/').pop();
    const put = await fetch(`${t.url}/storage/upload/${token}`, { method: 'PUT', body: 'hijack' });
    expect(put.status).toBe(403);
  });
});

describe('expired transfer links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSFER_TOKEN_TTL_SECONDS: '1' });
  });
  afterAll(() => t.close());

  it('stop working after their lifetime', async () => {
    const storage = t.app.get(StorageService);
    const { url } = await roundTrip(t, storage, Buffer.from('short-lived'), 'c.txt');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fetch(url)).status).toBe(403);
  });
});

describe('object storage in direct mode (presigned URLs)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Direct mode needs a real S3 endpoint; the test server stands in for MinIO here.
    t = await startTestApp({
      S3_ENDPOINT: process.env.TEST_S3_ENDPOINT!,
      S3_ACCESS_KEY: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
      S3_SECRET_KEY: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
      S3_PUBLIC_URL: process.env.TEST_S3_ENDPOINT!,
    });
  });
  afterAll(() => t.close());

  it('hands out presigned URLs that bypass the API', async () => {
    const storage = t.app.get(StorageService);
    expect(storage.mode).toBe('direct');
    const bytes = randomBytes(4096);
    const { ticket, url } = await roundTrip(t, storage, bytes, 'direct.pdf');
    expect(ticket.url.startsWith(process.env.TEST_S3_ENDPOINT!)).toBe(true);
    expect(ticket.url).toMatch(/X-Amz-Signature=/);
    expect(url.startsWith(process.env.TEST_S3_ENDPOINT!)).toBe(true);
    const download = await fetch(url);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('proxy uploads in constant memory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('streams a 64 MiB upload without holding it in memory', async () => {
    const storage = t.app.get(StorageService);
    const size = 64 * 1024 * 1024;
    const key = `test/${randomBytes(8).toString('hex')}`;
    const ticket = await storage.uploadTicket({ key, size, contentType: 'application/octet-stream' }, t.url);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const chunk = randomBytes(256 * 1024);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(ticket.url, { method: 'PUT', headers: { 'content-length': String(size), 'content-type': 'application/octet-stream' } }, (res) => {
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
