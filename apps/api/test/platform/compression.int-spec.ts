import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { stagingKey, StorageService } from '@community-hub/api-storage';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario } from '../support/scenarios';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request over real HTTP, body exactly as sent on the wire (fetch would decode it). */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const CHROME = 'gzip, deflate, br, zstd';

describe('compressed static responses; file transfers untouched', () => {
  let t: TestApp;
  let webDir: string;
  // Shaped as the build leaves it: hashed assets with .br and .gz beside them (tools/build.mjs).
  const script = Buffer.from(`export const greeting = ${JSON.stringify('hello from the first page '.repeat(200))};\n`);
  const html = Buffer.from(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8" /><title>Community Hub</title>` +
      `<script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>\n`.repeat(3),
  );
  // A first page's own HTML (tools/build.mjs, apps/web/first-pages.json): the template the page renderer fills.
  // There is no renderer beside this directory, so it is never sent: those addresses get index.html.
  const threadPage = Buffer.from(html.toString().replace('</title>', '</title><link rel="stylesheet" crossorigin href="/assets/thread-page-def456.css">'));
  const icon = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>');

  beforeAll(async () => {
    webDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'web-'));
    mkdirSync(join(webDir, 'assets'));
    mkdirSync(join(webDir, 'first-pages'));
    writeFileSync(
      join(webDir, 'first-pages.json'),
      JSON.stringify([
        { path: '/n/:slug/t/:threadId', file: '/first-pages/thread.html' },
        { path: '/n/:slug/library', file: '/first-pages/missing.html' },
      ]),
    );
    for (const [name, body] of [
      ['assets/index-abc123.js', script],
      ['index.html', html],
      ['first-pages/thread.html', threadPage],
    ] as const) {
      writeFileSync(join(webDir, name), body);
      writeFileSync(join(webDir, `${name}.br`), brotliCompressSync(body));
      writeFileSync(join(webDir, `${name}.gz`), gzipSync(body));
    }
    writeFileSync(join(webDir, 'favicon.svg'), icon); // no variant: served as is
    t = await startTestApp({ ...ADMIN_ENV, WEB_DIST_DIR: webDir });
  });
  afterAll(() => t.close());

  it('sends brotli to a browser that accepts it, with the asset type, Vary and a year of immutable caching', async () => {
    const response = await raw(`${t.url}/assets/index-abc123.js`, { 'accept-encoding': CHROME });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['accept-ranges']).toBeUndefined();
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(response.body).equals(script)).toBe(true);
  });

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    const gzip = await raw(`${t.url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(script)).toBe(true);

    const refusedBr = await raw(`${t.url}/assets/index-abc123.js`, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refusedBr.headers['content-encoding']).toBe('gzip');

    const plainAsks: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of plainAsks) {
      const plain = await raw(`${t.url}/assets/index-abc123.js`, headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['vary']).toMatch(/accept-encoding/i);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.body.equals(script)).toBe(true);
    }
  });

  it('answers HEAD and revalidation of a compressed asset without a body', async () => {
    const head = await raw(`${t.url}/assets/index-abc123.js`, { 'accept-encoding': CHROME }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const first = await raw(`${t.url}/networks/some-network`, { accept: 'text/html', 'accept-encoding': CHROME });
    const modified = first.headers['last-modified'];
    expect(modified).toBeTruthy();
    const again = await raw(`${t.url}/networks/some-network`, { accept: 'text/html', 'accept-encoding': CHROME, 'if-modified-since': modified! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves the page (client routes and /index.html) compressed and revalidated on every visit', async () => {
    const page = await raw(`${t.url}/networks/some-network/threads`, { accept: 'text/html', 'accept-encoding': CHROME });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(page.body).equals(html)).toBe(true);

    const direct = await raw(`${t.url}/index.html`, { 'accept-encoding': 'gzip' });
    expect(direct.headers['content-encoding']).toBe('gzip');
    expect(direct.headers['cache-control']).toBe('no-cache');
    const plainDirect = await raw(`${t.url}/index.html`);
    expect(plainDirect.headers['content-encoding']).toBeUndefined();
    expect(plainDirect.headers['cache-control']).toBe('no-cache');
    expect(plainDirect.body.equals(html)).toBe(true);

    const plainPage = await raw(`${t.url}/people/someone`, { accept: 'text/html' });
    expect(plainPage.headers['content-encoding']).toBeUndefined();
    expect(plainPage.body.equals(html)).toBe(true);
  });

  it("sends index.html to a first page's address when there is no page renderer (its own HTML is only the renderer's template)", async () => {
    for (const path of ['/n/macclesfield/t/0b5e0c9e-1', '/n/macclesfield/t/0b5e0c9e-1/', '/n/macclesfield/library', '/n/macclesfield']) {
      const page = await raw(`${t.url}${path}`, { accept: 'text/html', 'accept-encoding': CHROME });
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(page.body).equals(html)).toBe(true);
    }
  });

  it('serves a file without a variant as it is, cached for an hour', async () => {
    const favicon = await raw(`${t.url}/favicon.svg`, { 'accept-encoding': CHROME });
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-encoding']).toBeUndefined();
    expect(favicon.headers['cache-control']).toBe('public, max-age=3600');
    expect(favicon.body.equals(icon)).toBe(true);
  });

  it('compresses what the API writes (a GraphQL answer) for a client that accepts it, and not otherwise', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const post = (encoding?: string) =>
      new Promise<RawResponse>((resolve, reject) => {
        const req = request(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(encoding ? { 'accept-encoding': encoding } : {}) },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const plain = await post();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const types = JSON.parse(plain.body.toString('utf8')).data.__schema.types;
    expect(types.length).toBeGreaterThan(20);
    const br = await post(CHROME);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8')).data.__schema.types).toEqual(types);
    const gz = await post('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8')).data.__schema.types).toEqual(types);
  });

  it('never re-encodes a file transfer: exact bytes, length and ranges even when compression is accepted', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const storage = t.app.get(StorageService);
    // Text-like bytes that would compress well if anything tried to.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n' + 'aaaa'.repeat(4000)), randomBytes(100)]);
    const requested = await t.gql(
      'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }',
      { i: { networkId: s.networkId, filename: 'minutes.pdf', contentType: 'application/pdf', size: bytes.length } },
      s.member.token,
    );
    expect(requested.errors).toBeUndefined();
    const ticket = requested.data.requestUpload as { uploadId: string; url: string; method: string; headers: { name: string; value: string }[] };
    const put = await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])), body: bytes });
    expect(put.status).toBe(200);
    const url = await storage.downloadUrl({ key: stagingKey(ticket.uploadId), filename: 'minutes.pdf', contentType: 'application/pdf' }, t.url);
    expect(url.startsWith(`${t.url}/storage/`)).toBe(true);

    const whole = await raw(url, { 'accept-encoding': CHROME });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(Number(whole.headers['content-length'])).toBe(bytes.length);
    expect(whole.body.equals(bytes)).toBe(true);

    const part = await raw(url, { 'accept-encoding': CHROME, range: 'bytes=9-4008' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 9-4008/${bytes.length}`);
    expect(Number(part.headers['content-length'])).toBe(4000);
    expect(part.body.equals(bytes.subarray(9, 4009))).toBe(true);
  });
});
