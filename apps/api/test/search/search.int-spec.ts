import { SEARCH_CANDIDATES } from '@community-hub/api-search';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const SEARCH = `query($q: String!, $slug: String, $first: Int, $offset: Int, $kinds: [SearchKind!], $from: DateTime, $to: DateTime) {
  search(query: $q, networkSlug: $slug, first: $first, offset: $offset, kinds: $kinds, from: $from, to: $to) { kind id title snippet rank path threadId position network { slug } } }`;
const COUNTS = 'query($q: String!, $slug: String) { searchCounts(query: $q, networkSlug: $slug) { kind count } }';
const THREAD = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { nodes { id } } } }';
const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }';
const EVENT = 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }';

type Hit = { kind: string; id: string; title: string; snippet: string; rank: number; path: string; threadId: string | null; network: { slug: string } };

describe('search', () => {
  let t: TestApp;
  let pub: NetworkScenario;
  let priv: NetworkScenario;
  const ids: Record<string, string> = {};

  const ok = async (promise: Promise<{ data?: any; errors?: unknown }>) => {
    const result = await promise;
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const search = async (q: string, token?: string, extra: Record<string, unknown> = {}): Promise<Hit[]> =>
    (await ok(t.gql(SEARCH, { q, first: 50, ...extra }, token))).search;
  const kindsAndIds = (hits: Hit[]) => hits.map((h) => `${h.kind}:${h.id}`);

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    pub = await networkScenario(t, 'PUBLIC');
    priv = await networkScenario(t, 'PRIVATE');
    const soon = new Date(Date.now() + 7 * 86400_000);
    const later = new Date(soon.getTime() + 2 * 3600_000);

    const allotments = (await ok(t.gql(THREAD, { i: { networkId: pub.networkId, title: 'Allotment waiting list', body: 'How long is the wait for a plot at Victoria Road?', tags: [] } }, pub.member.token))).createThread;
    ids.pubThread = allotments.id;
    ids.pubFirstPost = allotments.posts.nodes[0].id;
    ids.pubReply = (await ok(t.gql(REPLY, { i: { threadId: allotments.id, body: 'My allotment took two years; gardening groups help meanwhile.' } }, pub.coordinator.token))).replyToThread.id;
    ids.removed = (await ok(t.gql(REPLY, { i: { threadId: allotments.id, body: 'Secret allotment gossip, later removed' } }, pub.admin.token))).replyToThread.id;
    await ok(t.gql('mutation($id: ID!) { deletePost(postId: $id, reason: "off topic") { id } }', { id: ids.removed }, pub.coordinator.token));
    ids.repair = (await ok(t.gql(THREAD, { i: { networkId: pub.networkId, title: 'Repair café volunteers', body: 'We need people who can fix bikes, not allotment tools.', tags: [] } }, pub.member.token))).createThread.id;

    const privThread = (await ok(t.gql(THREAD, { i: { networkId: priv.networkId, title: 'Allotment budget (confidential)', body: 'The zebracrossing grant is confidential.', tags: [] } }, priv.member.token))).createThread;
    ids.privThread = privThread.id;
    ids.privFirstPost = privThread.posts.nodes[0].id;

    ids.pubEvent = (await ok(t.gql(EVENT, { i: { networkId: pub.networkId, title: 'Allotment open day', description: 'Seed swap and tea', location: 'Victoria Road allotments', startsAt: soon, endsAt: later } }, pub.member.token))).createEvent.id;
    ids.membersEvent = (await ok(t.gql(EVENT, { i: { networkId: pub.networkId, title: 'Allotment committee', description: 'Members only: the zebracrossing vote', location: 'Hall', visibility: 'MEMBERS', startsAt: soon, endsAt: later } }, pub.member.token))).createEvent.id;

    ids.org = (await ok(t.gql('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name: 'Macclesfield Allotment Society', kind: 'COMMUNITY', description: 'Plots and gardening advice', networkId: pub.networkId } }, pub.member.token))).createOrganisation.id;
  });
  afterAll(() => t.close());

  it('finds threads, posts, events and organisations an anonymous visitor may read, and nothing else', async () => {
    const hits = await search('allotment');
    const found = kindsAndIds(hits);
    expect(found).toEqual(
      expect.arrayContaining([`THREAD:${ids.pubThread}`, `POST:${ids.pubReply}`, `EVENT:${ids.pubEvent}`, `ORGANISATION:${ids.org}`]),
    );
    expect(found).not.toContain(`THREAD:${ids.privThread}`);
    expect(found).not.toContain(`EVENT:${ids.membersEvent}`);
    expect(found).not.toContain(`POST:${ids.removed}`);
    // A thread matched by its title and its opening post is one hit; its opening post is not a separate one.
    expect(found.filter((f) => f === `THREAD:${ids.pubThread}`)).toHaveLength(1);
    expect(found).not.toContain(`POST:${ids.pubFirstPost}`);
    // Nothing private leaks through titles or snippets either.
    expect(JSON.stringify(hits)).not.toMatch(/confidential|zebracrossing|gossip|committee/i);
    expect(await search('zebracrossing')).toEqual([]);
    expect((await ok(t.gql(COUNTS, { q: 'zebracrossing' }))).searchCounts.every((c: { count: number }) => c.count === 0)).toBe(true);
  });

  it('shows members what they may read: the private network and members-only events', async () => {
    expect(kindsAndIds(await search('zebracrossing', priv.member.token))).toEqual([`THREAD:${ids.privThread}`]);
    expect(kindsAndIds(await search('confidential budget', priv.member.token, { kinds: ['THREAD'] }))).toEqual([`THREAD:${ids.privThread}`]);
    expect(await search('confidential budget', priv.outsider.token)).toEqual([]);
    expect(await search('zebracrossing', priv.outsider.token)).toEqual([]);
    expect(await search('zebracrossing', priv.pending.token)).toEqual([]);
    expect(await search('zebracrossing', priv.suspended.token)).toEqual([]);
    expect(kindsAndIds(await search('zebracrossing', pub.member.token))).toEqual([`EVENT:${ids.membersEvent}`]);
    expect(await search('zebracrossing', pub.outsider.token)).toEqual([]);
  });

  it('ranks titles above bodies, stems English words and highlights the matches', async () => {
    const hits = await search('allotment', pub.member.token, { kinds: ['THREAD', 'POST'] });
    expect(hits[0]).toMatchObject({ kind: 'THREAD', id: ids.pubThread, title: 'Allotment waiting list', path: `/n/${pub.slug}/t/${ids.pubThread}` });
    const reply = hits.find((h) => h.id === ids.pubReply)!;
    expect(reply).toMatchObject({ kind: 'POST', threadId: ids.pubThread, title: 'Allotment waiting list', path: `/n/${pub.slug}/t/${ids.pubThread}#post-2`, position: 2 });
    expect(reply.snippet).toContain('«allotment»');
    expect(hits[0].rank).toBeGreaterThan(reply.rank);
    // "garden" finds "gardening" (English stemming).
    expect(kindsAndIds(await search('garden'))).toEqual(expect.arrayContaining([`POST:${ids.pubReply}`, `ORGANISATION:${ids.org}`]));
  });

  it('shows snippets as plain text (mentions as @Name, no emphasis markers or link targets), keeping the highlights', async () => {
    const person = '0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11';
    const thread = (await ok(t.gql(THREAD, { i: { networkId: pub.networkId, title: 'Knitting circle', body: `Thanks [@Alice Smith](/people/${person}): the **knitting** circle meets _Tuesdays_, see [the rota](https://example.org/rota).`, tags: [] } }, pub.member.token))).createThread;
    await ok(t.gql(EVENT, { i: { networkId: pub.networkId, title: 'Yarn swap', description: '## Bring\n\n- spare **knitting** needles\n- `wool`', location: 'Hall', startsAt: new Date(Date.now() + 86400_000), endsAt: new Date(Date.now() + 90000_000) } }, pub.member.token));
    const hits = await search('knitting', pub.member.token, { kinds: ['THREAD', 'EVENT'] });
    const threadHit = hits.find((h) => h.id === thread.id)!;
    expect(threadHit.snippet).toContain('@Alice Smith');
    expect(threadHit.snippet).toContain('«knitting»');
    expect(threadHit.snippet).toContain('Tuesdays, see the rota.');
    const eventHit = hits.find((h) => h.kind === 'EVENT')!;
    expect(eventHit.snippet).toContain('«knitting» needles');
    for (const hit of [threadHit, eventHit]) expect(hit.snippet).not.toMatch(/\*\*|\]\(|\/people\/|https:|##|`|\b_/);
  });

  it('understands quotes, OR and -exclusion', async () => {
    expect(kindsAndIds(await search('"waiting list"'))).toEqual([`THREAD:${ids.pubThread}`]);
    expect(kindsAndIds(await search('"list waiting"'))).toEqual([]);
    const either = kindsAndIds(await search('bikes OR seed'));
    expect(either).toEqual(expect.arrayContaining([`THREAD:${ids.repair}`, `EVENT:${ids.pubEvent}`]));
    const excluded = kindsAndIds(await search('allotment -bikes'));
    expect(excluded).toContain(`POST:${ids.pubReply}`);
    expect(excluded).not.toContain(`THREAD:${ids.repair}`);
  });

  it('filters by network, kind and date, pages without overlap, and counts what it would return', async () => {
    expect((await search('allotment', priv.member.token, { slug: priv.slug })).map((h) => h.network.slug)).toEqual([priv.slug]);
    expect((await search('allotment', undefined, { kinds: ['EVENT'] })).map((h) => h.kind)).toEqual(['EVENT']);
    expect(await search('allotment', undefined, { kinds: ['EVENT'], to: new Date(Date.now() + 86400_000) })).toEqual([]);
    const all = await search('allotment', pub.member.token);
    const page1 = await search('allotment', pub.member.token, { first: 2 });
    const page2 = await search('allotment', pub.member.token, { first: 2, offset: 2 });
    expect([...page1, ...page2].map((h) => h.id)).toEqual(all.slice(0, 4).map((h) => h.id));
    const counts = (await ok(t.gql(COUNTS, { q: 'allotment' }, pub.member.token))).searchCounts as { kind: string; count: number }[];
    for (const kind of ['THREAD', 'POST', 'EVENT', 'ORGANISATION']) {
      expect(counts.find((c) => c.kind === kind)?.count).toBe(all.filter((h) => h.kind === kind).length);
    }
  });

  it('ranks the most recent matches of each kind when there are more than it ranks, pages consistently and still counts them all', async () => {
    // More matching posts than SEARCH_CANDIDATES, written one minute apart; the oldest matches best (the word three times).
    const extra = 30;
    const total = SEARCH_CANDIDATES + extra;
    const thread = (await ok(t.gql(THREAD, { i: { networkId: pub.networkId, title: 'Birdwatching log', body: 'Sightings from the reservoir.', tags: [] } }, pub.member.token))).createThread.id;
    const [{ id: oldest }] = await t.dataSource.query(
      `WITH inserted AS (
         INSERT INTO posts (thread_id, position, author_id, body, created_at)
         SELECT $1, 1 + i, $2, CASE WHEN i = 1 THEN 'quetzal quetzal quetzal at dawn' ELSE 'a quetzal seen, number ' || i END, now() - interval '1 day' + i * interval '1 minute'
           FROM generate_series(1, $3::int) i
         RETURNING id, position)
       SELECT id FROM inserted WHERE position = 2`,
      [thread, pub.member.id, total],
    );
    const pages: Hit[] = [];
    for (let offset = 0; offset < SEARCH_CANDIDATES; offset += 50) pages.push(...(await search('quetzal', pub.member.token, { offset })));
    // The first SEARCH_CANDIDATES hits are one ordering of the newest posts, without overlap; the oldest is not among them.
    expect(pages).toHaveLength(SEARCH_CANDIDATES);
    expect(new Set(pages.map((h) => h.id)).size).toBe(SEARCH_CANDIDATES);
    expect(pages.map((h) => h.id)).not.toContain(oldest);
    // A deeper page ranks as many as it needs, so every match can be reached.
    expect(await search('quetzal', pub.member.token, { offset: SEARCH_CANDIDATES, first: 50 })).toHaveLength(extra);
    // Counts are not capped.
    const counts = (await ok(t.gql(COUNTS, { q: 'quetzal' }, pub.member.token))).searchCounts as { kind: string; count: number }[];
    expect(counts.find((c) => c.kind === 'POST')?.count).toBe(total);
  });

  it('refuses empty or oversized queries and networks the caller may not read, with codes', async () => {
    for (const q of ['', '   ']) expect((await t.gql(SEARCH, { q })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(SEARCH, { q: 'x'.repeat(201) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(SEARCH, { q: 'allotment', first: 51 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(SEARCH, { q: 'allotment', slug: priv.slug }, priv.outsider.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(SEARCH, { q: 'allotment', slug: 'no-such-network' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Query syntax that is not valid tsquery is still just words: no 500.
    expect((await t.gql(SEARCH, { q: "'); DROP TABLE posts; -- & | ! <-> :*" })).errors).toBeUndefined();
  });

  it('finds documents by title and by the text read from the file, in networks the caller may read', async () => {
    const upload = async (token: string, networkId: string, title: string, text: string) => {
      const ticket = (await ok(t.gql('mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }', { i: { networkId, filename: 'minutes.txt', contentType: 'text/plain', size: Buffer.byteLength(text) } }, token))).requestUpload;
      await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body: text });
      const id = (await ok(t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, title, kind: 'MINUTES' } }, token))).completeUpload.id;
      // Text extraction runs in the background job queue: wait for it.
      for (let i = 0; i < 100; i++) {
        const status = (await ok(t.gql('query($id: ID!) { document(id: $id) { currentVersion { textStatus } } }', { id }, token))).document.currentVersion.textStatus;
        if (status !== 'PENDING') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return id;
    };
    const pubDoc = await upload(pub.member.token, pub.networkId, 'Minutes of the March meeting', 'The committee agreed to buy a new polytunnel for the community orchard.');
    const privDoc = await upload(priv.member.token, priv.networkId, 'Private minutes', 'Confidential: the polytunnel supplier quote.');
    const hits = await search('polytunnel orchard');
    expect(hits).toEqual([expect.objectContaining({ kind: 'DOCUMENT', id: pubDoc, title: 'Minutes of the March meeting', path: `/n/${pub.slug}/d/${pubDoc}` })]);
    expect(hits[0].snippet).toContain('«polytunnel»');
    expect(kindsAndIds(await search('polytunnel', priv.member.token, { kinds: ['DOCUMENT'] }))).toEqual(expect.arrayContaining([`DOCUMENT:${pubDoc}`, `DOCUMENT:${privDoc}`]));
    expect(kindsAndIds(await search('polytunnel', priv.outsider.token))).toEqual([`DOCUMENT:${pubDoc}`]);
    // A deleted document is no longer found.
    await ok(t.gql('mutation($id: ID!) { deleteDocument(documentId: $id) }', { id: pubDoc }, pub.member.token));
    expect(await search('polytunnel orchard')).toEqual([]);
  });
});
