import { randomBytes } from 'node:crypto';
import { eventually } from '../support/documents';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

/** Structured logs: JSON lines carrying the id of the request they were written for, into the jobs it queued. */
describe('JSON logs with a request id that follows the request into its jobs', () => {
  let t: TestApp;
  let s: NetworkScenario;
  const lines: string[] = [];
  const original = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

  beforeAll(async () => {
    const capture = (write: typeof process.stdout.write) =>
      ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof process.stdout.write;
    process.stdout.write = capture(original.out);
    process.stderr.write = capture(original.err);
    t = await startTestApp(
      { ...ADMIN_ENV, LOG_FORMAT: 'json', LOG_REQUEST_IDS: 'on', LOG_LEVEL: 'warn', TEXT_EXTRACTION_RETRY_LIMIT: '0', JOBS_POLLING_INTERVAL_SECONDS: '0.5' },
      { logs: true },
    );
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(async () => {
    await t.close();
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  });

  const json = () =>
    lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });

  it('echoes a plain X-Request-Id and replaces one that could forge log fields', async () => {
    expect((await t.gql('{ __typename }', {}, undefined, { 'x-request-id': 'req-plain-1' })).headers.get('x-request-id')).toBe('req-plain-1');
    const replaced = (await t.gql('{ __typename }', {}, undefined, { 'x-request-id': 'bad" id, "level": "error' })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${t.url}/health/live`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes a job\'s log lines with the id of the request that queued it', async () => {
    const requestId = `req-trace-${randomBytes(3).toString('hex')}`;
    // A "PDF" that cannot be read: its text extraction fails in a background job and logs a warning.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)]);
    const headers = { 'x-request-id': requestId };
    const requested = await t.gql(
      'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }',
      { i: { networkId: s.networkId, filename: 'Broken.pdf', contentType: 'application/pdf', size: bytes.length } },
      s.member.token,
      headers,
    );
    const ticket = requested.data.requestUpload;
    await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: bytes });
    const done = await t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, title: 'Broken' } }, s.member.token, headers);
    expect(done.errors).toBeUndefined();

    const line = await eventually(async () => json().find((entry) => String(entry.message).includes('Text extraction failed') && entry.requestId === requestId), 20_000);
    expect(line).toMatchObject({ level: 'warn', context: 'DocumentTextService', requestId });
    expect(typeof line?.timestamp).toBe('number');
  });
});
