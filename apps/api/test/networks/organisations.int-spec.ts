import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const CREATE = 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id name charityNumber companyNumber website areasServed representatives { id } } }';

describe('organisations', () => {
  let t: TestApp;
  let s: NetworkScenario;
  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('creates an organisation with its creator as representative, normalising numbers', async () => {
    const result = await t.gql(
      CREATE,
      {
        i: {
          name: '  Weston Estate Partnership ',
          kind: 'COMMUNITY',
          description: 'Residents working together',
          website: 'https://weston.example.org',
          charityNumber: '112 3456',
          companyNumber: 'sc123456',
          areasServed: ['Weston', ' Weston ', 'Ivy'],
          networkId: s.networkId,
        },
      },
      s.member.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.createOrganisation).toMatchObject({
      name: 'Weston Estate Partnership',
      charityNumber: '1123456',
      companyNumber: 'SC123456',
      areasServed: ['Weston', 'Ivy'],
      representatives: [{ id: s.member.id }],
    });
  });

  it.each([
    [{ charityNumber: '12' }, 'charityNumber'],
    [{ companyNumber: 'ABCDEFGH' }, 'companyNumber'],
    [{ website: 'javascript:alert(1)' }, 'website'],
    [{ name: ' ' }, 'name'],
  ])('refuses %p naming the field, and writes nothing', async (bad, field) => {
    const before = await t.count('organisations');
    const representativesBefore = await t.count('organisation_representatives');
    const result = await t.gql(
      CREATE,
      { i: { name: 'Bad Input Group', kind: 'VOLUNTARY', description: '', areasServed: [], ...bad } },
      s.member.token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions?.fields)).toContain(field);
    expect(await t.count('organisations')).toBe(before);
    expect(await t.count('organisation_representatives')).toBe(representativesBefore);
  });

  it('searches the network directory by words, safely', async () => {
    const search = 'query($id: ID!, $q: String) { organisations(networkId: $id, query: $q) { totalCount nodes { name } } }';
    const found = await t.gql(search, { id: s.networkId, q: 'weston residents' });
    expect(found.data.organisations.nodes.map((o: { name: string }) => o.name)).toEqual(['Weston Estate Partnership']);
    const wildcard = await t.gql(search, { id: s.networkId, q: '%' });
    expect(wildcard.data.organisations.totalCount).toBe(0);
    const injection = await t.gql(search, { id: s.networkId, q: "'; DROP TABLE organisations; --" });
    expect(injection.errors).toBeUndefined();
    expect(await t.count('organisations')).toBeGreaterThan(0);
  });

  it('lets representatives add and remove representatives, but never the last one', async () => {
    const created = await t.gql(CREATE, { i: { name: 'Moss Rose Partnership', kind: 'COMMUNITY', description: '', areasServed: [], networkId: s.networkId } }, s.coordinator.token);
    const id = created.data.createOrganisation.id;
    const add = await t.gql('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { representatives { id } } }', { o: id, u: s.member.id }, s.coordinator.token);
    expect(add.data.addRepresentative.representatives.map((r: { id: string }) => r.id).sort()).toEqual([s.coordinator.id, s.member.id].sort());
    const byOutsider = await t.gql('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { id } }', { o: id, u: s.outsider.id }, s.outsider.token);
    expect(byOutsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const remove = 'mutation($o: ID!, $u: ID!) { removeRepresentative(organisationId: $o, userId: $u) { representatives { id } } }';
    expect((await t.gql(remove, { o: id, u: s.coordinator.id }, s.member.token)).errors).toBeUndefined();
    const last = await t.gql(remove, { o: id, u: s.member.id }, s.member.token);
    expect(last.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets a member say which organisation they act for, only one they represent', async () => {
    const mine = await t.gql('{ myOrganisations { id name } }', {}, s.member.token);
    const weston = mine.data.myOrganisations.find((o: { name: string }) => o.name === 'Weston Estate Partnership');
    const set = 'mutation($n: ID!, $o: ID) { setMyOrganisation(networkId: $n, organisationId: $o) { organisation { name } } }';
    const ok = await t.gql(set, { n: s.networkId, o: weston.id }, s.member.token);
    expect(ok.data.setMyOrganisation.organisation.name).toBe('Weston Estate Partnership');
    const notMine = await t.gql(set, { n: s.networkId, o: weston.id }, s.coordinator.token);
    expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("lists the organisations someone represents in one network's directory when asked (the picker for that network)", async () => {
    const other = await networkScenario(t, 'PUBLIC');
    const elsewhere = await t.gql(CREATE, { i: { name: 'Elsewhere Allotments', kind: 'COMMUNITY', description: '', areasServed: [], networkId: other.networkId } }, other.coordinator.token);
    await t.gql('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { id } }', { o: elsewhere.data.createOrganisation.id, u: s.coordinator.id }, other.coordinator.token);
    expect((await t.gql(CREATE, { i: { name: 'Here Food Bank', kind: 'COMMUNITY', description: '', areasServed: [], networkId: s.networkId } }, s.coordinator.token)).errors).toBeUndefined();
    const names = async (networkId?: string) =>
      (await t.gql('query($n: ID) { myOrganisations(networkId: $n) { name } }', { n: networkId }, s.coordinator.token)).data.myOrganisations.map((o: { name: string }) => o.name);
    expect(await names()).toEqual(expect.arrayContaining(['Elsewhere Allotments', 'Here Food Bank']));
    expect(await names(s.networkId)).toContain('Here Food Bank');
    expect(await names(s.networkId)).not.toContain('Elsewhere Allotments');
    expect(await names(other.networkId)).toEqual(['Elsewhere Allotments']);
    const bad = await t.gql('query { myOrganisations(networkId: "nope") { name } }', {}, s.coordinator.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
