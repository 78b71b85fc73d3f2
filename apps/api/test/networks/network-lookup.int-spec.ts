import { randomUUID } from 'node:crypto';
import { TokenService } from '@community-hub/api-auth';
import { NetworksService } from '@community-hub/api-networks';
import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const NETWORK = 'query($slug: String!) { network(slug: $slug) { id slug name visibility } }';

/** `network(slug)` keeps what it looked up for a while; who may see what must not change with it. */
describe('network by its address', () => {
  let t: TestApp;
  let priv: NetworkScenario;
  let pub: NetworkScenario;
  let ghostToken: string;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    priv = await networkScenario(t, 'PRIVATE');
    pub = await networkScenario(t, 'PUBLIC');
    // A well-signed session for an account that does not exist (e.g. a database restored from an older backup).
    ghostToken = t.app.get(TokenService).signSession(randomUUID());
  });
  afterAll(() => t.close());

  const lookup = async (slug: string, token?: string) => {
    const result = await t.gql(NETWORK, { slug }, token);
    expect(result.errors).toBeUndefined();
    return result.data.network as { id: string; slug: string } | null;
  };

  it.each(['cold', 'warm'])('answers as the access rule says, %s', async (state) => {
    if (state === 'cold') t.app.get(NetworksService).forgetLookups();
    // Private: signed-in people may know of it, whatever their membership; nobody else.
    for (const person of [priv.outsider, priv.pending, priv.suspended, priv.member, priv.platformAdmin]) {
      expect(await lookup(priv.slug, person.token)).toMatchObject({ id: priv.networkId, slug: priv.slug });
    }
    expect(await lookup(priv.slug)).toBeNull();
    expect(await lookup(priv.slug, 'not-a-token')).toBeNull();
    expect(await lookup(priv.slug, ghostToken)).toBeNull();
    // Public: anyone.
    expect(await lookup(pub.slug)).toMatchObject({ id: pub.networkId });
    expect(await lookup(pub.slug, ghostToken)).toMatchObject({ id: pub.networkId });
  });

  it('costs no statement once looked up, and one per lookup of an unknown account', async () => {
    await lookup(priv.slug, priv.member.token);
    expect(await countQueries(t, () => lookup(priv.slug, priv.member.token))).toBe(0);
    expect(await countQueries(t, () => lookup(pub.slug))).toBe(0);
    // Accounts found missing are asked about again, never remembered as missing or present.
    expect(await countQueries(t, () => lookup(priv.slug, ghostToken))).toBe(1);
    expect(await countQueries(t, () => lookup(priv.slug, ghostToken))).toBe(1);
  });

  it('does not remember an address that is not (yet) taken', async () => {
    const slug = `later-${Date.now().toString(36)}`;
    expect(await lookup(slug, priv.member.token)).toBeNull();
    expect(await lookup(slug, priv.member.token)).toBeNull();
    const created = await t.gql(
      'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
      { input: { slug, name: 'Created later', description: '', visibility: 'PUBLIC' } },
      priv.platformAdmin.token,
    );
    expect(created.errors).toBeUndefined();
    expect(await lookup(slug)).toMatchObject({ id: created.data.createNetwork.id, slug });
  });

  it('shows an edit made directly in the database once the kept lookups are dropped', async () => {
    await lookup(pub.slug);
    await t.dataSource.query("UPDATE networks SET visibility = 'PRIVATE' WHERE id = $1", [pub.networkId]);
    try {
      t.app.get(NetworksService).forgetLookups();
      expect(await lookup(pub.slug)).toBeNull();
      expect(await lookup(pub.slug, pub.outsider.token)).toMatchObject({ id: pub.networkId, visibility: 'PRIVATE' });
    } finally {
      await t.dataSource.query("UPDATE networks SET visibility = 'PUBLIC' WHERE id = $1", [pub.networkId]);
      t.app.get(NetworksService).forgetLookups();
    }
  });
});
