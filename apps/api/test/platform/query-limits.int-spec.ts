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

  it('does not accept batched operations (one HTTP request, one operation)', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ organisations(first: 100) { totalCount } }' }));
    const refused = await timed(batch);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).not.toMatch(/totalCount/);
  });
});
