import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { SmtpListenerService } from '@community-hub/api-email-in';
import { ReplyAddresses } from '@community-hub/api-mail';
import { smtpSink, type ReceivedMail } from '../support/smtp-sink';
import { collect, startTestApp, tick, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';



const TOKEN = 'inbound-webhook-token-0123456789';
const DOMAIN = 'hub.example.org';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f8f1be0000000049454e44ae426082', 'hex');

describe('email in', () => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let pub: NetworkScenario;
  let client: Transporter;
  let addresses: ReplyAddresses;

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const newThread = async (who: TestUser, title: string, body = 'Opening post') =>
    (await ok('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', { i: { networkId: pub.networkId, title, body, tags: [] } }, who.token)).createThread.id as string;
  const reply = (who: TestUser, threadId: string, body: string) =>
    ok('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body } }, who.token);
  const posts = async (threadId: string) =>
    (await ok('query($id: ID!) { thread(id: $id) { posts(first: 50) { nodes { body author { id } } } } }', { id: threadId }, pub.admin.token)).thread.posts.nodes as { body: string; author: { id: string } }[];
  const setEmail = (who: TestUser, email: string) =>
    ok('mutation($n: ID!, $e: EmailFrequency!) { setNotificationPreference(networkId: $n, email: $e) { email } }', { n: pub.networkId, e: email }, who.token);
  /** Waits up to 8 s for an email matching. */
  const mailFor = async (match: (m: ReceivedMail) => boolean, timeoutMs = 8000): Promise<ReceivedMail> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = sink.received.find(match);
      if (found) return found;
      await tick(100);
    }
    throw new Error(`no matching email; got: ${JSON.stringify(sink.received.map((m) => [m.to, m.subject]))}`);
  };
  const mailsTo = (email: string) => sink.received.filter((m) => m.to === email);
  const send = (mail: SendMailOptions) => client.sendMail(mail);

  beforeAll(async () => {
    sink = await smtpSink();
    t = await startTestApp({
      ...ADMIN_ENV,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      PUBLIC_URL: `https://${DOMAIN}`,
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '127.0.0.1',
      INBOUND_EMAIL_TOKEN: TOKEN,
      INBOUND_TRUSTED_RELAYS: `mx.${DOMAIN}`,
      INBOUND_MAX_BYTES: String(300 * 1024),
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      NOTIFICATION_SWEEP_INTERVAL_SECONDS: '0',
    });
    pub = await networkScenario(t, 'PUBLIC');
    addresses = t.app.get(ReplyAddresses);
    client = nodemailer.createTransport({ host: '127.0.0.1', port: t.app.get(SmtpListenerService).port!, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    client?.close();
    await t?.close();
    await sink?.close();
  });

  it('a member replies to their notification email: exactly the new text becomes their post, live, with the usual notifications; the same message twice makes one post', async () => {
    await setEmail(pub.member, 'IMMEDIATELY');
    const threadId = await newThread(pub.member, 'Village hall rota');
    await ok('mutation($id: ID!) { watchThread(threadId: $id, level: WATCHING) { id } }', { id: threadId }, pub.admin.token);
    await reply(pub.coordinator, threadId, 'Who can do Saturday?');
    const notification = await mailFor((m) => m.to === pub.member.email && m.subject.includes('Village hall rota'));
    const replyTo = notification.headers['reply-to'];
    expect(replyTo).toMatch(new RegExp(`^r\\+[A-Za-z0-9_-]+@${DOMAIN.replace(/\./g, '\\.')}$`));
    expect(replyTo.split('@')[0].length).toBeLessThanOrEqual(64);

    const live = collect(t.ws(pub.outsider.token), 'subscription($id: ID!) { postAdded(threadId: $id) { body author { id } } }', { id: threadId });
    await tick(300);
    const answer = {
      from: `Mel Member <${pub.member.email}>`,
      to: replyTo,
      subject: `Re: ${notification.subject}`,
      messageId: `<reply-1-${threadId}@mail.example.net>`,
      text: `I can do Saturday morning.\n\nOn Mon, 7 Dec 2026 at 07:00, Community Hub <no-reply@${DOMAIN}> wrote:\n> Cora Coordinator replied in “Village hall rota”\n> Who can do Saturday?\n`,
    };
    await send(answer);
    expect(await live.next(1, 10000)).toBe(true);
    expect(live.events[0].postAdded).toEqual({ body: 'I can do Saturday morning.', author: { id: pub.member.id } });
    // The usual notifications: a watcher hears of the reply.
    const list = async () => (await ok('{ notifications(first: 20) { nodes { kind path actor { id } } } }', {}, pub.admin.token)).notifications.nodes as any[];
    for (let i = 0; i < 50 && !(await list()).some((n) => n.actor?.id === pub.member.id && n.path.includes(threadId)); i++) await tick(100);
    expect((await list()).some((n) => n.kind === 'REPLY' && n.actor?.id === pub.member.id && n.path.endsWith(`${threadId}#post-3`))).toBe(true);

    // Delivered again (a retrying relay, then the webhook): still one post.
    await send(answer);
    const raw = await new MailComposer({ ...answer }).compile().build();
    const again = await fetch(`${t.url}/email/inbound`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822' }, body: raw });
    expect(await again.json()).toEqual({ status: 'DUPLICATE' });
    await tick(500);
    expect((await posts(threadId)).map((p) => p.body)).toEqual(['Opening post', 'Who can do Saturday?', 'I can do Saturday morning.']);
    live.unsubscribe();
  });

  it('refuses a forged sender with a valid token (one polite bounce an hour), drops an out-of-office without a bounce, and a relay-reported DMARC fail', async () => {
    const threadId = await newThread(pub.coordinator, 'Litter pick');
    const replyTo = addresses.replyTo(pub.member.id, threadId);
    const forger = 'someone@forged.example.net';
    await send({ from: forger, to: replyTo, subject: 'Re: Litter pick', text: 'Spam spam spam' });
    const bounce = await mailFor((m) => m.to === forger);
    expect(bounce.subject).toBe('Not posted: Re: Litter pick');
    expect(bounce.text).toMatch(/belongs to a member account with a different email address/);
    expect(bounce.headers['auto-submitted']).toBe('auto-replied');
    await send({ from: forger, to: replyTo, subject: 'Re: Litter pick', text: 'Spam again' });

    // Out of office, from the right person: neither a post nor a bounce.
    await send({ from: pub.member.email, to: replyTo, subject: 'Automatic reply: Litter pick', text: 'I am away until Monday.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await send({ from: pub.member.email, to: replyTo, subject: 'Out of office', text: 'Away.', headers: { 'X-Autoreply': 'yes' } });
    // A DMARC fail written by our trusted relay refuses even the right address; one written by anybody else is not believed.
    await send({ from: pub.member.email, to: replyTo, subject: 'Re: Litter pick', text: 'Forged via DMARC', headers: { 'Authentication-Results': `mx.${DOMAIN}; spf=fail smtp.mailfrom=${pub.member.email}; dmarc=fail (p=reject) header.from=example.org` } });
    await send({ from: pub.member.email, to: replyTo, subject: 'Re: Litter pick', text: 'Count me in.', headers: { 'Authentication-Results': 'evil.example.net; dmarc=fail header.from=example.org' } });
    await mailFor((m) => m.to === pub.member.email && m.subject === 'Not posted: Re: Litter pick');
    await tick(1000);
    expect(mailsTo(forger)).toHaveLength(1);
    expect(mailsTo(pub.member.email).filter((m) => m.subject.startsWith('Not posted'))).toHaveLength(1);
    expect((await posts(threadId)).map((p) => p.body)).toEqual(['Opening post', 'Count me in.']);
  });

  it('refuses replies to a locked thread and from a suspended member, and empty replies, changing nothing', async () => {
    const threadId = await newThread(pub.coordinator, 'Closed topic');
    await ok('mutation($i: SetThreadFlagInput!) { lockThread(input: $i) { locked } }', { i: { threadId, value: true, reason: '' } }, pub.coordinator.token);
    // Each refusal from a different sender: at most one bounce an hour goes to each.
    await send({ from: pub.platformAdmin.email, to: addresses.replyTo(pub.platformAdmin.id, threadId), subject: 'Re: Closed topic', text: 'Late reply' });
    const openId = await newThread(pub.coordinator, 'Open topic');
    await send({ from: pub.suspended.email, to: addresses.replyTo(pub.suspended.id, openId), subject: 'Re: Open topic', text: 'Let me in' });
    await send({ from: pub.admin.email, to: addresses.replyTo(pub.admin.id, openId), subject: 'Re: Open topic', text: '\n> only the quoted text\n' });
    expect((await mailFor((m) => m.to === pub.platformAdmin.email && m.subject === 'Not posted: Re: Closed topic')).text).toMatch(/locked/);
    expect((await mailFor((m) => m.to === pub.suspended.email && m.subject.startsWith('Not posted'))).text).toMatch(/suspended/);
    expect((await mailFor((m) => m.to === pub.admin.email && m.subject.startsWith('Not posted'))).text).toMatch(/no new text/);
    expect(await posts(threadId)).toHaveLength(1);
    expect(await posts(openId)).toHaveLength(1);
  });

  it('files attachments the library accepts in a "From email" folder and lists the others; refuses mail over INBOUND_MAX_BYTES', async () => {
    const threadId = await newThread(pub.coordinator, 'Photos from the fair');
    const result = await send({
      from: pub.coordinator.email,
      to: addresses.replyTo(pub.coordinator.id, threadId),
      subject: 'Re: Photos',
      html: '<p>Here is <b>the</b> photo.</p>',
      attachments: [
        { filename: 'stall.png', content: PNG, contentType: 'image/png' },
        { filename: 'setup.exe', content: Buffer.from('MZ not really a program'), contentType: 'application/x-msdownload' },
      ],
    });
    expect(result.accepted).toHaveLength(1);
    let body = '';
    for (let i = 0; i < 50 && !body; i++, await tick(100)) body = (await posts(threadId))[1]?.body ?? '';
    const folders = (await ok('query($s: String!) { network(slug: $s) { folders { id name documents(first: 5) { nodes { id title } } } } }', { s: pub.slug }, pub.member.token)).network.folders;
    const fromEmail = folders.find((f: any) => f.name === 'From email');
    expect(fromEmail.documents.nodes).toEqual([{ id: expect.any(String), title: 'stall.png' }]);
    expect(body).toBe(`Here is the photo.\n\nAttached:\n- [stall.png](/n/${pub.slug}/d/${fromEmail.documents.nodes[0].id})\n\nNot included:\n- setup.exe (this type of file cannot be added to the library)`);

    const sender = await t.register('Big Sender');
    const large = await send({ from: sender.email, to: addresses.replyTo(sender.id, threadId), subject: 'Big one', text: 'x', attachments: [{ filename: 'big.txt', content: Buffer.alloc(400 * 1024, 'a') }] });
    expect(large.accepted).toHaveLength(1);
    expect((await mailFor((m) => m.to === sender.email && m.subject === 'Not posted: Big one')).text).toMatch(/larger than 300 KB/);
    expect(await posts(threadId)).toHaveLength(2);
  });

  it('POST /email/inbound: refused without the token; hard bounces and complaints stop mail to that address, shown to that person only', async () => {
    const raw = await new MailComposer({ from: pub.member.email, to: addresses.replyTo(pub.member.id, pub.networkId), subject: 'x', text: 'y' }).compile().build();
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`]) {
      const res = await fetch(`${t.url}/email/inbound`, { method: 'POST', headers: { 'content-type': 'message/rfc822', ...(authorization ? { authorization } : {}) }, body: raw });
      expect(res.status).toBe(401);
    }
    const gone = await t.register('Gone Away');
    const dsn = [
      `From: MAILER-DAEMON@mx.example.net`,
      `To: no-reply@${DOMAIN}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <dsn-1@mx.example.net>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      `Final-Recipient: rfc822; ${gone.email}`,
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '--B--',
      '',
    ].join('\r\n');
    const res = await fetch(`${t.url}/email/inbound`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822' }, body: dsn });
    expect(await res.json()).toEqual({ status: 'REPORT' });
    const me = await ok('{ me { emailDeliveryStopped { reason detail } } }', {}, gone.token);
    expect(me.me.emailDeliveryStopped).toEqual({ reason: 'HARD_BOUNCE', detail: '5.1.1 smtp; 550 5.1.1 user unknown' });
    await ok('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: pub.networkId }, gone.token);
    const members = (await ok('query($s: String!) { network(slug: $s) { members(first: 50) { nodes { user { id emailDeliveryStopped { reason } } } } } }', { s: pub.slug }, pub.admin.token)).network.members.nodes;
    expect(members.find((m: any) => m.user.id === gone.id).user.emailDeliveryStopped).toBeNull();
    expect((await ok('{ me { emailDeliveryStopped { reason } } }', {}, pub.member.token)).me.emailDeliveryStopped).toBeNull();
  });

  it('mailing-list mode: one email per post, threaded, with list headers', async () => {
    await setEmail(pub.admin, 'MAILING_LIST');
    const threadId = await newThread(pub.coordinator, 'Allotment news', 'The **plots** are ready.');
    await reply(pub.member, threadId, 'Great, thanks!');
    const first = await mailFor((m) => m.to === pub.admin.email && m.subject === `[Network ${pub.slug}] Allotment news`);
    const second = await mailFor((m) => m.to === pub.admin.email && m.subject === `Re: [Network ${pub.slug}] Allotment news`);
    const opening = `<thread-${threadId}-1@${DOMAIN}>`;
    expect(first.headers['message-id']).toBe(opening);
    expect(first.headers['in-reply-to']).toBeUndefined();
    expect(second.headers['message-id']).toBe(`<thread-${threadId}-2@${DOMAIN}>`);
    expect(second.headers['in-reply-to']).toBe(opening);
    expect(second.headers['references']).toBe(opening);
    expect(second.headers['list-id']).toBe(`Network ${pub.slug} <${pub.slug}.${DOMAIN}>`);
    expect(second.headers['list-post']).toBe(`<mailto:${addresses.replyTo(pub.admin.id, threadId)}>`);
    expect(second.headers['list-unsubscribe']).toMatch(/^<https:\/\/hub\.example\.org\/email\/unsubscribe\?token=/);
    expect(first.text).toContain('The **plots** are ready.');
    expect(second.text).toContain('Mel Member wrote:\n\nGreat, thanks!');
    await tick(1500);
    expect(mailsTo(pub.admin.email).filter((m) => m.subject.includes('Allotment news'))).toHaveLength(2);
  });

  it('a new thread by email, where the network allows it: the first is confirmed by a reply, later ones post at once', async () => {
    const networkAddress = `${pub.slug}@${DOMAIN}`;
    const SET = 'mutation($n: ID!, $e: Boolean!) { setNetworkThreadsByEmail(networkId: $n, enabled: $e) { threadsByEmail emailAddress } }';
    const ADDRESS = 'query($s: String!) { network(slug: $s) { threadsByEmail emailAddress } }';
    // Off by default: refused with a bounce, and the address is not shown.
    await send({ from: pub.coordinator.email, to: networkAddress, subject: 'Too early', text: 'Hello' });
    expect((await mailFor((m) => m.to === pub.coordinator.email && m.subject === 'Not posted: Too early')).text).toMatch(/does not take new conversations by email/);
    expect((await ok(ADDRESS, { s: pub.slug }, pub.member.token)).network).toEqual({ threadsByEmail: false, emailAddress: null });
    // Only coordinators and admins may turn it on.
    expect((await t.gql(SET, { n: pub.networkId, e: true }, pub.member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SET, { n: pub.networkId, e: true })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok(SET, { n: pub.networkId, e: true }, pub.coordinator.token)).setNetworkThreadsByEmail).toEqual({ threadsByEmail: true, emailAddress: networkAddress });
    expect((await ok(ADDRESS, { s: pub.slug }, pub.member.token)).network.emailAddress).toBe(networkAddress);
    expect((await ok(ADDRESS, { s: pub.slug }, pub.outsider.token)).network.emailAddress).toBeNull();
    expect((await t.gql(ADDRESS, { s: pub.slug })).data.network.emailAddress).toBeNull();

    const threadsNamed = async (title: string) =>
      ((await ok('query($s: String!) { network(slug: $s) { threads(first: 50) { nodes { id title author { id } } } } }', { s: pub.slug }, pub.member.token)).network.threads.nodes as any[]).filter((n) => n.title === title);
    await send({ from: pub.member.email, to: networkAddress, subject: 'Lost cat in Mill Lane', text: 'Grey tabby, answers to Smudge.\n\n-- \nMel' });
    const confirmation = await mailFor((m) => m.to === pub.member.email && m.subject === 'Please confirm your new conversation: Lost cat in Mill Lane');
    expect(confirmation.headers['reply-to']).toMatch(/^c\+/);
    expect(await threadsNamed('Lost cat in Mill Lane')).toEqual([]);
    // Someone else cannot confirm it.
    await send({ from: pub.outsider.email, to: confirmation.headers['reply-to'], subject: 'Re: confirm', text: 'yes' });
    await mailFor((m) => m.to === pub.outsider.email && m.subject === 'Not posted: Re: confirm');
    expect(await threadsNamed('Lost cat in Mill Lane')).toEqual([]);
    await send({ from: pub.member.email, to: confirmation.headers['reply-to'], subject: `Re: ${confirmation.subject}`, text: 'Yes' });
    let created: any[] = [];
    for (let i = 0; i < 50 && !created.length; i++, await tick(100)) created = await threadsNamed('Lost cat in Mill Lane');
    expect(created).toEqual([{ id: expect.any(String), title: 'Lost cat in Mill Lane', author: { id: pub.member.id } }]);
    expect((await posts(created[0].id)).map((p) => p.body)).toEqual(['Grey tabby, answers to Smudge.']);

    await send({ from: pub.member.email, to: networkAddress, subject: 'Found: the cat', text: 'Smudge is home.' });
    let second: any[] = [];
    for (let i = 0; i < 50 && !second.length; i++, await tick(100)) second = await threadsNamed('Found: the cat');
    expect(second).toHaveLength(1);
    expect(sink.received.filter((m) => m.to === pub.member.email && m.subject.startsWith('Please confirm'))).toHaveLength(1);
  });
});
