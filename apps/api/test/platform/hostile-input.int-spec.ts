import { randomUUID } from 'node:crypto';
import { overSocket } from '../support/socket';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A corpus-driven test: every mutation of the schema (read by introspection) is
 * called with hostile values in each of its arguments and input fields, one at a
 * time, the rest of the call well-formed, over HTTP and again over the WebSocket
 * (graphql-transport-ws). Each call must end in a coded error or a result: never
 * HTTP 5xx, never a closed socket, never INTERNAL_SERVER_ERROR; and a refused
 * call writes no row to any table.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const INTROSPECTION = `{ __schema {
  mutationType { fields { name args { name type { ...T } } type { ...T } } }
  types { kind name inputFields { name type { ...T } } enumValues { name } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const typeString = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL' ? `${typeString(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${typeString(ref.ofType!)}]` : ref.name!;
const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const isList = (ref: TypeRef): boolean => ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && ref.ofType!.kind === 'LIST');

const LONG = 'x'.repeat(100_000);
const HOSTILE_STRINGS: unknown[] = [
  '',
  '   ',
  LONG,
  '\u202Egnp.exe', // right-to-left override
  'a\u200Bb\u200D\uFEFF', // zero-width characters
  '\u200B\u2060\uFEFF', // nothing visible
  'x\u2066y\u2069', // bidirectional isolates
  'Cafe\u0301', // not NFC
  '\uD800', // unpaired surrogate (sent as the JSON escape \ud800)
  '\u0000nul', // NUL, which PostgreSQL text cannot hold
  '😀👩‍👩‍👧‍👦🏳️‍🌈'.repeat(200),
  "'; DROP TABLE users; --",
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  12345,
  { nested: true },
];
const HOSTILE_INTS: unknown[] = [-1, 0, -2147483648, 2147483647, 2147483648, 1e15, 1.5, 'abc', '1'];
const HOSTILE_FLOATS: unknown[] = [-1, 0, -1e308, 1e308, 1e-308, 'abc'];
const HOSTILE_DATES: unknown[] = ['9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', 'not a date', '2026-02-30T10:00:00Z', 0, ''];
const HOSTILE_BOOLEANS: unknown[] = ['true', 1, null];

describe('hostile input to every mutation', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let other: NetworkScenario;
  let foreignIds: string[] = [];
  let ownIds: Record<string, string> = {};
  let tables: string[] = [];

  beforeAll(async () => {
    // Notifications are written by a job consuming the notices of earlier, accepted calls; with the
    // job workers idle (they look once at start-up) none lands while a refused call is being counted.
    t = await startTestApp({ ...ADMIN_ENV, UPLOAD_CLEANUP_INTERVAL_SECONDS: '0', AUTH_RATE_LIMIT_PER_MINUTE: '100000', JOBS_POLLING_INTERVAL_SECONDS: '600' });
    s = await networkScenario(t, 'PUBLIC');
    other = await networkScenario(t, 'PRIVATE');
    // Objects of another (private) network whose ids the caller should not be able to use.
    const thread = await t.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { nodes { id } } } }',
      { i: { networkId: other.networkId, title: 'Private', body: 'secret', tags: [] } },
      other.member.token,
    );
    const folder = await t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: other.networkId, name: 'Private' } }, other.member.token);
    // A consortium the caller leads: a space id, but not a network's (issue 17.7: it once made foreign-key violations).
    const org = await t.gql(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Hostile Lead Org', kind: 'VOLUNTARY', description: '', areasServed: [], networkId: s.networkId } },
      s.coordinator.token,
    );
    const opportunity = await t.gql(
      'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Tender', funder: 'Council', description: 'x', deadline: new Date(Date.now() + 30 * 86_400_000), lots: [], serviceTags: [], areas: [] } },
      s.coordinator.token,
    );
    const consortium = await t.gql(
      'mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }',
      { i: { opportunityId: opportunity.data.createOpportunity.id, name: 'Hostile partnership', leadOrganisationId: org.data.createOrganisation.id } },
      s.coordinator.token,
    );
    foreignIds = [
      consortium.data.formConsortium.id,
      other.networkId,
      other.memberships.member,
      thread.data.createThread.id,
      thread.data.createThread.posts.nodes[0].id,
      folder.data.createFolder.id,
    ];
    // Objects of the caller's own network, so hostile values in one field meet real objects in the others.
    const ownThread = await t.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { nodes { id } } } }',
      { i: { networkId: s.networkId, title: 'Own', body: 'own', tags: [] } },
      s.coordinator.token,
    );
    const ownFolder = await t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: s.networkId, name: 'Own' } }, s.coordinator.token);
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const ownEvent = await t.gql(
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Own', location: 'Hall', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) } },
      s.coordinator.token,
    );
    ownIds = {
      networkId: s.networkId,
      threadId: ownThread.data.createThread.id,
      postId: ownThread.data.createThread.posts.nodes[0].id,
      replyToPostId: ownThread.data.createThread.posts.nodes[0].id,
      folderId: ownFolder.data.createFolder.id,
      parentId: ownFolder.data.createFolder.id,
      eventId: ownEvent.data.createEvent.id,
      membershipId: s.memberships.member,
      userId: s.member.id,
    };
    // Sign-in attempts are counted (auth_rate_limits) and refused password checks are recorded (security_log) whatever
    // their outcome: that is the limit and the security log working, not the call writing data.
    tables = (await t.dataSource.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('auth_rate_limits', 'security_log') ORDER BY 1")).map(
      (r: { tablename: string }) => r.tablename,
    );
  });
  afterAll(() => t.close());

  /**
   * Waits (up to 2 s) until the jobs queued since `since` have run: an accepted call's background
   * work (e.g. the email a `register` sends writes its token) must not be counted against the next,
   * refused, call.
   */
  const jobsSettled = async (since: Date) => {
    for (const deadline = Date.now() + 2_000; Date.now() < deadline; ) {
      const [{ busy }] = await t.dataSource.query(
        "SELECT count(*)::int AS busy FROM pgboss.job WHERE created_on >= $1 AND state IN ('created', 'active') AND start_after <= now()",
        [since],
      );
      if (busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const rowCounts = async (): Promise<Record<string, number>> => {
    const [row] = await t.dataSource.query(`SELECT ${tables.map((name) => `(SELECT count(*)::int FROM "${name}") AS "${name}"`).join(', ')}`);
    return row;
  };

  it('answers every hostile call with a coded error or a result, never a 5xx, and writes nothing when it refuses', async () => {
    const schema = (await t.gql(INTROSPECTION)).data.__schema;
    const types = new Map<string, FullType>(schema.types.map((type: FullType) => [type.name, type]));
    const mutations: { name: string; args: InputValue[]; type: TypeRef }[] = schema.mutationType.fields;
    const soon = new Date(Date.now() + 7 * 86_400_000);

    /** A well-formed value of a type (only required input fields), pointing at the caller's own network where it names one. */
    const baseline = (ref: TypeRef, fieldName: string, depth = 0): unknown => {
      if (isList(ref)) return [baseline(named(ref), fieldName, depth)];
      const type = named(ref);
      switch (type.name) {
        case 'ID':
          return ownIds[fieldName] ?? randomUUID();
        case 'String':
          return fieldName === 'email' ? 'hostile@example.org' : fieldName === 'password' ? 'a long enough password' : 'Hostile test';
        case 'Int':
          return 1;
        case 'Float':
          return 1.5;
        case 'Boolean':
          return true;
        case 'DateTime':
          return soon.toISOString();
      }
      const full = types.get(type.name!)!;
      if (full.kind === 'ENUM') return full.enumValues![0].name;
      if (full.kind === 'INPUT_OBJECT' && depth < 4) {
        return Object.fromEntries(
          full.inputFields!.filter((field) => field.type.kind === 'NON_NULL').map((field) => [field.name, baseline(field.type, field.name, depth + 1)]),
        );
      }
      return 'Hostile test';
    };

    /** Hostile values for one position, by its type. */
    const hostile = (ref: TypeRef): unknown[] => {
      const type = named(ref);
      const full = types.get(type.name!);
      const forScalar = (): unknown[] => {
        switch (type.name) {
          case 'ID':
            return ['', 'not-a-uuid', randomUUID(), '00000000-0000-0000-0000-000000000000', "' OR 1=1 --", 'x'.repeat(10_000), ...foreignIds];
          case 'String':
            return HOSTILE_STRINGS;
          case 'Int':
            return HOSTILE_INTS;
          case 'Float':
            return HOSTILE_FLOATS;
          case 'Boolean':
            return HOSTILE_BOOLEANS;
          case 'DateTime':
            return HOSTILE_DATES;
        }
        if (full?.kind === 'ENUM') return ['NOT_A_VALUE', '', 3];
        return [null, 'string instead of an object', []];
      };
      const values = forScalar();
      return isList(ref) ? [[], null, Array.from({ length: 1000 }, (_, i) => `item ${i}`), ...values.slice(0, 3).map((v) => [v])] : values;
    };

    /** Every position (argument or input field, nested) with its type: [path, type]. */
    const positions = (args: InputValue[]): [string[], TypeRef][] => {
      const out: [string[], TypeRef][] = [];
      const walk = (fields: InputValue[], path: string[], depth: number) => {
        for (const field of fields) {
          out.push([[...path, field.name], field.type]);
          const full = types.get(named(field.type).name!);
          if (full?.kind === 'INPUT_OBJECT' && !isList(field.type) && depth < 3) walk(full.inputFields!, [...path, field.name], depth + 1);
        }
      };
      walk(args, [], 0);
      return out;
    };

    const setAt = (root: Record<string, unknown>, path: string[], value: unknown) => {
      const copy = structuredClone(root);
      let node = copy;
      for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      node[path.at(-1)!] = value;
      return copy;
    };

    const failures: string[] = [];
    let cases = 0;
    let refused = 0;
    let refusedOverSocket = 0;
    for (const mutation of mutations) {
      const declared = mutation.args.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ');
      const passed = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const returnsObject = ['OBJECT', 'INTERFACE', 'UNION'].includes(types.get(named(mutation.type).name!)?.kind ?? '');
      const query = `mutation${declared ? `(${declared})` : ''} { ${mutation.name}${passed ? `(${passed})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
      const base = Object.fromEntries(mutation.args.map((arg) => [arg.name, baseline(arg.type, arg.name)]));
      for (const [path, type] of positions(mutation.args)) {
        for (const value of hostile(type)) {
          cases++;
          const variables = setAt(base, path, value);
          for (const transport of ['HTTP', 'WebSocket'] as const) {
            if (transport === 'WebSocket') cases++;
            const before = await rowCounts();
            const sent = new Date(Date.now() - 1_000);
            const result =
              transport === 'HTTP'
                ? await t.gql(query, variables, s.coordinator.token)
                : { status: 200, ...(await overSocket(t.url, { query, variables }, { token: s.coordinator.token })) };
            const label = `${transport} ${mutation.name} ${path.join('.')}=${JSON.stringify(value)?.slice(0, 40)}`;
            if (result.status >= 500) failures.push(`${label}: HTTP ${result.status}`);
            if ('closeCode' in result && result.closeCode !== undefined) failures.push(`${label}: socket closed (${result.closeCode})`);
            const codes = (result.errors ?? []).map((error) => error.extensions?.code);
            if (codes.some((code) => typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR')) failures.push(`${label}: ${JSON.stringify(result.errors)?.slice(0, 300)}`);
            if (!result.errors?.length) await jobsSettled(sent);
            if (result.errors?.length && !result.data?.[mutation.name]) {
              refused++;
              if (transport === 'WebSocket') refusedOverSocket++;
              const after = await rowCounts();
              const changed = tables.filter((table) => before[table] !== after[table]);
              if (changed.length) failures.push(`${label}: refused but wrote rows to ${changed.join(', ')}`);
            }
          }
        }
      }
    }
    console.log(
      `Hostile input: ${cases} calls (${cases / 2} over HTTP, ${cases / 2} over WebSocket) over ${mutations.length} mutations, ` +
        `${refused} refused (${refusedOverSocket} over WebSocket), ${cases - refused} accepted, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(mutations.length).toBeGreaterThan(40);
    expect(cases).toBeGreaterThan(2000);
    // Thousands of calls over two transports, each with two row counts of every table: minutes on a busy machine.
  }, 1_200_000);
});
