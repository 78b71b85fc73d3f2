import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { loadConfig, publicBaseUrl } from '@community-hub/api-config';
import { formatError, formatErrorHidingSchema } from '../../src/graphql/format-error';
import { nestsDeeperThan } from '../../src/graphql/request-hygiene';
import { jobsDrained } from '../support/jobs';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { PASSWORD, startTestApp, type GqlResult, type TestApp } from '../support/test-app';

/**
 * Classes of hole from the hostile review (issue 17, items 7, 8, 11, 12, 13, 14),
 * each proved here against a running app: the attack, the coded refusal, and that
 * nothing was written.
 */

const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A body nested `depth` deep in `variables`, e.g. {"v":[[[...]]]}. */
function deeplyNested(depth: number): string {
  return `{"query":"{ __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

/** GET with any Host header (fetch does not let a caller set Host). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('security classes (development mode)', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let consortiumId: string;
  let tables: string[] = [];

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const rowCounts = async (): Promise<Record<string, number>> => {
    const [row] = await t.dataSource.query(`SELECT ${tables.map((name) => `(SELECT count(*)::int FROM "${name}") AS "${name}"`).join(', ')}`);
    return row;
  };
  /** Runs `call` and returns the tables whose row count changed. */
  const writesOf = async (call: () => Promise<unknown>): Promise<string[]> => {
    // What earlier steps queued (an audit entry is written by a job) must land before, not during, the call.
    await jobsDrained(t);
    const before = await rowCounts();
    await call();
    const after = await rowCounts();
    return tables.filter((table) => before[table] !== after[table]);
  };

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, UPLOAD_CLEANUP_INTERVAL_SECONDS: '0' });
    s = await networkScenario(t, 'PUBLIC');
    // A consortium the coordinator leads: its id is a space id, but not a network's.
    const org = await ok(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Lead Org', kind: 'VOLUNTARY', description: '', areasServed: [], networkId: s.networkId } },
      s.coordinator.token,
    );
    const opportunity = await ok(
      'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Tender', funder: 'Council', description: 'x', deadline: inDays(30), lots: [], serviceTags: [], areas: [] } },
      s.coordinator.token,
    );
    const formed = await ok(
      'mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }',
      { i: { opportunityId: opportunity.createOpportunity.id, name: 'Partnership', leadOrganisationId: org.createOrganisation.id } },
      s.coordinator.token,
    );
    consortiumId = formed.formConsortium.id;
    tables = (await t.dataSource.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r: { tablename: string }) => r.tablename);
  });
  afterAll(() => t.close());

  describe('7. an id of the wrong kind (a consortium where a network is expected)', () => {
    it('is BAD_USER_INPUT with a plain message, and writes nothing, in createEvent, createOrganisation and setNotificationPreference', async () => {
      const calls: [string, Record<string, unknown>][] = [
        [
          'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
          { i: { networkId: consortiumId, title: 'Wrong space', location: 'Hall', startsAt: inDays(5), endsAt: inDays(5.1) } },
        ],
        [
          'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
          { i: { name: 'Wrong space org', kind: 'VOLUNTARY', description: '', areasServed: [], networkId: consortiumId } },
        ],
        ['mutation($id: ID!) { setNotificationPreference(networkId: $id, email: IMMEDIATELY) { email } }', { id: consortiumId }],
      ];
      for (const [query, variables] of calls) {
        let result: GqlResult | undefined;
        const written = await writesOf(async () => (result = await t.gql(query, variables, s.coordinator.token)));
        expect({ query, status: result!.status, code: codeOf(result!), written }).toEqual({ query, status: 200, code: 'BAD_USER_INPUT', written: [] });
        expect(result!.errors![0].message).not.toMatch(/violat|constraint|foreign key|insert|update|select|"[a-z_]+"/i);
      }
    });

    it('maps foreign-key violations to BAD_USER_INPUT and unique violations to CONFLICT, without SQL', () => {
      const violation = (code: string) =>
        Object.assign(new QueryFailedError('INSERT INTO "events" ...', [], Object.assign(new Error('violates constraint "FK_x"'), { code })));
      const fk = formatError({ message: 'insert or update on table "events" violates foreign key constraint' }, violation('23503'));
      expect(fk.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fk.message).not.toMatch(/events|constraint|INSERT/);
      const unique = formatError({ message: 'duplicate key value violates unique constraint "UQ_x"' }, violation('23505'));
      expect(unique.extensions?.code).toBe('CONFLICT');
      expect(unique.message).not.toMatch(/UQ_x|constraint|duplicate key/);
    });
  });

  describe('8. variables nested thousands deep', () => {
    it('are refused with a coded 400 before anything walks them (POST)', async () => {
      const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deeplyNested(10_000) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0].message).toMatch(/nests .* more than 64 deep/);
    });

    it('are refused with a coded 400 over GET too', async () => {
      // 10,000 levels do not fit in a URL (Node answers 431); 1,000 do.
      const variables = `{"v":${'['.repeat(1_000)}${']'.repeat(1_000)}}`;
      const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(variables)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(['BAD_REQUEST', 'BAD_USER_INPUT']).toContain(body.errors[0].extensions.code);
    });

    it('still answers ordinary nesting, and counts brackets inside strings as text', async () => {
      const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deeplyNested(20) });
      expect(response.status).toBe(200);
      const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent('{"v":[[1]]}')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      expect(nestsDeeperThan(JSON.stringify({ text: '['.repeat(1000) }), 64)).toBe(false);
      expect(nestsDeeperThan(JSON.stringify({ text: '"\\[', v: [[[]]] }), 3)).toBe(true);
    });
  });

  describe('11. error messages in development', () => {
    it('still suggest names (the production test below proves they do not there)', async () => {
      const result = await t.gql('{ networkz { id } }');
      expect(result.errors?.[0].message).toMatch(/Did you mean/);
    });
  });

  describe('12. calendar links', () => {
    it('come from PUBLIC_URL (here its fallback, http://localhost:PORT), never from the Host header', async () => {
      await ok(
        'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        { i: { networkId: s.networkId, title: 'Public meetup', location: 'Hall', startsAt: inDays(3), endsAt: inDays(3.1) } },
        s.coordinator.token,
      );
      const feed = await getWithHost(`${t.url}/calendar/${s.slug}.ics`, 'evil.example');
      expect(feed.status).toBe(200);
      expect(feed.body).not.toMatch(/evil\.example/);
      expect(feed.body.replace(/\r\n /g, '')).toContain(`URL;VALUE=URI:${publicBaseUrl(t.config)}/n/${s.slug}/e/`);
    });

    it('PUBLIC_URL and AUTH_SECRET, and nothing else, are required in production, named in the error', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) })).toThrow(/PUBLIC_URL is required when NODE_ENV=production/);
      expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://hub.example.org' })).toThrow(/AUTH_SECRET is required/);
      expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), PUBLIC_URL: 'http://hub.example.org' }).publicUrl).toBe('http://hub.example.org');
      expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL must be an http/);
      expect(publicBaseUrl(loadConfig({ PORT: '4321' }))).toBe('http://localhost:4321');
    });
  });

  describe('14. text input', () => {
    const CREATE_THREAD = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id title tags posts(first: 1) { nodes { body } } } }';
    const thread = (i: Record<string, unknown>) => ({ i: { networkId: s.networkId, title: 'Fine title', body: 'Fine body', tags: [], ...i } });

    it('refuses bidirectional controls and invisible-only values in single-line fields, coded, writing nothing', async () => {
      const attempts: [string, Record<string, unknown>][] = [
        [CREATE_THREAD, thread({ title: 'invoice\u202Efdp.exe' })],
        [CREATE_THREAD, thread({ title: 'isolate \u2066x\u2069' })],
        [CREATE_THREAD, thread({ title: '\u200B\u200D\uFEFF' })],
        [CREATE_THREAD, thread({ title: '   \u3164 ' })],
        [CREATE_THREAD, thread({ tags: ['ok', 'gnp\u202Eexe'] })],
        ['mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: s.networkId, name: '\u2060\u2060' } }],
        [
          'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId } }',
          { i: { networkId: s.networkId, filename: 'report\u202Efdp.exe', contentType: 'application/pdf', size: 10 } },
        ],
        [
          'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
          { i: { networkId: s.networkId, title: '\u202B\u202C', location: 'Hall', startsAt: inDays(4), endsAt: inDays(4.1) } },
        ],
        ['mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }', { i: { name: '\u202Dname' } }],
      ];
      for (const [query, variables] of attempts) {
        let result: GqlResult | undefined;
        const written = await writesOf(async () => (result = await t.gql(query, variables, s.coordinator.token)));
        expect({ variables, code: codeOf(result!), written }).toEqual({ variables, code: 'BAD_USER_INPUT', written: [] });
      }
    });

    it('refuses the same over the WebSocket', async () => {
      const client = t.ws(s.coordinator.token);
      const result = await new Promise<{ errors?: readonly { extensions?: { code?: string } }[] }>((resolve, reject) => {
        client.subscribe({ query: CREATE_THREAD, variables: thread({ title: 'invoice\u202Efdp.exe' }) }, { next: resolve, error: reject, complete: () => undefined });
      });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('stores every text NFC-normalised, and strips bidirectional controls from bodies', async () => {
      const created = await ok(CREATE_THREAD, thread({ title: 'Cafe\u0301 night', body: 'Meet at the cafe\u0301 \u202Etxet\u202C.\nSecond line', tags: ['cafe\u0301'] }), s.coordinator.token);
      expect(created.createThread.title).toBe('Caf\u00E9 night');
      expect(created.createThread.posts.nodes[0].body).toBe('Meet at the caf\u00E9 txet.\nSecond line');
      expect(created.createThread.tags).toEqual(['caf\u00E9']);
      const [row] = await t.dataSource.query('SELECT title FROM threads WHERE id = $1', [created.createThread.id]);
      expect(row.title).toBe('Caf\u00E9 night');
      // Zero-width characters beside visible ones are allowed (they join emoji and scripts).
      await ok(CREATE_THREAD, thread({ title: 'Family 👩\u200D👧' }), s.coordinator.token);
    });

    it('leaves passwords exactly as typed', async () => {
      const email = `bidi-${Date.now()}@example.org`;
      const password = `${PASSWORD} \u202E e\u0301`;
      await ok('mutation($i: RegisterInput!) { register(input: $i) { token } }', { i: { email, password, name: 'Bidi Password' } });
      const login = await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password } });
      expect(login.errors).toBeUndefined();
      const normalised = await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: password.normalize('NFC') } });
      expect(codeOf(normalised)).toBe('UNAUTHENTICATED');
    });
  });
});

describe('security classes (production mode)', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    // A built web client with a source map beside its script, as an old build would have left.
    webDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><script src="/assets/app.js"></script>');
    writeFileSync(join(webDir, 'assets/app.js'), 'console.log(1);\n');
    writeFileSync(join(webDir, 'assets/app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.org', WEB_DIST_DIR: webDir });
  });
  afterAll(() => t.close());

  it('11. suggests no field or enum names in error messages', async () => {
    const user = await t.register('Prod Person');
    const results = [
      await t.gql('{ networkz { id } }'),
      await t.gql('{ networks { nodes { nam } } }'),
      await t.gql('mutation($id: ID!, $e: EmailFrequency!) { setNotificationPreference(networkId: $id, email: $e) { email } }', { id: '00000000-0000-0000-0000-000000000000', e: 'IMMEDIATLY' }, user.token),
      await t.gql('mutation { setNotificationPreference(networkId: "00000000-0000-0000-0000-000000000000", email: IMMEDIATLY) { email } }', {}, user.token),
    ];
    for (const result of results) {
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) expect(error.message).not.toMatch(/Did you mean/);
    }
    const coercion = new GraphQLError('Value "X" does not exist in "E" enum. Did you mean the enum value "Y"?');
    expect(formatErrorHidingSchema(coercion.toJSON(), coercion).message).toBe(
      'Value "X" does not exist in "E" enum.',
    );
  });

  it('12. writes calendar links from PUBLIC_URL whatever the Host header says', async () => {
    const feed = await getWithHost(`${t.url}/calendar/nobody.ics`, 'evil.example');
    expect(feed.status).toBe(404);
    // The feed of a real network is covered above; here the production app starts with PUBLIC_URL set.
    expect(t.config.publicUrl).toBe('https://hub.example.org');
  });

  it('13. serves no source maps, and no /metrics without METRICS_TOKEN', async () => {
    expect((await fetch(`${t.url}/assets/app.js`)).status).toBe(200);
    const map = await fetch(`${t.url}/assets/app.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret.ts');
    expect((await fetch(`${t.url}/index.html.map`)).status).toBe(404);
    const metrics = await fetch(`${t.url}/metrics`);
    expect(metrics.status).toBe(404);
    expect(await metrics.text()).not.toMatch(/community_hub_/);
  });
});

describe('production /metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.org', METRICS_TOKEN: 'metrics-token-0123456789' });
  });
  afterAll(() => t.close());

  it('13. answers the token holder only', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const scraped = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(scraped.status).toBe(200);
  });
});
