import { randomUUID } from 'node:crypto';
import { TokenService } from '@community-hub/api-auth';
import { countQueries } from '../support/query-counter';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const NETWORK = 'query($slug: String!) { network(slug: $slug) { id slug name visibility } }';

/**
 * `network(slug)`: who may see a network follows its current row on every instance at
 * once. A public or private network's row is kept per instance (anyone, or anyone signed
 * in, may know of it) and every instance drops it when `updateNetwork` changes it; hidden
 * ones are read afresh with the caller's rights on every request.
 */
describe('network by its address', () => {
  let a: TestApp;
  let b: TestApp;
  let priv: NetworkScenario;
  let pub: NetworkScenario;
  let ghostToken: string;

  beforeAll(async () => {
    a = await startTestApp(ADMIN_ENV);
    // A second API instance on the same database, as behind a load balancer.
    b = await startTestApp(ADMIN_ENV, { databaseName: a.databaseName });
    priv = await networkScenario(a, 'PRIVATE');
    pub = await networkScenario(a, 'PUBLIC');
    // A well-signed token for a session (and an account) that does not exist (e.g. a deleted account).
    ghostToken = a.app.get(TokenService).signSession(randomUUID(), randomUUID(), new Date(Date.now() + 3_600_000));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const lookup = async (t: TestApp, slug: string, token?: string) => {
    const result = await t.gql(NETWORK, { slug }, token);
    expect(result.errors).toBeUndefined();
    return result.data.network as { id: string; slug: string; visibility: string } | null;
  };

  it('answers as the access rule says, on either instance', async () => {
    for (const t of [a, b]) {
      // Private: signed-in people may know of it, whatever their membership; nobody else.
      for (const person of [priv.outsider, priv.pending, priv.suspended, priv.member, priv.platformAdmin]) {
        expect(await lookup(t, priv.slug, person.token)).toMatchObject({ id: priv.networkId, slug: priv.slug });
      }
      expect(await lookup(t, priv.slug)).toBeNull();
      expect(await lookup(t, priv.slug, 'not-a-token')).toBeNull();
      expect(await lookup(t, priv.slug, ghostToken)).toBeNull();
      // Public: anyone.
      expect(await lookup(t, pub.slug)).toMatchObject({ id: pub.networkId });
      expect(await lookup(t, pub.slug, ghostToken)).toMatchObject({ id: pub.networkId });
    }
  });

  const setVisibility = async (t: TestApp, visibility: string, name?: string) => {
    const result = await t.gql(
      'mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { visibility } }',
      { input: { networkId: pub.networkId, visibility, ...(name ? { name } : {}) } },
      pub.coordinator.token,
    );
    expect(result.errors).toBeUndefined();
  };
  /** Until the change is heard on the bus (a message between instances), or 2 s. */
  const eventually = async (check: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 2_000; Date.now() < deadline; ) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return check();
  };

  it('shows a change of visibility at once on the instance that made it, and on every other as soon as it hears of it', async () => {
    // Both instances have just answered for it, and keep the public row.
    for (const t of [a, b]) {
      expect(await lookup(t, pub.slug)).toMatchObject({ id: pub.networkId, visibility: 'PUBLIC' });
      expect(await countQueries(t, () => lookup(t, pub.slug))).toBe(0);
    }
    await setVisibility(a, 'HIDDEN');
    try {
      expect(await lookup(a, pub.slug)).toBeNull();
      expect(await eventually(async () => (await lookup(b, pub.slug)) === null)).toBe(true);
      for (const t of [a, b]) {
        expect(await lookup(t, pub.slug, pub.outsider.token)).toBeNull();
        expect(await lookup(t, pub.slug, pub.member.token)).toMatchObject({ id: pub.networkId, visibility: 'HIDDEN' });
        // Not public: read afresh, with the caller's rights, every time.
        expect(await countQueries(t, () => lookup(t, pub.slug, pub.member.token))).toBe(1);
      }
    } finally {
      await setVisibility(b, 'PUBLIC');
    }
    expect(await lookup(b, pub.slug)).toMatchObject({ visibility: 'PUBLIC' });
    expect(await eventually(async () => (await lookup(a, pub.slug))?.visibility === 'PUBLIC')).toBe(true);
  });

  it('shows a renamed public network by its new name on every instance', async () => {
    const nameOn = async (t: TestApp) => (await t.gql('query($slug: String!) { network(slug: $slug) { name } }', { slug: pub.slug })).data.network.name;
    for (const t of [a, b]) await lookup(t, pub.slug);
    await setVisibility(a, 'PUBLIC', 'Renamed network');
    expect(await nameOn(a)).toBe('Renamed network');
    expect(await eventually(async () => (await nameOn(b)) === 'Renamed network')).toBe(true);
  });

  it('stops answering a deleted account at once on the instance that deleted it, and on every other as soon as it hears of it', async () => {
    const person = await a.register('Leaving soon');
    expect(await lookup(a, priv.slug, person.token)).toMatchObject({ id: priv.networkId });
    expect(await lookup(b, priv.slug, person.token)).toMatchObject({ id: priv.networkId });
    const deleted = await a.gql('mutation($p: String) { deleteMyAccount(password: $p) }', { p: PASSWORD }, person.token);
    expect(deleted.errors).toBeUndefined();
    expect(await lookup(a, priv.slug, person.token)).toBeNull();
    expect(await eventually(async () => (await lookup(b, priv.slug, person.token)) === null)).toBe(true);
  });

  it('answers an address taken after a lookup found nothing', async () => {
    const slug = `later-${Date.now().toString(36)}`;
    expect(await lookup(a, slug, priv.member.token)).toBeNull();
    expect(await lookup(b, slug, priv.member.token)).toBeNull();
    const created = await b.gql(
      'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
      { input: { slug, name: 'Created later', description: '', visibility: 'PUBLIC' } },
      priv.platformAdmin.token,
    );
    expect(created.errors).toBeUndefined();
    expect(await lookup(a, slug)).toMatchObject({ id: created.data.createNetwork.id, slug });
  });

  it('costs no statement for a public or private network looked up in the last 30 s, and the network is not read again for the rest of the page', async () => {
    await lookup(a, priv.slug, priv.member.token);
    expect(await countQueries(a, () => lookup(a, priv.slug, priv.member.token))).toBe(0);
    expect(await countQueries(a, () => lookup(a, priv.slug, priv.outsider.token))).toBe(0);
    // Anonymous: refused from the kept row too.
    expect(await countQueries(a, async () => expect(await lookup(a, priv.slug)).toBeNull())).toBe(0);
    await lookup(a, pub.slug);
    expect(await countQueries(a, () => lookup(a, pub.slug))).toBe(0);
    expect(await countQueries(a, () => lookup(a, pub.slug, pub.outsider.token))).toBe(0);
    // The members' `network` comes from the lookup, not from another statement: the same
    // page with and without it costs the same.
    const members = (withNetwork: boolean) => `query($slug: String!) { network(slug: $slug) {
      members(first: 5) { nodes { id ${withNetwork ? 'network { id slug }' : ''} } } } }`;
    const counts: number[] = [];
    for (const withNetwork of [false, true]) {
      counts.push(
        await countQueries(a, async () => {
          const result = await a.gql(members(withNetwork), { slug: priv.slug }, priv.member.token);
          expect(result.errors).toBeUndefined();
          expect(result.data.network.members.nodes.length).toBeGreaterThan(0);
          if (withNetwork) for (const node of result.data.network.members.nodes) expect(node.network).toEqual({ id: priv.networkId, slug: priv.slug });
        }),
      );
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
