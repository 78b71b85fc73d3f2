import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario } from '../support/scenarios';

describe('no N+1 queries', () => {
  let t: TestApp;
  let slug: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    const s = await networkScenario(t, 'PUBLIC');
    slug = s.slug;
    token = s.member.token;
    // 50 members, each representing their own organisation listed in the network.
    for (let i = 0; i < 50; i++) {
      const person = await t.register(`Member ${i}`);
      await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, person.token);
      const org = await t.gql(
        'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
        { i: { name: `Group ${i}`, kind: 'VOLUNTARY', description: '', areasServed: [], networkId: s.networkId } },
        person.token,
      );
      await t.gql('mutation($n: ID!, $o: ID!) { setMyOrganisation(networkId: $n, organisationId: $o) { id } }', { n: s.networkId, o: org.data.createOrganisation.id }, person.token);
    }
    // 50 sign-ups hash 50 passwords: well under a minute alone, over it on a busy 2-core machine (one CI run).
  }, 180_000);
  afterAll(() => t.close());

  const PAGE = `query($slug: String!, $first: Int!) {
    network(slug: $slug) {
      myMembership { id }
      members(first: $first) { nodes { id user { id name } network { id } organisation { id name representatives { id name } } } }
      organisations(first: $first) { nodes { id representatives { id } } }
    }
  }`;

  it('sends the same number of statements for a page of 10 and a page of 50', async () => {
    // One page first, so that only pages served alike are compared.
    expect((await t.gql(PAGE, { slug, first: 1 }, token)).errors).toBeUndefined();
    const small = await countQueries(t, async () => {
      const result = await t.gql(PAGE, { slug, first: 10 }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data.network.members.nodes).toHaveLength(10);
    });
    const large = await countQueries(t, async () => {
      const result = await t.gql(PAGE, { slug, first: 50 }, token);
      expect(result.data.network.members.nodes).toHaveLength(50);
    });
    // Constant, not proportional to the page: an N+1 would add 40+ statements here. The same loader
    // reached at two depths of the query may or may not share a batch (one event-loop tick), so the
    // two counts may differ by one either way.
    expect(Math.abs(large - small)).toBeLessThanOrEqual(1);
    expect(Math.max(small, large)).toBeLessThanOrEqual(16);
  });
});
