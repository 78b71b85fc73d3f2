import { JobQueue } from '@community-hub/api-jobs';
import { collect, startTestApp, tick, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario } from '../support/scenarios';

/** The value of one sample line, e.g. sample(text, 'x_total', { a: 'b' }). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => present[k] === v)) return Number(match[4]);
  }
  return null;
}

describe('Prometheus metrics at /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV });
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const response = await fetch(`${t.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('counts and times GraphQL operations by name, type and outcome', async () => {
    const user = await t.register('Metric Mo');
    for (let i = 0; i < 3; i++) await t.gql('query WhoAmI { me { id } }', {}, user.token);
    await t.gql('query Broken { nope }');
    const text = await scrape();
    expect(sample(text, 'community_hub_graphql_requests_total', { operation: 'WhoAmI', type: 'query', outcome: 'ok' })).toBe(3);
    expect(sample(text, 'community_hub_graphql_requests_total', { operation: 'Broken', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'community_hub_graphql_request_duration_seconds_count', { operation: 'WhoAmI', type: 'query' })).toBe(3);
    expect(sample(text, 'community_hub_graphql_request_duration_seconds_bucket', { operation: 'WhoAmI', le: '+Inf' })).toBe(3);
    // register is a mutation without an operation name.
    expect(sample(text, 'community_hub_graphql_requests_total', { operation: 'anonymous', type: 'mutation', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  });

  it('counts HTTP requests by route and status, with no ids or tokens in the labels', async () => {
    await fetch(`${t.url}/storage/download/not-a-real-token`);
    await fetch(`${t.url}/health/live`);
    const text = await scrape();
    expect(sample(text, 'community_hub_http_requests_total', { method: 'GET', route: '/health/live', status: '200' })).toBe(1);
    expect(sample(text, 'community_hub_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(4);
    expect(text).toContain('route="/storage/download"');
    expect(text).not.toContain('not-a-real-token');
  });

  it('bounds client-chosen operation names', async () => {
    await t.gql('query Bad_Name_With_A_Very_Long_Tail_That_Goes_On_And_On_Past_Sixty_Four_Characters_Yes { me { id } }');
    expect(sample(await scrape(), 'community_hub_graphql_requests_total', { operation: 'other', type: 'query' })).toBe(1);
  });

  it('shows live WebSocket connections and subscriptions', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const client = t.ws(s.member.token);
    const live = collect(client, 'subscription($id: ID!) { threadAdded(networkId: $id) { id } }', { id: s.networkId });
    const second = collect(client, 'subscription($id: ID!) { threadAdded(networkId: $id) { title } }', { id: s.networkId });
    await tick(300);
    let text = await scrape();
    expect(sample(text, 'community_hub_websocket_connections')).toBe(1);
    expect(sample(text, 'community_hub_live_subscriptions')).toBe(2);
    live.unsubscribe();
    await tick(200);
    expect(sample(await scrape(), 'community_hub_live_subscriptions')).toBe(1);
    second.unsubscribe();
    await client.dispose();
    await tick(300);
    text = await scrape();
    expect(sample(text, 'community_hub_websocket_connections')).toBe(0);
    expect(sample(text, 'community_hub_live_subscriptions')).toBe(0);
  });

  it('shows the depth of each job queue, and process metrics', async () => {
    const jobs = t.app.get(JobQueue);
    const startAfter = new Date(Date.now() + 3600_000);
    await jobs.send('metrics-test', { n: 1 }, { startAfter });
    await jobs.send('metrics-test', { n: 2 }, { startAfter });
    const text = await scrape();
    expect(sample(text, 'community_hub_job_queue_jobs', { queue: 'metrics-test', state: 'created' })).toBe(2);
    expect(sample(text, 'community_hub_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'community_hub_nodejs_eventloop_lag_p99_seconds')).not.toBeNull();
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  const token = 'metrics-token-0123456789';
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: token });
  });
  afterAll(() => t.close());

  it('wants the bearer token', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    const ok = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('community_hub_graphql_requests_total');
  });
});
