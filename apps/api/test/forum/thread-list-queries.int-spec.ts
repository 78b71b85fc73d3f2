import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

describe('thread list: SQL statements per request', () => {
  let t: TestApp;
  let s: NetworkScenario;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PUBLIC');
    // 60 threads by 12 different people, with replies by others, read partly by the viewer.
    const people = [s.member, s.coordinator, s.admin];
    for (let i = 0; i < 9; i++) {
      const person = await t.register(`Poster ${i}`);
      await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, person.token);
      people.push(person);
    }
    await t.dataSource.query(
      `INSERT INTO threads (space_id, network_id, title, tags, author_id, last_poster_id, post_count, last_activity_at)
       SELECT $1, $1, 'Thread ' || g, ARRAY['tag' || (g % 3)], ($2::uuid[])[1 + g % 12], ($2::uuid[])[1 + (g + 5) % 12], 1 + g % 7, now() - g * interval '1 minute'
       FROM generate_series(1, 60) g`,
      [s.networkId, people.map((p) => p.id)],
    );
    await t.dataSource.query(
      `INSERT INTO thread_readers (thread_id, user_id, last_read_position) SELECT id, $1, 1 FROM threads WHERE space_id = $2 AND post_count % 2 = 0`,
      [s.member.id, s.networkId],
    );
  });
  afterAll(() => t.close());

  const LIST = `query($slug: String!, $first: Int!) { network(slug: $slug) { threads(first: $first) {
    nodes { id title tags postCount unreadCount firstUnreadPosition author { id name } lastPoster { id name } network { slug } }
    pageInfo { endCursor hasNextPage } } } }`;

  it('is the same for 10 and 50 threads (author, last poster, post count, unread count)', async () => {
    const list = async (first: number) => {
      const result = await t.gql(LIST, { slug: s.slug, first }, s.member.token);
      expect(result.errors).toBeUndefined();
      expect(result.data.network.threads.nodes).toHaveLength(first);
      expect(result.data.network.threads.nodes.some((n: { unreadCount: number }) => n.unreadCount > 0)).toBe(true);
    };
    const counts: Record<number, number> = {};
    await list(10);
    for (const first of [10, 50]) counts[first] = await countQueries(t, () => list(first));
    expect(counts[50]).toBe(counts[10]);
    // The page itself (the read check, authors, last posters and read positions in one statement).
    // The public network by its address was read by the first request above and is kept (each thread's
    // network is that one, not read again): see network-lookup.int-spec.
    expect(counts[10]).toBe(1);
  });

  it("answers the people's other fields from one batch, whatever the selection's shape", async () => {
    const PEOPLE = `query($slug: String!) { network(slug: $slug) { threads(first: 20) { nodes {
      author { id name email isPlatformAdmin createdAt } lastPoster { ...Person } } } } }
      fragment Person on User { id name createdAt }`;
    let nodes: { author: Record<string, unknown>; lastPoster: Record<string, unknown> }[] = [];
    const count = await countQueries(t, async () => {
      const result = await t.gql(PEOPLE, { slug: s.slug }, s.member.token);
      expect(result.errors).toBeUndefined();
      nodes = result.data.network.threads.nodes;
    });
    const rows: { id: string; name: string; is_platform_admin: boolean; created_at: Date }[] = await t.dataSource.query(
      'SELECT id, name, is_platform_admin, created_at FROM users',
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(nodes).toHaveLength(20);
    for (const { author, lastPoster } of nodes) {
      const a = byId.get(author.id as string)!;
      expect(author).toEqual({
        id: a.id,
        name: a.name,
        // A person's address only to themselves.
        email: a.id === s.member.id ? s.member.email : null,
        isPlatformAdmin: a.is_platform_admin,
        createdAt: a.created_at.toISOString(),
      });
      const l = byId.get(lastPoster.id as string)!;
      expect(lastPoster).toEqual({ id: l.id, name: l.name, createdAt: l.created_at.toISOString() });
    }
    expect(nodes.some((n) => n.author.email !== null)).toBe(true);
    // The page and one batch for the people (not one statement per person).
    expect(count).toBeLessThanOrEqual(3);
  });
});
