import { overSocket } from '../support/socket';
import { startTestApp, type TestApp } from '../support/test-app';

/** Requests that would make the server do unbounded work are refused before any resolver runs, and fast. */
describe('query cost limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function timed(body: unknown) {
    const started = performance.now();
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, json, ms: performance.now() - started };
  }

  // Loose bound here (shared CI cores); bench/limits/refusal-latency.mjs measures it precisely.
  const FAST_MS = 250;

  it('refuses more aliases than GRAPHQL_MAX_ALIASES (30)', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: organisations(first: 1) { totalCount }`).join(' ');
    expect((await timed({ query: `{ ${fields(30)} }` })).json.errors).toBeUndefined();
    const refused = await timed({ query: `{ ${fields(31)} }` });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(refused.json.errors?.[0].message).toMatch(/too many aliases/);
    // Through fragments too.
    const viaFragment = await timed({ query: `{ ...F ...F } fragment F on Query { ${fields(20)} }` });
    expect(viaFragment.json.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a huge document (10,000 aliased fields) at the parser, fast', async () => {
    await timed({ query: '{ __typename }' }); // warm
    const huge = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const refused = await timed({ query: huge });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(refused.json.errors?.[0].message).toMatch(/tokens/);
    expect(refused.ms).toBeLessThan(FAST_MS);
  });

  it('refuses directive floods and fragment cycles before running them', async () => {
    const flood = await timed({ query: `{ __typename ${'@include(if: true) '.repeat(2000)} }` });
    expect(flood.status).toBe(400);
    expect(flood.ms).toBeLessThan(FAST_MS);
    const cycle = await timed({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
    expect(cycle.status).toBe(400);
    expect(cycle.json.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a wide, deep or costly query quickly', async () => {
    const costly = await timed({ query: '{ networks { members(first: 100) { nodes { network { members(first: 100) { nodes { id } } } } } } }' });
    expect(costly.json.errors?.[0].message).toMatch(/too expensive/);
    expect(costly.ms).toBeLessThan(FAST_MS);
    const deep = await timed({
      query: `{ networks { ${'myMembership { network { '.repeat(8)} id ${'} } '.repeat(8)} } }`,
    });
    expect(deep.json.errors?.[0].message).toMatch(/nested too deeply/);
    expect(deep.ms).toBeLessThan(FAST_MS);
  });

  it('costs a list left at its default page size as that page, not as one item (HTTP and WebSocket)', async () => {
    const nested = (first: string) =>
      `{ networks { members${first} { nodes { network { members${first} { nodes { network { members${first} { nodes { id } } } } } } } } } }`;
    for (const query of [nested('(first: 20)'), nested('')]) {
      const http = await timed({ query });
      expect(http.status).toBe(400);
      expect(http.json.errors?.[0].message).toMatch(/too expensive/);
      const socket = await overSocket(t.url, { query });
      expect(socket.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(socket.errors?.[0].message).toMatch(/too expensive/);
    }
    // A single page without `first` still runs.
    expect((await timed({ query: '{ networks { members { nodes { id } } } }' })).json.errors).toBeUndefined();
  });

  it('applies every limit to operations over the WebSocket too', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: organisations(first: 1) { totalCount }`).join(' ');
    expect((await overSocket(t.url, { query: `{ ${fields(30)} }` })).errors).toBeUndefined();
    const aliases = await overSocket(t.url, { query: `{ ${fields(31)} }` });
    expect(aliases.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(aliases.errors?.[0].message).toMatch(/too many aliases/);
    const viaFragment = await overSocket(t.url, { query: `{ ...F ...F } fragment F on Query { ${fields(20)} }` });
    expect(viaFragment.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const huge = await overSocket(t.url, { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(huge.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(huge.errors?.[0].message).toMatch(/tokens/);

    const deep = await overSocket(t.url, { query: `{ networks { ${'myMembership { network { '.repeat(8)} id ${'} } '.repeat(8)} } }` });
    expect(deep.errors?.[0].message).toMatch(/nested too deeply/);
    const costly = await overSocket(t.url, { query: '{ networks { members(first: 100) { nodes { network { members(first: 100) { nodes { id } } } } } } }' });
    expect(costly.errors?.[0].message).toMatch(/too expensive/);
    const cycle = await overSocket(t.url, { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
    expect(cycle.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const nul = await overSocket(t.url, { query: 'query($q: String) { organisations(query: $q, first: 1) { totalCount } }', variables: { q: 'a\u0000b' } });
    expect(nul.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('closes a socket whose message is larger than an HTTP body may be (MAX_REQUEST_BYTES)', async () => {
    const big = await overSocket(t.url, { query: `{ __typename } # ${'x'.repeat(t.config.http.maxRequestBytes + 1)}` });
    expect(big.closeCode).toBe(1009); // Message Too Big
    expect((await overSocket(t.url, { query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });

  it('does not accept batched operations (one HTTP request, one operation)', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ organisations(first: 100) { totalCount } }' }));
    const refused = await timed(batch);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).not.toMatch(/totalCount/);
  });
});
