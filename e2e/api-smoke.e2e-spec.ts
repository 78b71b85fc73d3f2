// Proves the harness: the real server is up, with the demo data and the admin account.
import { baseUrl, createNetwork, gql, loginAsAdmin, networkBySlug, newUser, register, uniqueSlug } from './support';

const DEMO_SLUGS = [
  'macclesfield',
  'crewe',
  'congleton',
  'wilmslow',
  'knutsford',
  'alsager',
  'nantwich',
  'sandbach',
  'middlewich',
  'poynton',
  'holmes-chapel',
];

describe('harness: the real server', () => {
  it('answers GET /health/ready with 200', async () => {
    const res = await fetch(`${baseUrl()}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: true, storage: true });
  });

  it('lists the 11 public demo networks to anyone', async () => {
    const data = await gql<{ networks: { slug: string; visibility: string }[] }>(`{ networks { slug visibility } }`);
    expect(data.networks.map((n) => n.slug).sort()).toEqual([...DEMO_SLUGS].sort());
    expect(data.networks.every((n) => n.visibility === 'PUBLIC')).toBe(true);
  });

  it('lets the bootstrap admin sign in with a bearer token', async () => {
    const { token } = await loginAsAdmin();
    const data = await gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, token);
    expect(data.me?.id).toBeTruthy();
  });

  // What the private-network journey stands on, checked at the API first.
  it('lets a signed-in non-member find a PRIVATE network by slug and ask to join (PENDING)', async () => {
    const { token: adminToken } = await loginAsAdmin();
    const slug = uniqueSlug('smoke-private');
    const created = await createNetwork(adminToken, { slug, name: `Smoke ${slug}`, description: 'e2e smoke', visibility: 'PRIVATE' });
    const { token } = await register(newUser('Sam'));
    const seen = await networkBySlug(slug, token);
    expect(seen).toMatchObject({ id: created.id, visibility: 'PRIVATE' });
    const data = await gql<{ joinNetwork: { status: string } }>(
      `mutation($id: ID!) { joinNetwork(networkId: $id) { status } }`,
      { id: created.id },
      token,
    );
    expect(data.joinNetwork.status).toBe('PENDING');
  });
});
