import { DEMO_NETWORKS, DemoDataService } from '@community-hub/api-demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('holds the eleven Cheshire East networks of the contract, each PUBLIC', async () => {
    const result = await t.gql('{ networks { slug visibility description organisations { totalCount } } }');
    const slugs = result.data.networks.map((n: { slug: string }) => n.slug).sort();
    expect(slugs).toEqual(
      ['macclesfield', 'crewe', 'congleton', 'wilmslow', 'knutsford', 'alsager', 'nantwich', 'sandbach', 'middlewich', 'poynton', 'holmes-chapel'].sort(),
    );
    for (const network of result.data.networks) {
      expect(network.visibility).toBe('PUBLIC');
      expect(network.description.length).toBeGreaterThan(40);
      expect(network.organisations.totalCount).toBeGreaterThan(0);
    }
  });

  it('lets the demo coordinator from the README sign in and coordinate', async () => {
    const coordinator = await t.login('coordinator@demo.communityhub.local', 'demo-coordinator-2026');
    const result = await t.gql('{ myMemberships { role status network { slug } } }', {}, coordinator.token);
    expect(result.data.myMemberships).toHaveLength(11);
    expect(result.data.myMemberships.every((m: { role: string }) => m.role === 'COORDINATOR')).toBe(true);
  });

  it('is idempotent: loading it again duplicates nothing', async () => {
    const tables = ['networks', 'organisations', 'users', 'threads', 'posts', 'events', 'event_series'];
    const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await t.count(table)])));
    const before = await counts();
    await t.app.get(DemoDataService).load();
    expect(await counts()).toEqual(before);
    expect(before.networks).toBe(DEMO_NETWORKS.length);
    // A welcome thread and events to look at: a weekly group (12 occurrences) and a workshop.
    expect(before).toMatchObject({ threads: 1, posts: 1, event_series: 1, events: 13 });
  });
});
