import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const UPDATE = 'mutation($i: UpdateNetworkInput!) { updateNetwork(input: $i) { id name description visibility welcomeMessage area } }';
const NETWORK = 'query($slug: String!) { network(slug: $slug) { id name visibility welcomeMessage } }';
const NETWORKS = '{ networks { id } }';
const SEARCH = 'query($q: String!, $slug: String) { search(query: $q, networkSlug: $slug) { id } }';
const INVITE = 'mutation($i: InviteToNetworkInput!) { inviteToNetwork(input: $i) { id email status createdAt } }';
const PREVIEW = 'query($i: InviteToNetworkInput!) { networkInvitationPreview(input: $i) { toSend rows { line email outcome problem } } }';
const ACCEPT = 'mutation($token: String!) { acceptNetworkInvitation(token: $token) { id status role } }';
const LINK = 'query($token: String!) { networkInvitationLink(token: $token) { networkName networkSlug email status } }';
const INVITATIONS = 'query($slug: String!) { network(slug: $slug) { invitations(first: 10) { totalCount nodes { id email status } } } }';
const REPORT = 'query($slug: String!) { network(slug: $slug) { report(months: 3) { csv months { month activeMembers threads replies eventsHeld } } } }';

const code = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

/** Issue 21: coordinators run their network (settings, HIDDEN, invitations by email, the report), over HTTP. */
describe('running a network: settings, hidden networks, invitations, report', () => {
  let t: TestApp;
  let s: NetworkScenario;
  const mailDir = () => join(t.config.dataDir, 'mail');

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5', PUBLIC_URL: 'https://hub.example.org' });
    s = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t?.close());

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  /** The invitation link in the (newest) email to `to`, read from DATA_DIR/mail as the person would get it. */
  const linkSentTo = async (to: string, after = 0): Promise<string> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const files = (() => {
        try {
          return readdirSync(mailDir()).sort();
        } catch {
          return [];
        }
      })();
      const found: { text: string }[] = [];
      for (const file of files) {
        const mail = await simpleParser(readFileSync(join(mailDir(), file)));
        const address = Array.isArray(mail.to) ? mail.to[0].text : mail.to?.text;
        if (address === to) found.push({ text: mail.text ?? '' });
      }
      if (found.length > after) {
        const match = /https:\/\/hub\.example\.org\/invitations\/accept\?token=([A-Za-z0-9_%-]+)/.exec(found.at(-1)!.text);
        if (!match) throw new Error(`no link in: ${found.at(-1)!.text}`);
        return decodeURIComponent(match[1]);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no invitation email to ${to}`);
  };

  it('coordinators and admins change the settings; members, outsiders and anonymous callers are refused', async () => {
    const input = { networkId: s.networkId, name: 'Renamed Network', description: 'Now **in Markdown**', welcomeMessage: 'Welcome! Say hello.', area: 'Cheshire East' };
    expect(code(await t.gql(UPDATE, { i: input }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(UPDATE, { i: input }, s.outsider.token))).toBe('FORBIDDEN');
    expect(code(await t.gql(UPDATE, { i: input }, s.member.token))).toBe('FORBIDDEN');
    expect(code(await t.gql(UPDATE, { i: { networkId: s.networkId, name: ' ' } }, s.coordinator.token))).toBe('BAD_USER_INPUT');
    expect((await ok(NETWORK, { slug: s.slug })).network.name).toBe(`Network ${s.slug}`);
    const updated = (await ok(UPDATE, { i: input }, s.coordinator.token)).updateNetwork;
    expect(updated).toMatchObject({ name: 'Renamed Network', description: 'Now **in Markdown**', welcomeMessage: 'Welcome! Say hello.', area: 'Cheshire East', visibility: 'PUBLIC' });
    expect((await ok(UPDATE, { i: { networkId: s.networkId, area: 'Cheshire' } }, s.admin.token)).updateNetwork).toMatchObject({ name: 'Renamed Network', area: 'Cheshire' });
    expect((await ok(NETWORK, { slug: s.slug })).network).toMatchObject({ name: 'Renamed Network', welcomeMessage: 'Welcome! Say hello.' });
  });

  it('a network made HIDDEN disappears for outsiders from lists, network(slug), search and the calendar; members still see it', async () => {
    await ok('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', { i: { networkId: s.networkId, title: 'Quokka allotments', body: 'Quokka seed swap', tags: [] } }, s.member.token);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await ok('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', {
      i: { networkId: s.networkId, title: 'Quokka fair', location: 'Hall', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) },
    }, s.member.token);
    const seenBy = async (token?: string) => ({
      listed: (await ok(NETWORKS, {}, token)).networks.some((n: { id: string }) => n.id === s.networkId),
      found: (await ok(NETWORK, { slug: s.slug }, token)).network !== null,
      hits: (await ok(SEARCH, { q: 'quokka' }, token)).search.length,
    });
    const feed = () => fetch(`${t.url}/calendar/${s.slug}.ics`);
    // Public: everyone sees it, finds its thread and event, and reads its calendar.
    expect(await seenBy(s.outsider.token)).toEqual({ listed: true, found: true, hits: 2 });
    expect(await seenBy()).toEqual({ listed: true, found: true, hits: 2 });
    const before = await feed();
    expect(before.status).toBe(200);
    expect(await before.text()).toContain('Quokka fair');

    expect((await ok(UPDATE, { i: { networkId: s.networkId, visibility: 'HIDDEN' } }, s.coordinator.token)).updateNetwork.visibility).toBe('HIDDEN');

    for (const token of [s.outsider.token, undefined, s.pending.token, s.suspended.token]) {
      expect(await seenBy(token)).toEqual({ listed: false, found: false, hits: 0 });
      // Named in a search, it is "not found" like a network that does not exist.
      expect(code(await t.gql(SEARCH, { q: 'quokka', slug: s.slug }, token))).toBe('NOT_FOUND');
    }
    expect((await feed()).status).toBe(404);
    // Joined only by invitation; an outsider is told it does not exist.
    expect(code(await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, s.outsider.token))).toBe('NOT_FOUND');
    expect(code(await t.gql(UPDATE, { i: { networkId: s.networkId, name: 'x' } }, s.outsider.token))).toBe('NOT_FOUND');
    // Members and the platform admin still see everything.
    expect(await seenBy(s.member.token)).toEqual({ listed: true, found: true, hits: 2 });
    expect((await seenBy(s.platformAdmin.token)).listed).toBe(true);
  });

  it("an invitation email's link makes a new person an ACTIVE member of the HIDDEN network, once", async () => {
    const email = `Newcomer.${Date.now()}@Example.org`;
    const normalised = email.toLowerCase();
    // Invalid addresses refuse the whole call; nothing is written.
    const invalid = await t.gql(INVITE, { i: { networkId: s.networkId, emails: [email, 'not-an-address'] } }, s.coordinator.token);
    expect(code(invalid)).toBe('BAD_USER_INPUT');
    expect(await t.count('network_invitations')).toBe(0);
    // Only coordinators invite; to outsiders the hidden network does not exist.
    expect(code(await t.gql(INVITE, { i: { networkId: s.networkId, emails: [email] } }, s.member.token))).toBe('FORBIDDEN');
    expect(code(await t.gql(INVITE, { i: { networkId: s.networkId, emails: [email] } }, s.outsider.token))).toBe('NOT_FOUND');

    // The dry run says what will happen and writes nothing.
    const preview = (await ok(PREVIEW, { i: { networkId: s.networkId, emails: [email, s.member.email, 'nope', normalised], invitees: [{ email: 'ally@example.org', name: 'Ally', organisation: 'Pantry' }] } }, s.coordinator.token)).networkInvitationPreview;
    expect(preview.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['INVITE', 'ALREADY_MEMBER', 'INVALID', 'DUPLICATE', 'INVITE']);
    expect(preview.toSend).toBe(2);
    expect(await t.count('network_invitations')).toBe(0);

    const sent = (await ok(INVITE, { i: { networkId: s.networkId, emails: [email, s.member.email], message: 'Come and join us' } }, s.coordinator.token)).inviteToNetwork;
    expect(sent).toEqual([expect.objectContaining({ email: normalised, status: 'PENDING' })]);
    // Inviting again while it is pending sends nothing more.
    expect((await ok(INVITE, { i: { networkId: s.networkId, emails: [email] } }, s.coordinator.token)).inviteToNetwork).toEqual([]);

    const token = await linkSentTo(normalised);
    expect((await t.dataSource.query('SELECT token_hash FROM network_invitations'))[0].token_hash).not.toContain(token);
    expect((await ok(LINK, { token }))?.networkInvitationLink).toMatchObject({ networkSlug: s.slug, email: normalised, status: 'PENDING' });

    // A new person signs up with the invited address (not yet confirmed) and follows the link.
    const newcomer = await t.register('Nia Newcomer', { email: normalised, verified: false });
    expect((await ok(NETWORK, { slug: s.slug }, newcomer.token)).network).toBeNull();
    expect(code(await t.gql(ACCEPT, { token }))).toBe('UNAUTHENTICATED');
    const membership = (await ok(ACCEPT, { token }, newcomer.token)).acceptNetworkInvitation;
    expect(membership).toMatchObject({ status: 'ACTIVE', role: 'MEMBER' });
    // The link came back from the invited address, which is the account's: it is confirmed.
    expect((await ok('{ me { emailVerified } }', {}, newcomer.token)).me.emailVerified).toBe(true);
    expect((await ok(NETWORK, { slug: s.slug }, newcomer.token)).network).toMatchObject({ id: s.networkId, welcomeMessage: 'Welcome! Say hello.' });
    // Once, for one person.
    const again = await t.gql(ACCEPT, { token }, s.outsider.token);
    expect(code(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.reason).toBe('INVITATION_USED');
    expect((await ok(NETWORK, { slug: s.slug }, s.outsider.token)).network).toBeNull();
    expect(code(await t.gql(ACCEPT, { token: 'made-up-token' }, s.outsider.token))).toBe('NOT_FOUND');

    const listed = (await ok(INVITATIONS, { slug: s.slug }, s.coordinator.token)).network.invitations;
    expect(listed.nodes).toEqual([expect.objectContaining({ email: normalised, status: 'ACCEPTED' })]);
    // The list is the coordinators': a member is refused.
    expect(code(await t.gql(INVITATIONS, { slug: s.slug }, s.member.token))).toBe('FORBIDDEN');
  });

  it('a resend makes the old link stop working; a revoked link does nothing', async () => {
    const email = `twice.${Date.now()}@example.org`;
    const [invitation] = (await ok(INVITE, { i: { networkId: s.networkId, emails: [email] } }, s.coordinator.token)).inviteToNetwork;
    const first = await linkSentTo(email);
    const RESEND = 'mutation($id: ID!) { resendNetworkInvitation(invitationId: $id) { id status } }';
    const REVOKE = 'mutation($id: ID!) { revokeNetworkInvitation(invitationId: $id) { id status } }';
    expect(code(await t.gql(RESEND, { id: invitation.id }, s.member.token))).toBe('NOT_FOUND');
    expect((await ok(RESEND, { id: invitation.id }, s.coordinator.token)).resendNetworkInvitation.status).toBe('PENDING');
    const second = await linkSentTo(email, 1);
    expect(second).not.toBe(first);
    const person = await t.register('Tia Twice', { email });
    expect(code(await t.gql(ACCEPT, { token: first }, person.token))).toBe('NOT_FOUND');
    expect(code(await t.gql(REVOKE, { id: invitation.id }, s.member.token))).toBe('NOT_FOUND');
    expect((await ok(REVOKE, { id: invitation.id }, s.coordinator.token)).revokeNetworkInvitation.status).toBe('REVOKED');
    const revoked = await t.gql(ACCEPT, { token: second }, person.token);
    expect(revoked.errors?.[0].extensions?.reason).toBe('INVITATION_REVOKED');
    expect((await ok(NETWORK, { slug: s.slug }, person.token)).network).toBeNull();
  });

  it('the report is for coordinators and admins, month by month, with a CSV', async () => {
    expect(code(await t.gql(REPORT, { slug: s.slug }, s.member.token))).toBe('FORBIDDEN');
    const report = (await ok(REPORT, { slug: s.slug }, s.coordinator.token)).network.report;
    expect(report.months).toHaveLength(3);
    const thisMonth = report.months.at(-1);
    expect(thisMonth).toMatchObject({ threads: 1, replies: 0 });
    expect(thisMonth.activeMembers).toBeGreaterThanOrEqual(1);
    const lines = report.csv.trim().split('\n');
    expect(lines[0]).toMatch(/^month,activeMembers,activeOrganisations,threads,replies,/);
    expect(lines).toHaveLength(4);
    expect((await ok(REPORT, { slug: s.slug }, s.platformAdmin.token)).network.report.months).toHaveLength(3);
  });

  it('platform admins see every network, hidden ones included, and every person; nobody else sees the people list', async () => {
    const PEOPLE = 'query($q: String) { platformPeople(search: $q, first: 5) { totalCount nodes { name email networkCount } } }';
    expect((await ok(NETWORKS, {}, s.platformAdmin.token)).networks.map((n: { id: string }) => n.id)).toContain(s.networkId);
    const found = (await ok(PEOPLE, { q: 'cora coord' }, s.platformAdmin.token)).platformPeople;
    expect(found.nodes).toEqual([expect.objectContaining({ name: 'Cora Coordinator', email: s.coordinator.email, networkCount: 1 })]);
    expect(code(await t.gql(PEOPLE, {}, s.coordinator.token))).toBe('FORBIDDEN');
    expect(code(await t.gql(PEOPLE, {}))).toBe('UNAUTHENTICATED');
  });
});
