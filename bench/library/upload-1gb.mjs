// 1 GiB through the document library in proxy mode, next to the raw floor.
//
//   node tools/build.mjs api && node bench/library/upload-1gb.mjs
//
// Starts, on 127.0.0.1 ports picked by the OS (never 3000/3111/5432), an s3rver
// child process (data in a temp dir), an embedded PostgreSQL and the built API
// (dist/api) pointed at that s3rver. Generates a 1 GiB file that starts with
// "%PDF-1.7\n", then through the product's own flow: admin creates a network, a
// member registers and joins, requestUpload -> HTTP PUT of the file (streamed) ->
// completeUpload (the API hashes the stored object by streaming it back) -> GET of
// downloadUrl streamed to a file; checks the sha256 of the copy against the
// source's and the API's. The API's (and s3rver's) VmRSS is read from
// /proc/<pid>/status every 100 ms throughout. The floor is the raw `minio` client
// (putObject of the same file as a stream with its size; getObject streamed to a
// file) and a local streamed sha256. Everything is stopped and the temp dir
// (about 3 GiB at peak) removed at the end.
//
// Env: SIZE_MIB (default 1024), KEEP_DATA=1 keeps the temp dir, BENCH_TMP (default
// os.tmpdir()) is where the temp dir goes.
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { chmodSync, createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = join(HERE, 'results');
const SIZE = Number(process.env.SIZE_MIB ?? 1024) * 1024 * 1024;
const GOAL_RSS_MB = 50;
const BUCKET = 'community-hub';
const MB = 1e6;

// The temp dir must exist before lib.mjs is imported: it reads BENCH_DATA_DIR once.
const TMP_PARENT = process.env.BENCH_TMP ?? os.tmpdir();
const free = statfsSync(TMP_PARENT);
const freeBytes = free.bavail * free.bsize;
const needBytes = SIZE * 3 + 1024 ** 3; // source + stored object + downloaded copy + PostgreSQL and slack
if (freeBytes < needBytes) {
  console.error(`Not enough disk in ${TMP_PARENT}: ${(freeBytes / 2 ** 30).toFixed(1)} GiB free, need ${(needBytes / 2 ** 30).toFixed(1)} GiB`);
  process.exit(1);
}
const WORK = mkdtempSync(join(TMP_PARENT, 'community-hub-bench-library-'));
// As root, initdb runs as a "postgres" user that must reach the cluster directory.
chmodSync(WORK, 0o755);
process.env.BENCH_DATA_DIR = join(WORK, 'pgroot');
const lib = await import('../forum/lib.mjs');
const { onCleanup, runMain, sleep, startPostgres, startApi, gql, login, ADMIN, machine, timer } = lib;

const SOURCE = join(WORK, 'source-1gib.pdf');
const S3_DIR = join(WORK, 's3');
const API_COPY = join(WORK, 'download-api.pdf');
const FLOOR_COPY = join(WORK, 'download-floor.pdf');

// ---- helpers -------------------------------------------------------------------

const mbps = (bytes, ms) => +(bytes / MB / (ms / 1000)).toFixed(1);
const round = (x, d = 1) => +x.toFixed(d);

function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return { rssKb: NaN, hwmKb: NaN };
  }
}

/** Reads VmRSS of each pid every 100 ms, labelling samples with the current phase. */
function rssSampler(pids) {
  const samples = [];
  let phase = 'start';
  const t0 = performance.now();
  const take = () => {
    const row = { t: Math.round(performance.now() - t0), phase };
    for (const [name, pid] of Object.entries(pids)) row[name] = procStatus(pid).rssKb;
    samples.push(row);
  };
  take();
  const handle = setInterval(take, 100);
  return {
    samples,
    setPhase(p) {
      take();
      phase = p;
      take();
    },
    stop() {
      take();
      clearInterval(handle);
    },
  };
}

