import { startTestApp, type TestApp } from '../support/test-app';

describe('GraphQL hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MAX_REQUEST_BYTES: '65536' });
  });
  afterAll(() => t.close());

  it('refuses an over-deep query before running it', async () => {
    const deep = '{ networks { myMembership { network { myMembership { network { myMembership { network { myMembership { network { myMembership { network { id } } } } } } } } } } } }';
    const result = await t.gql(deep);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/nested too deeply/);
  });

  it('refuses a query that would cost too much', async () => {
    // 100 members, each asking for 100 members of their network: 10,000 rows from one request.
    const wide = '{ networks { members(first: 100) { nodes { network { members(first: 100) { nodes { id } } } } } } }';
    const result = await t.gql(wide);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/too expensive/);
  });

  it('refuses an oversized body with a coded error and a 413', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(70_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers malformed JSON with a coded error, not a stack trace', async () => {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('says what is wrong with a body in another charset or an unknown compression (415, coded)', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}' });
    const latin1 = await post({ 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toEqual({ errors: [{ message: 'The request body must be UTF-8', extensions: { code: 'BAD_REQUEST' } }] });
    const packed = await post({ 'content-encoding': 'zstd-of-our-own' });
    expect(packed.status).toBe(415);
    expect(((await packed.json()) as any).errors[0]).toEqual({
      message: 'The request body is compressed in a way the API does not read (use gzip, or none)',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('puts a code on every error and never leaks stack traces or SQL', async () => {
    const results = await Promise.all([
      t.gql('{ nope }'),
      t.gql('query { network(slug: 5) { id } }'),
      t.gql('mutation { joinNetwork(networkId: "x") { id } }'),
      t.gql('{ organisations(after: "garbage") { totalCount } }'),
    ]);
    for (const result of results) {
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) {
        expect(typeof error.extensions?.code).toBe('string');
        expect(error.extensions).not.toHaveProperty('stacktrace');
        expect(error.message).not.toMatch(/SELECT|INSERT|syntax error|QueryFailedError/i);
      }
    }
  });

  it('sends security headers with every response', async () => {
    const response = await fetch(`${t.url}/health/live`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('reports readiness of the database and object storage', async () => {
    const response = await fetch(`${t.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: true, storage: true });
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.org' });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const result = await t.gql('{ __schema { queryType { name } } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('marks the session cookie Secure', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: RegisterInput!) { register(input: $i) { token } }',
        variables: { i: { email: 'prod@example.org', password: 'long enough pass', name: 'Prod' } },
      }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});
