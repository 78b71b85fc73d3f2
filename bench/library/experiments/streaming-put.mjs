// Experiment: is there a constant-memory way to PUT 1 GiB into s3rver from Node?
// Compares, in this process, the minio client's putObject(stream, size) (what the
// API's StorageService.put does) with a plain node:http PUT of the same file piped
// to a presigned URL (minio's presignedPutObject; the payload is not hashed).
//
//   node --expose-gc bench/library/experiments/streaming-put.mjs
//
// s3rver runs as a child (bench/library/s3rver-child.mjs) with data in a temp dir;
// everything is removed at the end. Env: SIZE_MIB (default 1024).
import { spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { chmodSync, createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import * as Minio from 'minio';

const HERE = dirname(fileURLToPath(import.meta.url));
const SIZE = Number(process.env.SIZE_MIB ?? 1024) * 1024 * 1024;
const WORK = mkdtempSync(join(os.tmpdir(), 'community-hub-bench-streamput-'));
chmodSync(WORK, 0o755);
const rssMB = () => (Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024) / 1e6;

let child;
const deadline = setTimeout(() => finish(new Error('deadline of 10 min reached')), 10 * 60_000);
async function finish(error) {
  clearTimeout(deadline);
  if (child && child.exitCode === null) child.kill('SIGTERM');
  rmSync(WORK, { recursive: true, force: true });
  if (error) {
    console.error(error);
    process.exit(1);
  }
  process.exit(0);
}

async function measure(label, fn) {
  if (global.gc) global.gc();
  const before = rssMB();
  let peak = before;
  const t = setInterval(() => (peak = Math.max(peak, rssMB())), 100);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  clearInterval(t);
  peak = Math.max(peak, rssMB());
  const row = { label, seconds: +(ms / 1000).toFixed(2), MBps: +(SIZE / 1e6 / (ms / 1000)).toFixed(1), rssBeforeMB: +before.toFixed(1), rssPeakGrowthMB: +(peak - before).toFixed(1) };
  console.log(JSON.stringify(row));
  return row;
}

try {
  const file = join(WORK, 'source.pdf');
  const out = createWriteStream(file);
  for (let written = 0; written < SIZE; ) {
    const chunk = randomFillSync(Buffer.allocUnsafe(Math.min(4 << 20, SIZE - written)));
    if (written === 0) chunk.write('%PDF-1.7\n');
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  if (statSync(file).size !== SIZE) throw new Error('bad size');

  child = spawn(process.execPath, [join(HERE, '..', 's3rver-child.mjs'), join(WORK, 's3'), 'community-hub'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(JSON.parse(String(d).split('\n')[0]).port));
    child.once('exit', (c) => reject(new Error(`s3rver exited ${c}`)));
  });
  const client = new Minio.Client({ endPoint: '127.0.0.1', port, useSSL: false, accessKey: 'S3RVER', secretKey: 'S3RVER', pathStyle: true, partSize: 5 * 1024 ** 3 });

  // The presigned, streamed PUT first, so the other's garbage does not inflate it.
  const url = await client.presignedPutObject('community-hub', 'presigned.pdf', 3600);
  const presigned = await measure('node:http PUT piped to a presigned URL', async () => {
    await new Promise((resolve, reject) => {
      const req = http.request(url, { method: 'PUT', headers: { 'Content-Length': String(SIZE), 'Content-Type': 'application/pdf' } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`PUT ${res.statusCode}`))));
      });
      req.on('error', reject);
      pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), req).catch(reject);
    });
  });
  const stat1 = await client.statObject('community-hub', 'presigned.pdf');
  await client.removeObject('community-hub', 'presigned.pdf');
  const minio = await measure('minio putObject(stream, size)', () =>
    client.putObject('community-hub', 'minio.pdf', createReadStream(file, { highWaterMark: 1 << 20 }), SIZE, { 'Content-Type': 'application/pdf' }),
  );
  const stat2 = await client.statObject('community-hub', 'minio.pdf');
  await client.removeObject('community-hub', 'minio.pdf');
  const result = { experiment: 'streaming-put', at: new Date().toISOString(), command: 'node --expose-gc bench/library/experiments/streaming-put.mjs', sizeBytes: SIZE, storedSizes: [stat1.size, stat2.size], units: 'MB = 10^6 bytes', presigned, minio };
  mkdirSync(join(HERE, '..', 'results'), { recursive: true });
  writeFileSync(join(HERE, '..', 'results', 'experiment-streaming-put.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result));
  await finish();
} catch (error) {
  await finish(error);
}