async function generateFile(path, size) {
  const header = Buffer.from('%PDF-1.7\n');
  const block = Buffer.allocUnsafe(4 * 1024 * 1024);
  const out = createWriteStream(path);
  let written = 0;
  const write = (buf) => (out.write(buf) ? undefined : new Promise((r) => out.once('drain', r)));
  await write(header);
  written += header.length;
  while (written < size) {
    const n = Math.min(block.length, size - written);
    const chunk = Buffer.allocUnsafe(n);
    randomFillSync(chunk);
    await write(chunk);
    written += n;
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  if (statSync(path).size !== size) throw new Error('generated file has the wrong size');
}

async function sha256File(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk);
  return hash.digest('hex');
}

/** HTTP PUT of a file as a stream with Content-Length; resolves with status and body. */
function putFile(url, path, size, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'PUT', headers: { ...headers, 'Content-Length': String(size) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(20 * 60_000, () => req.destroy(new Error('PUT timed out')));
    pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), req).catch(reject);
  });
}

/** HTTP GET streamed to a file; resolves with status, headers and bytes written. */
function getToFile(url, path) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => reject(new Error(`GET ${res.statusCode}: ${body.slice(0, 500)}`)));
        return;
      }
      pipeline(res, createWriteStream(path))
        .then(() => resolve({ status: res.statusCode, headers: res.headers, bytes: statSync(path).size }))
        .catch(reject);
    });
    req.on('error', reject);
    req.setTimeout(20 * 60_000, () => req.destroy(new Error('GET timed out')));
  });
}

async function startS3() {
  mkdirSync(S3_DIR, { recursive: true });
  const child = spawn(process.execPath, [join(HERE, 's3rver-child.mjs'), S3_DIR, BUCKET], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err = (err + d).slice(-5000)));
  const exited = new Promise((r) => child.once('exit', r));
  onCleanup(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) child.kill('SIGKILL');
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error(`s3rver did not start: ${err}`)), 30_000);
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        clearTimeout(t);
        resolve(JSON.parse(line).port);
      }
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}): ${err}`)));
  });
  return { port, pid: child.pid, endpoint: `http://127.0.0.1:${port}` };
}

function summarise(samples, key, baselineKb) {
  const byPhase = {};
  for (const s of samples) {
    if (!Number.isFinite(s[key])) continue;
    const p = (byPhase[s.phase] ??= { peakKb: 0, lastKb: 0, n: 0 });
    p.peakKb = Math.max(p.peakKb, s[key]);
    p.lastKb = s[key];
    p.n++;
  }
  const out = {};
  for (const [phase, p] of Object.entries(byPhase)) {
    out[phase] = { samples: p.n, peakMB: round((p.peakKb * 1024) / MB), peakGrowthMB: round(((p.peakKb - baselineKb) * 1024) / MB), endMB: round((p.lastKb * 1024) / MB) };
  }
  return out;
}

// ---- the run ---------------------------------------------------------------------

