import { randomBytes } from 'node:crypto';
import { JobQueue } from '@community-hub/api-jobs';
import { DocumentTextService, EXTRACT_TEXT_JOB } from '@community-hub/api-library';
import { docxWithText, eventually, odtWithText, pdfWithText } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const REQUEST = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }';
const COMPLETE = 'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id currentVersion { id textStatus } } }';
const DOCUMENT = 'query($id: ID!) { document(id: $id) { textExcerpt currentVersion { textStatus previewUrl } } }';

describe('text extraction for search (background job)', () => {
  let t: TestApp;
  let s: NetworkScenario;

  beforeAll(async () => {
    t = await startTestApp({
      ...ADMIN_ENV,
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      TEXT_EXTRACTION_RETRY_LIMIT: '2',
      TEXT_EXTRACTION_RETRY_DELAY_SECONDS: '1',
      TEXT_EXTRACTION_MAX_BYTES: String(3 * 1024 * 1024),
    });
    s = await networkScenario(t, 'PRIVATE');
  });
  afterAll(() => t.close());

  async function upload(bytes: Buffer, filename: string, contentType: string, extra: Record<string, unknown> = {}) {
    const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename, contentType, size: bytes.length } }, s.member.token);
    expect(requested.errors).toBeUndefined();
    const ticket = requested.data.requestUpload;
    const headers = Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value]));
    expect((await fetch(ticket.url, { method: ticket.method, headers, body: bytes })).status).toBe(200);
    const done = await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, title: filename, kind: 'OTHER', ...extra } }, s.member.token);
    expect(done.errors).toBeUndefined();
    return done.data.completeUpload as { id: string; currentVersion: { id: string; textStatus: string } };
  }

  const statusOf = async (id: string) => (await t.gql(DOCUMENT, { id }, s.member.token)).data.document.currentVersion.textStatus as string;
  const matches = async (word: string) =>
    (
      (await t.dataSource.query(`SELECT id FROM documents WHERE search_vector @@ websearch_to_tsquery('english', $1)`, [word])) as { id: string }[]
    ).map((row) => row.id);

  it.each([
    ['PDF', 'minutes.pdf', 'application/pdf', () => pdfWithText('The hedgehog survey starts in May'), 'hedgehog'],
    ['DOCX', 'policy.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', () => docxWithText('Lighthouse volunteers meet weekly'), 'lighthouse'],
    ['ODT', 'notes.odt', 'application/vnd.oasis.opendocument.text', () => odtWithText('The allotment society &amp; friends'), 'allotment'],
    ['TXT', 'readme.txt', 'text/plain', () => Buffer.from('\uFEFFBandstand repairs\r\nare   booked.\r\n'), 'bandstand'],
    ['CSV', 'budget.csv', 'text/csv', () => Buffer.from('item,cost\nfoodbank shelving,120\n'), 'foodbank'],
  ])('reads the text of a %s and makes the document findable by its words', async (_label, filename, contentType, make, word) => {
    const created = await upload(make(), filename, contentType);
    expect(created.currentVersion.textStatus).toBe('PENDING');
    await eventually(async () => (await statusOf(created.id)) === 'DONE');
    expect(await matches(word)).toEqual([created.id]);
    const shown = await t.gql(DOCUMENT, { id: created.id }, s.member.token);
    expect(shown.data.document.textExcerpt.toLowerCase()).toContain(word);
    expect(shown.data.document.textExcerpt).not.toMatch(/\uFEFF|\r| {2}/);
  });

  it('keeps the search vector up to date with the title, the description and the current version', async () => {
    const created = await upload(Buffer.from('Canal towpath clearance'), 'canal.txt', 'text/plain', { description: 'Spring birdwatching' });
    await eventually(async () => (await statusOf(created.id)) === 'DONE');
    expect(await matches('towpath')).toEqual([created.id]);
    expect(await matches('birdwatching')).toEqual([created.id]);

    const update = 'mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { id } }';
    await t.gql(update, { i: { documentId: created.id, title: 'Riverside work day', description: 'Autumn' } }, s.member.token);
    expect(await matches('riverside')).toEqual([created.id]);
    expect(await matches('birdwatching')).toEqual([]);

    const [{ rank }] = await t.dataSource.query(
      `SELECT ts_rank(search_vector, to_tsquery('english', 'riverside')) > ts_rank(search_vector, to_tsquery('english', 'towpath')) AS rank FROM documents WHERE id = $1`,
      [created.id],
    );
    expect(rank).toBe(true); // the title weighs more than the text

    const requested = await t.gql(REQUEST, { i: { networkId: s.networkId, filename: 'canal-v2.txt', contentType: 'text/plain', size: 18 } }, s.member.token);
    const ticket = requested.data.requestUpload;
    await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'Lock gate painting' });
    await t.gql(COMPLETE, { i: { uploadId: ticket.uploadId, documentId: created.id } }, s.member.token);
    await eventually(async () => (await matches('painting')).includes(created.id));
    expect(await matches('towpath')).toEqual([]); // only the current version's text counts
  });

  it('marks images UNSUPPORTED without running a job, and gives no excerpt', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
    const created = await upload(png, 'photo.png', 'image/png');
    expect(created.currentVersion.textStatus).toBe('UNSUPPORTED');
    const shown = await t.gql(DOCUMENT, { id: created.id }, s.member.token);
    expect(shown.data.document).toMatchObject({ textExcerpt: null, currentVersion: { textStatus: 'UNSUPPORTED' } });
  });

  it('skips files over the extraction limit', async () => {
    const created = await upload(Buffer.alloc(3 * 1024 * 1024 + 1, 'a'), 'huge.txt', 'text/plain');
    expect(created.currentVersion.textStatus).toBe('SKIPPED');
  });

  it('keeps at most a million characters, and still indexes a text with more distinct words than a tsvector holds', async () => {
    // About 280,000 different made-up words: their tsvector would pass PostgreSQL's 1 MB limit.
    const words = Array.from({ length: 280_000 }, () => randomBytes(4).toString('hex')).join(' ');
    const created = await upload(Buffer.from(`Quarry ${words}`), 'codes.txt', 'text/plain');
    await eventually(async () => (await statusOf(created.id)) === 'DONE', 30_000);
    const [row] = await t.dataSource.query('SELECT length(text) AS chars FROM document_versions WHERE id = $1', [created.currentVersion.id]);
    expect(row.chars).toBe(1_000_000);
    expect(await matches('quarry')).toEqual([created.id]);
  });

  it('retries a PDF it cannot read, then marks it FAILED; the upload itself succeeded', async () => {
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)]);
    const created = await upload(corrupt, 'broken.pdf', 'application/pdf');
    expect(created.id).toBeTruthy();
    await eventually(async () => (await statusOf(created.id)) === 'FAILED', 30_000);
    const [row] = await t.dataSource.query('SELECT text, text_attempts, text_error FROM document_versions WHERE id = $1', [created.currentVersion.id]);
    expect(row.text).toBeNull();
    expect(row.text_attempts).toBe(3); // the first attempt and two retries
    expect(row.text_error).toMatch(/PDF/);
    // The document is still there and downloadable.
    const shown = await t.gql('query($id: ID!) { document(id: $id) { title currentVersion { downloadUrl } } }', { id: created.id }, s.member.token);
    expect((await fetch(shown.data.document.currentVersion.downloadUrl)).status).toBe(200);
  });

  it('queues again versions left PENDING with no attempt (queueing failed, or uploaded before extraction existed)', async () => {
    const created = await upload(Buffer.from('Orchard planting plan'), 'orchard.txt', 'text/plain');
    await eventually(async () => (await statusOf(created.id)) === 'DONE');
    await t.dataSource.query(
      `UPDATE document_versions SET text = NULL, text_status = 'PENDING', text_attempts = 0, created_at = now() - interval '2 hours' WHERE id = $1`,
      [created.currentVersion.id],
    );
    expect(await matches('orchard')).toEqual([]);
    expect(await t.app.get(DocumentTextService).requeueStalled()).toBeGreaterThanOrEqual(1);
    await eventually(async () => (await matches('orchard')).includes(created.id));
  });

  it('never fails an upload when the queue is unavailable', async () => {
    const jobs = t.app.get(JobQueue);
    const spy = jest.spyOn(jobs, 'send').mockRejectedValueOnce(new Error('database away'));
    const created = await upload(Buffer.from('Pond dipping'), 'pond.txt', 'text/plain');
    expect(spy).toHaveBeenCalledWith(EXTRACT_TEXT_JOB, { versionId: created.currentVersion.id }, expect.anything());
    expect(created.currentVersion.textStatus).toBe('PENDING');
    spy.mockRestore();
  });
});
