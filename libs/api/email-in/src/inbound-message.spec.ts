import MailComposer from 'nodemailer/lib/mail-composer';
import { newText, readInbound } from './inbound-message';

const build = (options: ConstructorParameters<typeof MailComposer>[0]) => new MailComposer(options).compile().build();

describe('readInbound', () => {
  it('keeps only the new text of a plain reply: quoted text and signature removed', async () => {
    const raw = await build({
      from: 'Mel <MEL@Example.org>',
      to: 'r+AbC_-1@Hub.Example.org',
      subject: 'Re: rota',
      messageId: '<m1@example.org>',
      text: 'Yes, Saturday works.\n\nThanks\n\n-- \nMel Member\n07700 900000\n\nOn Mon, 7 Dec 2026 at 07:00, Hub <no-reply@hub.example.org> wrote:\n> Who can do Saturday?\n',
    });
    const message = await readInbound(raw);
    expect(message).toMatchObject({ from: 'mel@example.org', messageKey: '<m1@example.org>', autoReply: false, report: null, text: 'Yes, Saturday works.\n\nThanks' });
    // Reply tokens keep their case; the domain is lower-cased.
    expect(message.recipients).toEqual(['r+AbC_-1@hub.example.org']);
  });

  it('reads simple HTML mail as text, without the quoted part', async () => {
    const raw = await build({
      from: 'mel@example.org',
      to: 'r+x@hub.example.org',
      html: '<div><p>Sounds <b>good</b>.</p><ul><li>tea</li><li>cake</li></ul></div><div class="gmail_quote">On Mon, 7 Dec 2026, Hub wrote:<blockquote>old text</blockquote></div>',
      attachments: [{ filename: 'a.txt', content: 'hello' }],
    });
    const message = await readInbound(raw);
    expect(message.text).toBe('Sounds good.\n\n * tea\n * cake');
    expect(message.attachments.map((a) => [a.filename, a.contentType])).toEqual([['a.txt', 'text/plain']]);
    // No Message-ID header of ours: nodemailer makes one; without any, a hash of the message is the key.
    expect(message.messageKey).toMatch(/^<.+>$/);
  });

  it.each([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }],
    ['X-Autoreply', { 'X-Autoreply': 'yes' }],
    ['Precedence: auto_reply', { Precedence: 'auto_reply' }],
    ['Precedence: bulk', { Precedence: 'bulk' }],
  ])('recognises an automatic answer (%s)', async (_name, headers) => {
    const message = await readInbound(await build({ from: 'a@example.org', to: 'r+x@hub.example.org', subject: 'Out of office', text: 'Away', headers }));
    expect(message.autoReply).toBe(true);
  });

  it('does not take Auto-Submitted: no for an automatic answer', async () => {
    const message = await readInbound(await build({ from: 'a@example.org', to: 'r+x@hub.example.org', text: 'Hi', headers: { 'Auto-Submitted': 'no' } }));
    expect(message.autoReply).toBe(false);
  });

  it('reads DMARC results of Authentication-Results headers with their server', async () => {
    const message = await readInbound(
      await build({ from: 'a@example.org', to: 'r+x@hub.example.org', text: 'Hi', headers: { 'Authentication-Results': 'mx.hub.example.org; spf=pass smtp.mailfrom=a@example.org; dmarc=fail (p=reject) header.from=example.org' } }),
    );
    expect(message.dmarcResults).toEqual([{ authservId: 'mx.hub.example.org', result: 'fail' }]);
  });

  const report = (type: string, part: string, extra = '') =>
    Buffer.from(
      [
        'From: MAILER-DAEMON@mx.example.net',
        'To: no-reply@hub.example.org',
        'Message-ID: <r1@mx.example.net>',
        'MIME-Version: 1.0',
        `Content-Type: multipart/report; report-type=${type}; boundary="B"`,
        '',
        '--B',
        'Content-Type: text/plain',
        '',
        'A report.',
        '--B',
        `Content-Type: message/${type === 'feedback-report' ? 'feedback-report' : 'delivery-status'}`,
        '',
        part,
        extra,
        '--B--',
        '',
      ].join('\r\n'),
    );

  it('reads a hard bounce (RFC 3464) and ignores a delayed or soft one', async () => {
    const hard = await readInbound(report('delivery-status', 'Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; Gone@Example.net\r\nAction: failed\r\nStatus: 5.1.1'));
    expect(hard.report).toEqual({ kind: 'HARD_BOUNCE', recipients: ['gone@example.net'], detail: '5.1.1' });
    const soft = await readInbound(report('delivery-status', 'Final-Recipient: rfc822; full@example.net\r\nAction: delayed\r\nStatus: 4.2.2'));
    expect(soft.report).toBeNull();
  });

  it('reads a complaint (ARF, RFC 5965)', async () => {
    const complaint = await readInbound(report('feedback-report', 'Feedback-Type: abuse\r\nUser-Agent: x/1\r\nVersion: 1\r\nOriginal-Rcpt-To: upset@example.net'));
    expect(complaint.report).toEqual({ kind: 'COMPLAINT', recipients: ['upset@example.net'], detail: 'complaint (abuse)' });
  });
});

describe('newText', () => {
  it('is empty when only quoted text was sent', () => {
    expect(newText('\n> only the quoted text\n')).toBe('');
  });
});