async function main() {
  onCleanup(async () => {
    if (process.env.KEEP_DATA === '1') console.log(`kept ${WORK}`);
    else rmSync(WORK, { recursive: true, force: true });
  });
  const started = new Date();
  console.log(`work dir ${WORK} (${(freeBytes / 2 ** 30).toFixed(0)} GiB free); file ${SIZE} bytes`);
  try {
    execFileSync(process.execPath, ['tools/build.mjs', 'api'], { cwd: lib.REPO, stdio: 'inherit' });
  } catch {
    throw new Error('node tools/build.mjs api failed');
  }

  // 1. The file, and its local sha256 (the hashing floor).
  let elapsed = timer();
  await generateFile(SOURCE, SIZE);
  const generateMs = elapsed();
  console.log(`generated in ${(generateMs / 1000).toFixed(1)} s`);
  elapsed = timer();
  const sourceSha = await sha256File(SOURCE);
  const localShaMs = elapsed();
  console.log(`local sha256 ${sourceSha} in ${(localShaMs / 1000).toFixed(1)} s`);

  // 2. Services.
  const s3 = await startS3();
  const pgInfo = await startPostgres({ fresh: true });
  const api = await startApi({
    databaseUrl: pgInfo.url,
    env: {
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: 'S3RVER',
      S3_SECRET_KEY: 'S3RVER',
      S3_BUCKET: BUCKET,
      MAX_UPLOAD_BYTES: String(2 * 1024 ** 3),
      TRANSFER_TOKEN_TTL_SECONDS: '3600',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      DEMO_DATA: 'false',
    },
  });
  console.log(`s3rver :${s3.port} (pid ${s3.pid}), postgres :${pgInfo.port}, api :${api.port} (pid ${api.pid})`);

  // 3. Product flow up to the ticket (also warms the API's GraphQL path).
  const admin = await login(api.url, ADMIN.email, ADMIN.password);
  const slug = `bench-library-${process.pid}`;
  const { createNetwork: network } = await gql(
    api.url,
    'mutation($input: CreateNetworkInput!){ createNetwork(input: $input){ id slug } }',
    { input: { name: 'Library benchmark', slug, description: '1 GiB upload benchmark', visibility: 'PUBLIC' } },
    admin.token,
  );
  const { register: member } = await gql(
    api.url,
    'mutation($input: RegisterInput!){ register(input: $input){ token user { id } } }',
    { input: { email: `member-${process.pid}@bench.local`, name: 'Bench Member', password: 'bench-member-password-2026' } },
  );
  const { joinNetwork: membership } = await gql(
    api.url,
    'mutation($id: ID!){ joinNetwork(networkId: $id){ id status role } }',
    { id: network.id },
    member.token,
  );
  const uploader = membership.status === 'ACTIVE' ? { who: 'member (joined a PUBLIC network)', token: member.token } : { who: 'platform admin', token: admin.token };
  console.log(`network ${network.slug}; member join status ${membership.status}; uploading as ${uploader.who}`);

  const sampler = rssSampler({ apiKb: api.pid, s3rverKb: s3.pid, benchKb: process.pid });
  const hwmBefore = procStatus(api.pid).hwmKb;
  sampler.setPhase('baseline');
  await sleep(1500);
  const baseSamples = sampler.samples.filter((s) => s.phase === 'baseline').map((s) => s.apiKb);
  const baselineKb = Math.max(...baseSamples);
  const s3BaselineKb = Math.max(...sampler.samples.filter((s) => s.phase === 'baseline').map((s) => s.s3rverKb));

  const { requestUpload: ticket } = await gql(
    api.url,
    'mutation($input: RequestUploadInput!){ requestUpload(input: $input){ uploadId url method headers { name value } expiresAt } }',
    { input: { networkId: network.id, filename: 'bench-1gib.pdf', contentType: 'application/pdf', size: SIZE } },
    uploader.token,
  );
  if (!ticket.url.startsWith(api.base + '/storage/upload/')) throw new Error(`expected a proxy-mode ticket, got ${ticket.url}`);

  // 4. Upload through the API.
  sampler.setPhase('upload');
  elapsed = timer();
  const put = await putFile(ticket.url, SOURCE, SIZE, Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])));
  const uploadMs = elapsed();
  if (put.status !== 200) throw new Error(`upload PUT ${put.status}: ${put.body}`);
  console.log(`upload ${(uploadMs / 1000).toFixed(1)} s (${mbps(SIZE, uploadMs)} MB/s): ${put.body}`);

  // 5. completeUpload (stat, first bytes, then sha256 by streaming the stored object).
  sampler.setPhase('completeUpload');
  elapsed = timer();
  const { completeUpload: doc } = await gql(
    api.url,
    'mutation($input: CompleteUploadInput!){ completeUpload(input: $input){ id title currentVersion { size sha256 downloadUrl } } }',
    { input: { uploadId: ticket.uploadId, title: '1 GiB benchmark file' } },
    uploader.token,
  );
  const completeMs = elapsed();
  console.log(`completeUpload ${(completeMs / 1000).toFixed(1)} s (${mbps(SIZE, completeMs)} MB/s): sha256 ${doc.currentVersion.sha256}`);

  // 6. Download through the API.
  sampler.setPhase('download');
  elapsed = timer();
  const got = await getToFile(doc.currentVersion.downloadUrl, API_COPY);
  const downloadMs = elapsed();
  console.log(`download ${(downloadMs / 1000).toFixed(1)} s (${mbps(SIZE, downloadMs)} MB/s)`);

  sampler.setPhase('after');
  await sleep(3000);
  sampler.stop();
  const hwmAfter = procStatus(api.pid).hwmKb;

  elapsed = timer();
  const copySha = await sha256File(API_COPY);
  const copyShaMs = elapsed();
  rmSync(API_COPY, { force: true });
  const verified = {
    bytes: got.bytes === SIZE,
    copyEqualsSource: copySha === sourceSha,
    apiEqualsSource: doc.currentVersion.sha256 === sourceSha,
    apiSize: doc.currentVersion.size === SIZE,
  };
  console.log(`verify: ${JSON.stringify(verified)}`);

  // 7. Floor: the raw minio client straight to s3rver, from this process.
  const Minio = (await import('minio')).default ?? (await import('minio'));
  const client = new Minio.Client({
    endPoint: '127.0.0.1',
    port: s3.port,
    useSSL: false,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    pathStyle: true,
    partSize: 5 * 1024 ** 3,
  });
  const floorKey = `bench-floor/${process.pid}.pdf`;
  const benchRssBefore = procStatus(process.pid).rssKb;
  const floorSampler = rssSampler({ benchKb: process.pid, s3rverKb: s3.pid });
  floorSampler.setPhase('floor-put');
  elapsed = timer();
  await client.putObject(BUCKET, floorKey, createReadStream(SOURCE, { highWaterMark: 1024 * 1024 }), SIZE, { 'Content-Type': 'application/pdf' });
  const floorPutMs = elapsed();
  console.log(`floor putObject ${(floorPutMs / 1000).toFixed(1)} s (${mbps(SIZE, floorPutMs)} MB/s)`);
  floorSampler.setPhase('floor-get');
  elapsed = timer();
  await pipeline(await client.getObject(BUCKET, floorKey), createWriteStream(FLOOR_COPY));
  const floorGetMs = elapsed();
  floorSampler.stop();
  console.log(`floor getObject ${(floorGetMs / 1000).toFixed(1)} s (${mbps(SIZE, floorGetMs)} MB/s)`);
  const floorCopyOk = statSync(FLOOR_COPY).size === SIZE && (await sha256File(FLOOR_COPY)) === sourceSha;
  rmSync(FLOOR_COPY, { force: true });
  await client.removeObject(BUCKET, floorKey);
  const floorPeak = (key, phase) => Math.max(...floorSampler.samples.filter((s) => s.phase === phase).map((s) => s[key]));

  // ---- results ----
  const apiPhases = summarise(sampler.samples, 'apiKb', baselineKb);
  const s3Phases = summarise(sampler.samples, 's3rverKb', s3BaselineKb);
  const transferPhases = ['upload', 'completeUpload', 'download', 'after'];
  const peakKb = Math.max(...sampler.samples.filter((s) => transferPhases.includes(s.phase)).map((s) => s.apiKb));
  const peakGrowthMB = round(((peakKb - baselineKb) * 1024) / MB);
  const afterKb = sampler.samples.filter((s) => s.phase === 'after').at(-1).apiKb;
  const rows = [
    { step: 'local sha256 of the file (streamed)', ms: localShaMs, floorOf: 'completeUpload' },
    { step: 'floor: minio putObject (stream + size) to s3rver', ms: floorPutMs, floorOf: 'upload' },
    { step: 'floor: minio getObject streamed to a file', ms: floorGetMs, floorOf: 'download' },
    { step: 'API: PUT /storage/upload/<token> (proxy)', ms: uploadMs },
    { step: 'API: completeUpload (stat, head, sha256 from storage)', ms: completeMs },
    { step: 'API: GET /storage/download/<token> (proxy)', ms: downloadMs },
  ].map((r) => ({ ...r, ms: Math.round(r.ms), seconds: round(r.ms / 1000, 2), MBps: mbps(SIZE, r.ms) }));
  const result = {
    benchmark: 'library-upload-1gb',
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    command: 'node tools/build.mjs api && node bench/library/upload-1gb.mjs',
    machine: machine(),
    gitHead: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: lib.REPO, encoding: 'utf8' }).trim(),
    sizeBytes: SIZE,
    units: 'MB = 10^6 bytes; MB/s = sizeBytes / 10^6 / seconds',
    setup: {
      storage: 's3rver 3.7.1 in a child process (data on local disk in a temp dir)',
      transferMode: 'proxy',
      uploader: uploader.who,
      apiEnv: 'NODE_ENV=production, S3_ENDPOINT=s3rver, MAX_UPLOAD_BYTES=2147483648, TRANSFER_TOKEN_TTL_SECONDS=3600',
      generateSeconds: round(generateMs / 1000, 2),
    },
    timings: rows,
    ratios: {
      uploadVsFloorPut: round(floorPutMs / uploadMs, 2),
      downloadVsFloorGet: round(floorGetMs / downloadMs, 2),
      completeUploadVsLocalSha256: round(localShaMs / completeMs, 2),
    },
    verified: { ...verified, floorCopy: floorCopyOk, sourceSha256: sourceSha, apiSha256: doc.currentVersion.sha256, copySha256Seconds: round(copyShaMs / 1000, 2) },
    rss: {
      goal: `API peak RSS growth < ${GOAL_RSS_MB} MB`,
      apiBaselineMB: round((baselineKb * 1024) / MB),
      apiPeakMB: round((peakKb * 1024) / MB),
      apiPeakGrowthMB: peakGrowthMB,
      apiAfterMB: round((afterKb * 1024) / MB),
      apiVmHWMBeforeMB: round((hwmBefore * 1024) / MB),
      apiVmHWMAfterMB: round((hwmAfter * 1024) / MB),
      goalMet: peakGrowthMB < GOAL_RSS_MB,
      apiByPhase: apiPhases,
      s3rverByPhase: s3Phases,
      floor: {
        benchProcessBeforeMB: round((benchRssBefore * 1024) / MB),
        benchProcessPeakDuringPutMB: round((floorPeak('benchKb', 'floor-put') * 1024) / MB),
        benchProcessPeakDuringGetMB: round((floorPeak('benchKb', 'floor-get') * 1024) / MB),
        s3rverPeakDuringPutMB: round((floorPeak('s3rverKb', 'floor-put') * 1024) / MB),
      },
      samples: sampler.samples,
    },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'upload-1gb.json');
  writeFileSync(file, JSON.stringify(result, null, 1) + '\n');

  console.log(`\n${SIZE / 2 ** 20} MiB (${SIZE} bytes) through the library, proxy mode, s3rver; MB = 10^6 bytes`);
  console.log('| step | seconds | MB/s |');
  console.log('|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.step} | ${r.seconds.toFixed(2)} | ${r.MBps} |`);
  console.log(`\nAPI RSS: baseline ${result.rss.apiBaselineMB} MB, peak ${result.rss.apiPeakMB} MB (growth ${peakGrowthMB} MB; goal < ${GOAL_RSS_MB} MB: ${result.rss.goalMet ? 'met' : 'NOT met'}), after ${result.rss.apiAfterMB} MB; VmHWM ${result.rss.apiVmHWMBeforeMB} -> ${result.rss.apiVmHWMAfterMB} MB`);
  for (const [phase, p] of Object.entries(apiPhases)) console.log(`  ${phase.padEnd(15)} peak ${p.peakMB} MB (+${p.peakGrowthMB}), end ${p.endMB} MB`);
  console.log(`floor (bench process RSS): before ${result.rss.floor.benchProcessBeforeMB} MB, peak during putObject ${result.rss.floor.benchProcessPeakDuringPutMB} MB, during getObject ${result.rss.floor.benchProcessPeakDuringGetMB} MB`);
  console.log(`verified: ${JSON.stringify(result.verified)}`);
  console.log(`wrote ${file}`);
  if (!Object.values(verified).every(Boolean) || !floorCopyOk) throw new Error('verification failed');
}

runMain(main, { deadlineMs: 30 * 60_000 });
