import MailComposer from 'nodemailer/lib/mail-composer';
import { ConsortiaService, ConsortiumRole, OpportunitiesService } from '@community-hub/api-consortia';
import { type DnsResolver, EmailInService } from '@community-hub/api-email-in';
import { ForumService } from '@community-hub/api-forum';
import { ReplyAddresses } from '@community-hub/api-mail';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest } from '../support/medium';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f8f1be0000000049454e44ae426082', 'hex');

// Email-in rules called on EmailInService directly against real PostgreSQL and storage.
describe('email in (medium)', () => {
  let m: MediumTest;
  let n: MediumNetwork;
  let emailIn: EmailInService;
  let addresses: ReplyAddresses;
  const raw = (options: ConstructorParameters<typeof MailComposer>[0]) => new MailComposer(options).compile().build();

  beforeAll(async () => {
    m = await startMediumTest({ PUBLIC_URL: 'https://hub.example.org', INBOUND_VERIFY_DMARC: 'true' });
    n = await m.network('PRIVATE');
    emailIn = m.get(EmailInService);
    addresses = m.get(ReplyAddresses);
  });
  afterAll(() => m?.close());

  it("files a workspace thread's attachments in the consortium's own library, never the network's", async () => {
    const lead = await m.organisation(n.member, 'Lead Trust', n.networkId);
    const partner = await m.organisation(n.admin, 'Partner CIC', n.networkId);
    const opportunity = await m.get(OpportunitiesService).create(n.coordinator, {
      networkId: n.networkId,
      title: 'Warm spaces fund',
      funder: 'County Council',
      description: 'Winter',
      deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      lots: [],
      serviceTags: [],
      areas: [],
    });
    const consortia = m.get(ConsortiaService);
    const consortium = await consortia.form(n.member, { opportunityId: opportunity.id, name: 'Warm Hubs', leadOrganisationId: lead });
    const invitation = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: partner, role: ConsortiumRole.PARTNER });
    await consortia.respond(n.admin, invitation.id, true);
    const thread = await m.get(ForumService).createThread(n.member, { consortiumId: consortium.id, title: 'Budget draft', body: 'Here it is', tags: [] });

    const outcome = await emailIn.receive(
      await raw({ from: n.admin.email, to: addresses.replyTo(n.admin.userId, thread.id), subject: 'Re: Budget draft', text: 'Our costs attached.', attachments: [{ filename: 'costs.png', content: PNG }] }),
    );
    expect(outcome.status).toBe('POSTED');
    const folders: { space_id: string; name: string }[] = await m.dataSource.query("SELECT space_id, name FROM folders WHERE name = 'From email'");
    expect(folders).toEqual([{ space_id: consortium.id, name: 'From email' }]);
    const documents: { space_id: string; title: string }[] = await m.dataSource.query("SELECT space_id, title FROM documents WHERE title = 'costs.png'");
    expect(documents).toEqual([{ space_id: consortium.id, title: 'costs.png' }]);
    const [post] = await m.dataSource.query('SELECT body, author_id FROM posts WHERE id = $1', [outcome.postId]);
    expect(post.author_id).toBe(n.admin.userId);
    expect(post.body).toMatch(/^Our costs attached\.\n\nAttached:\n- \[costs\.png\]\(\/n\/.+\/d\/.+\)$/);

    // The network's coordinator, not in the consortium, cannot answer the workspace thread by email.
    const before = await m.count('posts');
    const refused = await emailIn.receive(await raw({ from: n.coordinator.email, to: addresses.replyTo(n.coordinator.userId, thread.id), subject: 'Re', text: 'Let me in' }));
    expect(refused).toEqual({ status: 'REFUSED', reason: 'NOT_ALLOWED' });
    expect(await m.count('posts')).toBe(before);
    // A workspace has no address of its own: its lead cannot switch "threads by email" on for it.
    expect((await refusal(emailIn.setThreadsByEmail(n.member, consortium.id, true))).code).toBe('BAD_USER_INPUT');
    expect(await m.count('network_email_settings')).toBe(0);
  });

  it('refuses a reply over the forum\'s length limit and a token whose thread is gone, changing nothing', async () => {
    const thread = await m.get(ForumService).createThread(n.coordinator, { networkId: n.networkId, title: 'Long', body: 'x', tags: [] });
    const before = await m.count('posts');
    const long = await emailIn.receive(await raw({ from: n.member.email, to: addresses.replyTo(n.member.userId, thread.id), subject: 'Re', text: 'word '.repeat(12_000) }));
    expect(long).toEqual({ status: 'REFUSED', reason: 'TOO_LONG' });
    const gone = await emailIn.receive(await raw({ from: n.member.email, to: addresses.replyTo(n.member.userId, '00000000-0000-4000-8000-000000000000'), subject: 'Re', text: 'Hello' }));
    expect(gone).toEqual({ status: 'REFUSED', reason: 'NOT_ALLOWED' });
    expect(await m.count('posts')).toBe(before);
  });

  it('the same message delivered twice at once makes one post', async () => {
    const thread = await m.get(ForumService).createThread(n.coordinator, { networkId: n.networkId, title: 'Race', body: 'x', tags: [] });
    const message = await raw({ from: n.member.email, to: addresses.replyTo(n.member.userId, thread.id), subject: 'Re', messageId: '<race-1@example.org>', text: 'Once only' });
    const outcomes = await Promise.all([emailIn.receive(message), emailIn.receive(message), emailIn.receive(message)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['DUPLICATE', 'DUPLICATE', 'POSTED']);
    expect(await m.dataSource.query('SELECT body FROM posts WHERE thread_id = $1 ORDER BY position', [thread.id])).toEqual([{ body: 'x' }, { body: 'Once only' }]);
  });

  it('with INBOUND_VERIFY_DMARC, refuses mail straight from a server the sender\'s domain does not allow (DMARC fail), through the DNS resolver it is given', async () => {
    const thread = await m.get(ForumService).createThread(n.coordinator, { networkId: n.networkId, title: 'DMARC', body: 'x', tags: [] });
    const domain = n.member.email.split('@')[1];
    // This machine resolves no names: the sender domain's records, as its DNS would publish them (the one thing outside our control).
    const fakeDns: DnsResolver = async (name, type) => {
      if (name === domain && type === 'TXT') return [['v=spf1 ip4:192.0.2.10 -all']];
      if (name === `_dmarc.${domain}` && type === 'TXT') return [['v=DMARC1; p=reject']];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    Object.assign(emailIn, { resolver: fakeDns });
    const message = (id: string) => raw({ from: n.member.email, to: addresses.replyTo(n.member.userId, thread.id), subject: 'Re', messageId: `<${id}@example.org>`, text: 'Checked' });
    const forged = await emailIn.receive(await message('dmarc-1'), { connection: { ip: '198.51.100.7', helo: 'evil.example.net', sender: n.member.email } });
    expect(forged).toEqual({ status: 'REFUSED', reason: 'DMARC_FAIL' });
    const genuine = await emailIn.receive(await message('dmarc-2'), { connection: { ip: '192.0.2.10', helo: `mx.${domain}`, sender: n.member.email } });
    expect(genuine.status).toBe('POSTED');
  });
});
