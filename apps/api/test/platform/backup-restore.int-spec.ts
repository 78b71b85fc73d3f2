import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { StorageService } from '@community-hub/api-storage';
import { pdfWithText } from '../support/documents';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { createDatabase, startTestApp, uniqueName, type TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '../../../..');
const run = promisify(execFile);

async function ok(t: TestApp, query: string, variables: Record<string, unknown>, token?: string) {
  const result = await t.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Runs tools/backup.mjs or tools/restore.mjs against the test servers; resolves with its exit code and output. */
async function tool(script: string, args: string[], databaseUrl: string, bucket: string) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: databaseUrl,
    S3_ENDPOINT: process.env.TEST_S3_ENDPOINT!,
    S3_ACCESS_KEY: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
    S3_SECRET_KEY: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
    S3_BUCKET: bucket,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [join('tools', script), ...args], { cwd: ROOT, env, timeout: 120_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const DAY = 24 * 3600 * 1000;

describe('npm run backup / npm run restore', () => {
  let source: TestApp;
  let restored: TestApp | undefined;
  let s: NetworkScenario;
  const files: { id: string; bytes: Buffer }[] = [];
  const threads: string[] = [];
  const events: string[] = [];
  let backupDir: string;

  beforeAll(async () => {
    source = await startTestApp({ ...ADMIN_ENV, UPLOAD_CLEANUP_INTERVAL_SECONDS: '0' });
    s = await networkScenario(source, 'PRIVATE');
    for (let i = 0; i < 3; i++) {
      const thread = await ok(
        source,
        'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
        { i: { networkId: s.networkId, title: `Thread ${i} — “quotes” and émoji 🎉`, body: `Body ${i}`, tags: ['backup'] } },
        s.member.token,
      );
      threads.push(thread.createThread.id);
      await ok(source, 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId: thread.createThread.id, body: `Reply to ${i}` } }, s.coordinator.token);
    }
    const uploads: [string, string, Buffer][] = [
      ['Minutes.pdf', 'application/pdf', pdfWithText('Minutes of the March meeting')],
      ['Budget.csv', 'text/csv', Buffer.from('item,amount\nhall,120\n')],
      ['Photo.png', 'image/png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200_000)])],
    ];
    for (const [filename, contentType, bytes] of uploads) {
      const ticket = (
        await ok(
          source,
          'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method } }',
          { i: { networkId: s.networkId, filename, contentType, size: bytes.length } },
          s.member.token,
        )
      ).requestUpload;
      const put = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': contentType }, body: bytes });
      expect(put.status).toBe(200);
      const done = await ok(source, 'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, title: filename } }, s.member.token);
      files.push({ id: done.completeUpload.id, bytes });
    }
    for (let i = 0; i < 2; i++) {
      const startsAt = new Date(Date.now() + (i + 3) * DAY);
      const created = await ok(
        source,
        'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        { i: { networkId: s.networkId, title: `Event ${i}`, location: 'Town hall', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) } },
        s.member.token,
      );
      events.push(created.createEvent.id);
    }
    backupDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'backup-'));
  });
  afterAll(async () => {
    await restored?.close();
    await source?.close();
  });

  it('backs up the database and every object, with a manifest of counts and sha256', async () => {
    const bucket = source.app.get(StorageService).bucket;
    const result = await tool('backup.mjs', [backupDir], source.databaseUrl, bucket);
    expect(result.output).toMatch(/Backup written/);
    console.log(result.output.match(/Backup written.*/)?.[0]);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.database.tables.threads.rows).toBe(3);
    expect(manifest.database.tables.posts.rows).toBe(6);
    expect(manifest.database.tables.documents.rows).toBe(3);
    expect(manifest.database.tables.events.rows).toBe(2);
    expect(manifest.storage.count).toBe(3);
    expect(manifest.storage.objects.map((o: { sha256: string }) => o.sha256).sort()).toEqual(files.map((f) => sha256(f.bytes)).sort());
  });

  it('restores into an empty database and bucket: every thread, document (byte-identical) and event is there', async () => {
    const databaseName = uniqueName('restored');
    const databaseUrl = await createDatabase(databaseName);
    const bucket = uniqueName('restored').replace(/_/g, '-');
    const result = await tool('restore.mjs', [backupDir], databaseUrl, bucket);
    expect(result.output).toMatch(/Restored/);
    console.log(result.output.match(/Restored .*/)?.[0]);
    expect(result.code).toBe(0);

    restored = await startTestApp({ ...ADMIN_ENV, S3_BUCKET: bucket }, { databaseName });
    const member = await restored.login(s.member.email, 'correct horse battery');
    for (const id of threads) {
      const thread = (await ok(restored, 'query($id: ID!) { thread(id: $id) { id title posts(first: 10) { nodes { body } } } }', { id }, member.token)).thread;
      expect(thread.id).toBe(id);
      expect(thread.title).toMatch(/“quotes” and émoji 🎉/);
      expect(thread.posts.nodes).toHaveLength(2);
    }
    for (const file of files) {
      const document = (await ok(restored, 'query($id: ID!) { document(id: $id) { currentVersion { sha256 downloadUrl } } }', { id: file.id }, member.token)).document;
      expect(document.currentVersion.sha256).toBe(sha256(file.bytes));
      const body = Buffer.from(await (await fetch(document.currentVersion.downloadUrl)).arrayBuffer());
      expect(sha256(body)).toBe(sha256(file.bytes));
    }
    for (const id of events) {
      expect((await ok(restored, 'query($id: ID!) { event(id: $id) { id title } }', { id }, member.token)).event.id).toBe(id);
    }
    // Search works on restored rows (trigger-kept vectors came back as they were).
    const found = await ok(restored, 'query($q: String!) { search(query: $q, first: 10) { __typename } }', { q: 'émoji' }, member.token);
    expect(found.search.length).toBeGreaterThanOrEqual(3);
    // New writes work (sequences and constraints are back).
    await ok(restored, 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId: threads[0], body: 'After restore' } }, member.token);
  });

  it('refuses to restore over data unless --force', async () => {
    const again = await tool('restore.mjs', [backupDir], restored!.databaseUrl, restored!.app.get(StorageService).bucket);
    expect(again.code).toBe(3);
    expect(again.output).toMatch(/Refused: The database already has tables/);
  });
});
