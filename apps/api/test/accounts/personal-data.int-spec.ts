import { randomBytes } from 'node:crypto';
import yauzl from 'yauzl';
import { DataExportService } from '@community-hub/api-accounts';
import { StorageService } from '@community-hub/api-storage';
import { eventually } from '../support/documents';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { collect, PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const CREATE_THREAD = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }';
const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }';
const REQUEST_UPLOAD = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }';
const COMPLETE_UPLOAD = 'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }';
const REQUEST_EXPORT = 'mutation { requestMyDataExport { id status createdAt downloadUrl } }';
const MY_EXPORTS = '{ myDataExports { id status createdAt downloadUrl } }';
const DELETE = 'mutation($p: String) { deleteMyAccount(password: $p) }';
const PROFILE = `query($id: ID!) { user(id: $id) { id name email formerMember organisations { name } networksInCommon { id }
  recentPosts { body thread { id } } } }`;

/** Every entry of a zip, by name. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('UK GDPR rights and profiles over HTTP', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let hidden: NetworkScenario;
  let publicThreadId: string;
  const postText = `Our allotment plan ${randomBytes(4).toString('hex')}`;
  const privateText = 'Only for members of the private network';
  const upload = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(50_000)]);

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    s = await networkScenario(t, 'PUBLIC');
    hidden = await networkScenario(t, 'PRIVATE');
    const thread = await t.gql(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Allotments', body: 'Who has a plot?' } }, s.coordinator.token);
    publicThreadId = thread.data.createThread.id;
    expect((await t.gql(REPLY, { i: { threadId: publicThreadId, body: postText } }, s.member.token)).errors).toBeUndefined();
    // The member is also in the private network (the scenario's member there is someone else: join and approve).
    const joined = await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: hidden.networkId }, s.member.token);
    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.data.joinNetwork.id }, hidden.platformAdmin.token);
    const privateThread = await t.gql(CREATE_THREAD, { i: { networkId: hidden.networkId, title: 'Members only', body: privateText } }, s.member.token);
    expect(privateThread.errors).toBeUndefined();
    const org = await t.gql(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Weston Allotment Society', kind: 'COMMUNITY', description: '', areasServed: [], networkId: s.networkId } },
      s.member.token,
    );
    expect(org.errors).toBeUndefined();
    const ticket = (await t.gql(REQUEST_UPLOAD, { i: { networkId: s.networkId, filename: 'Plot map.pdf', contentType: 'application/pdf', size: upload.length } }, s.member.token)).data
      .requestUpload;
    const put = await fetch(ticket.url, { method: 'PUT', headers: Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body: upload });
    expect(put.status).toBe(200);
    expect((await t.gql(COMPLETE_UPLOAD, { i: { uploadId: ticket.uploadId, title: 'Plot map', kind: 'OTHER' } }, s.member.token)).errors).toBeUndefined();
  }, 60_000);
  afterAll(() => t.close());

  describe('download my data', () => {
    let exportId: string;

    it('prepares a zip in the background with the person\'s post text and the bytes of their upload, and notifies them', async () => {
      const requested = await t.gql(REQUEST_EXPORT, {}, s.member.token);
      expect(requested.errors).toBeUndefined();
      expect(requested.data.requestMyDataExport).toMatchObject({ status: 'PREPARING', downloadUrl: null });
      exportId = requested.data.requestMyDataExport.id;
      // Asking again while it is being prepared answers the same export.
      expect((await t.gql(REQUEST_EXPORT, {}, s.member.token)).data.requestMyDataExport.id).toBe(exportId);
      const ready = await eventually(async () => {
        const [item] = (await t.gql(MY_EXPORTS, {}, s.member.token)).data.myDataExports;
        return item.status === 'READY' ? item : null;
      }, 30_000);
      expect(ready.id).toBe(exportId);
      const response = await fetch(ready.downloadUrl);
      expect(response.status).toBe(200);
      const files = await unzip(Buffer.from(await response.arrayBuffer()));
      const posts = JSON.parse(files.get('forum/posts.json')!.toString('utf8'));
      expect(posts.map((p: { body: string }) => p.body)).toEqual(expect.arrayContaining([postText, privateText]));
      const profile = JSON.parse(files.get('account/profile.json')!.toString('utf8'));
      expect(profile).toMatchObject({ id: s.member.id, email: s.member.email, name: 'Mel Member' });
      const documents = JSON.parse(files.get('library/documents-uploaded.json')!.toString('utf8'));
      expect(documents).toEqual([expect.objectContaining({ title: 'Plot map', filename: 'Plot map.pdf', size: upload.length })]);
      expect(files.get(documents[0].file)!.equals(upload)).toBe(true);
      const memberships = JSON.parse(files.get('networks/memberships.json')!.toString('utf8'));
      expect(memberships.map((m: { slug: string }) => m.slug).sort()).toEqual([s.slug, hidden.slug].sort());
      expect(JSON.parse(files.get('networks/organisations-represented.json')!.toString('utf8'))).toEqual([
        expect.objectContaining({ name: 'Weston Allotment Society' }),
      ]);
      for (const name of ['events/rsvps.json', 'consortia/interests.json', 'notifications/notifications.json']) expect(files.has(name)).toBe(true);

      const told = await eventually(async () => {
        const nodes = (await t.gql('{ notifications(first: 10) { nodes { kind title path } } }', {}, s.member.token)).data.notifications.nodes;
        return nodes.find((n: { kind: string }) => n.kind === 'DATA_EXPORT_READY') ?? null;
      });
      expect(told).toMatchObject({ title: 'Your data is ready to download', path: '/me#your-data' });
      // Both ends are in the security log (asking twice while preparing is one request).
      const log = await t.dataSource.query(`SELECT kind FROM security_log WHERE user_id = $1 AND kind LIKE 'DATA_EXPORT%' ORDER BY occurred_at`, [s.member.id]);
      expect(log.map((e: { kind: string }) => e.kind)).toEqual(['DATA_EXPORT_REQUESTED', 'DATA_EXPORTED']);
      expect(JSON.parse(files.get('account/security-log.json')!.toString('utf8'))).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'DATA_EXPORT_REQUESTED' })]),
      );
    }, 60_000);

    it('shows exports only to their owner, and to nobody signed out', async () => {
      expect((await t.gql(MY_EXPORTS, {}, s.outsider.token)).data.myDataExports).toEqual([]);
      expect((await t.gql(MY_EXPORTS, {}, s.coordinator.token)).data.myDataExports).toEqual([]);
      for (const query of [MY_EXPORTS, REQUEST_EXPORT]) {
        const anonymous = await t.gql(query);
        expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(await t.count('data_exports')).toBe(1);
    });

    it('expires after its days: no link any more, and the purge removes the zip', async () => {
      const exports = t.app.get(DataExportService);
      const [row] = await t.dataSource.query('SELECT object_key FROM data_exports WHERE id = $1', [exportId]);
      expect(await t.app.get(StorageService).stat(row.object_key)).not.toBeNull();
      const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
      expect(await exports.purgeExpired(new Date(Date.now() + 6 * 24 * 3600 * 1000))).toBe(0);
      expect(await exports.purgeExpired(eightDaysOn)).toBe(1);
      expect(await t.app.get(StorageService).stat(row.object_key)).toBeNull();
      const [item] = (await t.gql(MY_EXPORTS, {}, s.member.token)).data.myDataExports;
      expect(item).toMatchObject({ id: exportId, status: 'EXPIRED', downloadUrl: null });
    });
  });

  describe('profiles', () => {
    it('shows name, organisations, networks in common and readable posts, never the email to others', async () => {
      const seen = await t.gql(PROFILE, { id: s.member.id }, s.outsider.token);
      expect(seen.errors).toBeUndefined();
      expect(seen.data.user).toMatchObject({ id: s.member.id, name: 'Mel Member', email: null, formerMember: false, organisations: [{ name: 'Weston Allotment Society' }], networksInCommon: [] });
      // The outsider reads the public network, not the private one.
      expect(seen.data.user.recentPosts.map((p: { body: string }) => p.body)).toEqual([postText]);

      const anonymous = await t.gql(PROFILE, { id: s.member.id });
      expect(anonymous.data.user).toMatchObject({ email: null, networksInCommon: [] });
      expect(anonymous.data.user.recentPosts.map((p: { body: string }) => p.body)).toEqual([postText]);

      const colleague = await t.gql(PROFILE, { id: s.member.id }, hidden.coordinator.token);
      expect(colleague.data.user.email).toBeNull();
      expect(colleague.data.user.networksInCommon).toEqual([{ id: hidden.networkId }]);
      expect(colleague.data.user.recentPosts.map((p: { body: string }) => p.body)).toEqual([privateText, postText]);

      const self = await t.gql(PROFILE, { id: s.member.id }, s.member.token);
      expect(self.data.user.email).toBe(s.member.email);
    });

    it('answers null for nobody, and refuses a malformed id', async () => {
      expect((await t.gql(PROFILE, { id: '00000000-0000-4000-8000-000000000000' })).data.user).toBeNull();
      expect((await t.gql(PROFILE, { id: 'nope' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('delete my account', () => {
    it('asks for the right password, with a coded reason, and changes nothing otherwise', async () => {
      const missing = await t.gql(DELETE, {}, s.member.token);
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_REQUIRED' });
      const wrong = await t.gql(DELETE, { p: 'not my password at all' }, s.member.token);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
      expect((await t.gql('{ me { id } }', {}, s.member.token)).data.me).toEqual({ id: s.member.id });
      expect((await t.gql(DELETE, { p: PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('tells the last admin of a network what to hand over first', async () => {
      const created = await t.gql(
        'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }',
        { input: { slug: `solo-${Date.now().toString(36)}`, name: 'Solo Network', description: 'Only one admin', visibility: 'PUBLIC' } },
        s.platformAdmin.token,
      );
      const refused = await t.gql(DELETE, { p: ADMIN_ENV.ADMIN_PASSWORD }, s.platformAdmin.token);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'HANDOVER_REQUIRED',
        handover: [expect.objectContaining({ kind: 'NETWORK', id: created.data.createNetwork.id, name: 'Solo Network' })],
      });
      expect(refused.errors?.[0].message).toMatch(/admin of Solo Network/);
      expect((await t.gql('{ me { id } }', {}, s.platformAdmin.token)).data.me).not.toBeNull();
    });

    it('erases the person: the old token is anonymous, the email can sign up again, the posts show "Former member"', async () => {
      const memberName = 'Mel Member';
      const before = await t.gql('{ notifications(first: 10) { nodes { kind title actor { name } } } }', {}, s.coordinator.token);
      expect(before.data.notifications.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'REPLY', actor: { name: memberName } })]));

      const socket = t.ws(s.member.token);
      const live = collect(socket, 'subscription { notificationAdded { id } }', {});
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(live.errors).toEqual([]);

      const deleted = await t.gql(DELETE, { p: PASSWORD }, s.member.token);
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data.deleteMyAccount).toBe(true);
      // The open WebSocket closes: its session ended with the account.
      expect(await live.settled(5000)).toBe(true);
      expect(live.errors[0]).toMatchObject({ code: 4403, reason: 'Session ended' });
      // Sessions rows are erased; of the security log only ACCOUNT_DELETED stays (time and address, no device).
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [s.member.id])).toEqual([{ n: 0 }]);
      expect(await t.dataSource.query('SELECT kind, user_agent, detail FROM security_log WHERE user_id = $1', [s.member.id])).toEqual([
        { kind: 'ACCOUNT_DELETED', user_agent: null, detail: null },
      ]);

      expect((await t.gql('{ me { id } }', {}, s.member.token)).data.me).toBeNull();
      expect((await t.gql(MY_EXPORTS, {}, s.member.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const login = await t.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: s.member.email, password: PASSWORD } });
      expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const posts = await t.gql('query($id: ID!) { thread(id: $id) { posts(first: 5) { nodes { body author { id name formerMember email } } } } }', { id: publicThreadId }, s.coordinator.token);
      expect(posts.data.thread.posts.nodes[1]).toEqual({ body: postText, author: { id: s.member.id, name: 'Former member', formerMember: true, email: null } });

      const after = await t.gql('{ notifications(first: 10) { nodes { kind title actor { name } } } }', {}, s.coordinator.token);
      const reply = after.data.notifications.nodes.find((n: { kind: string }) => n.kind === 'REPLY');
      expect(reply.actor.name).toBe('Former member');
      expect(reply.title).toMatch(/^Former member replied/);
      expect(JSON.stringify(after.data)).not.toContain(memberName);

      const profile = await t.gql(PROFILE, { id: s.member.id }, hidden.coordinator.token);
      expect(profile.data.user).toEqual({ id: s.member.id, name: 'Former member', email: null, formerMember: true, organisations: [], networksInCommon: [], recentPosts: [] });

      const [row] = await t.dataSource.query('SELECT name, email, password_hash, deleted_at FROM users WHERE id = $1', [s.member.id]);
      expect(row).toMatchObject({ name: 'Former member', password_hash: '' });
      expect(row.email).not.toBe(s.member.email);
      expect(row.deleted_at).not.toBeNull();
      for (const table of ['memberships', 'organisation_representatives', 'notifications', 'notification_preferences', 'data_exports']) {
        expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [s.member.id]))[0].n).toBe(0);
      }
      expect(await t.app.get(StorageService).listKeys('exports/')).toEqual([]);

      const again = await t.gql('mutation($input: RegisterInput!) { register(input: $input) { user { id name } } }', {
        input: { email: s.member.email, password: PASSWORD, name: 'Mel Again' },
      });
      expect(again.errors).toBeUndefined();
      expect(again.data.register.user.id).not.toBe(s.member.id);
    });
  });
});
