import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

describe('opportunities board and consortium members: SQL statements per request', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let consortiumId: string;

  const ok = async (query: string, variables: Record<string, unknown>, token = s.member.token) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PUBLIC');
    const org = (await ok('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name: 'Board Lead', kind: 'VOLUNTARY', description: '', areasServed: [], networkId: s.networkId } })).createOrganisation.id;
    // 40 opportunities posted by 4 people; the member's organisation leads a consortium for each.
    const posters = [s.member, s.coordinator, s.admin, s.platformAdmin];
    for (let i = 0; i < 40; i++) {
      const opportunity = (await ok('mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', {
        i: { networkId: s.networkId, title: `Tender ${i}`, funder: 'Council', deadline: new Date(Date.now() + (i + 1) * 86_400_000).toISOString() },
      }, posters[i % 4].token)).createOpportunity.id;
      const formed = await ok('mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }', { i: { opportunityId: opportunity, name: `Bid ${i}`, leadOrganisationId: org } });
      consortiumId = formed.formConsortium.id;
    }
    for (let i = 0; i < 30; i++) {
      const invitee = (await ok('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name: `Partner ${i}`, kind: 'COMMUNITY', description: '', areasServed: [], networkId: s.networkId } })).createOrganisation.id;
      await ok('mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { id } }', { i: { consortiumId, organisationId: invitee } });
    }
  });
  afterAll(() => t.close());

  it('does not grow with the page size (poster, network, my consortia and their lead)', async () => {
    const BOARD = `query($slug: String!, $first: Int!) { network(slug: $slug) { opportunities(first: $first) {
      nodes { id title status closingSoon postedBy { id name } network { slug } myConsortia { id name lead { name } } } } } }`;
    const counts: Record<number, number> = {};
    // The network by its address is kept after its first lookup; look it up before counting.
    await ok(BOARD, { slug: s.slug, first: 1 });
    for (const first of [5, 40]) {
      counts[first] = await countQueries(t, async () => {
        const result = await ok(BOARD, { slug: s.slug, first });
        expect(result.network.opportunities.nodes).toHaveLength(first);
        expect(result.network.opportunities.nodes[0].myConsortia).toHaveLength(1);
      });
    }
    expect(counts[40]).toBe(counts[5]);
    expect(counts[5]).toBeLessThanOrEqual(8);
  });

  it('loads a consortium with 31 members, their organisations and sign-off state in a fixed number of statements', async () => {
    const count = await countQueries(t, async () => {
      const result = await ok('query($id: ID!) { consortium(id: $id) { members { status signed organisation { name } invitedBy { name } } agreement { unsignedMembers { id } } } }', { id: consortiumId });
      expect(result.consortium.members).toHaveLength(31);
    });
    expect(count).toBeLessThanOrEqual(8);
  });
});
