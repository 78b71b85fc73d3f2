import { createHash } from 'node:crypto';
import EmailReplyParser from 'email-reply-parser';
import { htmlToText } from 'html-to-text';
import headerParser from 'mailauth/lib/parse-dkim-headers';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';

export interface InboundAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** A delivery report (RFC 3464) or a complaint (RFC 5965, ARF) about mail we sent. */
export interface MailReport {
  kind: 'HARD_BOUNCE' | 'COMPLAINT';
  recipients: string[];
  detail: string;
}

/** What the rules need of one inbound email. */
export interface InboundMessage {
  /** The Message-ID, or a hash of the message without one: the same message twice has the same key. */
  messageKey: string;
  /** The From address, lower-cased (null when there is none we can read). */
  from: string | null;
  subject: string;
  /** Where it was sent: the SMTP envelope's recipients, else the To, Cc and Delivered-To headers. */
  recipients: string[];
  /** An out-of-office or other automatic answer: dropped without a bounce. */
  autoReply: boolean;
  report: MailReport | null;
  /** DMARC results written by mail servers on the way: [authserv-id, result]. */
  dmarcResults: { authservId: string; result: string }[];
  /** The new text only: quoted earlier messages and the signature removed; HTML mail read as text. */
  text: string;
  attachments: InboundAttachment[];
}

/** Local parts keep their case (reply tokens are case-sensitive, RFC 5321 2.4); domains are lower-cased. */
export const normaliseAddress = (address: string): string => {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
};

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => normaliseAddress(v.address ?? ''))).filter(Boolean);

const header = (parsed: ParsedMail, name: string): string => {
  const value = parsed.headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
};

/**
 * Automatic answers, by the headers mail systems set on them: RFC 3834
 * `Auto-Submitted` (anything but "no"), Exchange's and others' `X-Autoreply` /
 * `X-Autorespond`, `Precedence: auto_reply | bulk | junk`, and
 * `X-Auto-Response-Suppress` together with an out-of-office subject.
 */
export function isAutoReply(parsed: ParsedMail): boolean {
  const submitted = header(parsed, 'auto-submitted').trim().toLowerCase();
  if (submitted && submitted !== 'no') return true;
  if (['x-autoreply', 'x-autorespond', 'x-autoresponder'].some((name) => parsed.headers.has(name))) return true;
  if (/^(auto_reply|bulk|junk)$/i.test(header(parsed, 'precedence').trim())) return true;
  return /^(auto(matic)? ?reply|out of (the )?office|abwesenheit)/i.test(parsed.subject ?? '') && parsed.headers.has('x-auto-response-suppress');
}

/** Fields of a report part ("Name: value" lines, RFC 3464 / 5965), continuation lines joined. */
function reportFields(text: string): { name: string; value: string }[] {
  return text
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => /^([A-Za-z-]+):\s*(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => ({ name: m[1].toLowerCase(), value: m[2].trim() }));
}

const addressIn = (value: string) => {
  const found = /([^\s;<>]+@[^\s;<>]+)/.exec(value)?.[1];
  return found ? normaliseAddress(found) : null;
};

/** A hard bounce (a failed recipient with a permanent 5.x.x status) or a complaint; transient failures are not reports here. */
export function readReport(parsed: ParsedMail): MailReport | null {
  const type = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value?.toLowerCase() !== 'multipart/report') return null;
  const reportType = type.params?.['report-type']?.toLowerCase();
  const text = [parsed.text ?? '', ...parsed.attachments.filter((a) => /^message\/(delivery-status|feedback-report)$/i.test(a.contentType)).map((a) => a.content.toString('utf8'))].join('\n');
  const fields = reportFields(text);
  if (reportType === 'feedback-report') {
    const original = parsed.attachments.find((a) => /^(message\/rfc822|text\/rfc822-headers)$/i.test(a.contentType));
    const recipients = fields.filter((f) => f.name === 'original-rcpt-to').map((f) => addressIn(f.value));
    if (!recipients.length && original) {
      const to = reportFields(original.content.toString('utf8').split(/\r?\n\r?\n/)[0]).find((f) => f.name === 'to');
      if (to) recipients.push(addressIn(to.value));
    }
    const kind = fields.find((f) => f.name === 'feedback-type')?.value ?? 'abuse';
    return { kind: 'COMPLAINT', recipients: recipients.filter((r): r is string => Boolean(r)).map((r) => r.toLowerCase()), detail: `complaint (${kind})` };
  }
  if (reportType !== 'delivery-status') return null;
  // Per-recipient groups: Final-Recipient, then its Action and Status.
  const failed: string[] = [];
  let detail = '';
  let current: string | null = null;
  let action = '';
  const close = (status: string) => {
    if (current && action === 'failed' && status.startsWith('5')) failed.push(current);
  };
  for (const field of fields) {
    if (field.name === 'final-recipient') {
      current = addressIn(field.value);
      action = '';
    } else if (field.name === 'action') {
      action = field.value.toLowerCase();
    } else if (field.name === 'status') {
      close(field.value);
      if (!detail) detail = field.value;
    } else if (field.name === 'diagnostic-code' && failed.length) {
      detail = `${detail} ${field.value}`.trim();
    }
  }
  return failed.length ? { kind: 'HARD_BOUNCE', recipients: [...new Set(failed.map((r) => r.toLowerCase()))], detail: detail || 'permanent failure' } : null;
}

/** Removes the quoted earlier text and the signature (email-reply-parser), and trims blank lines at the ends. */
export function newText(text: string): string {
  const visible = new EmailReplyParser().parseReply(text.replace(/\r\n/g, '\n'));
  return visible.replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
}

/**
 * The message's text. mailparser converts an HTML-only message to text, but not an
 * HTML part beside attachments (multipart/mixed): that one is converted here with
 * the same converter and limits.
 */
function bodyText(parsed: ParsedMail): string {
  if (parsed.text?.trim()) return parsed.text;
  if (typeof parsed.html === 'string' && parsed.html.length <= 5 * 1024 * 1024) {
    return htmlToText(parsed.html, { wordwrap: false, limits: { maxDepth: 100 }, selectors: [{ selector: 'img', format: 'skip' }] });
  }
  return '';
}

/** Parses raw MIME with mailparser (HTML-only mail comes back as readable text). */
export async function readInbound(raw: Buffer, envelope: { recipients?: string[] } = {}): Promise<InboundMessage> {
  const parsed = await simpleParser(raw, { skipImageLinks: true });
  const messageId = (parsed.messageId ?? '').trim();
  const messageKey = messageId ? messageId.slice(0, 300) : `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  const recipients = envelope.recipients?.length
    ? envelope.recipients.map(normaliseAddress)
    : [...addresses(parsed.to), ...addresses(parsed.cc), ...[header(parsed, 'delivered-to'), header(parsed, 'x-original-to')].map(addressIn).filter((a): a is string => Boolean(a))];
  const dmarcResults = ([] as string[])
    .concat((parsed.headerLines ?? []).filter((h) => h.key === 'authentication-results').map((h) => h.line))
    .map((line) => headerParser(line).parsed)
    .filter((r) => r.dmarc)
    .map((r) => ({ authservId: String(r.value ?? '').toLowerCase(), result: String(r.dmarc!.value).toLowerCase() }));
  const report = readReport(parsed);
  return {
    messageKey,
    from: addresses(parsed.from)[0]?.toLowerCase() ?? null,
    subject: (parsed.subject ?? '').trim(),
    recipients: [...new Set(recipients)],
    autoReply: isAutoReply(parsed),
    report,
    dmarcResults,
    text: report ? '' : newText(bodyText(parsed)),
    attachments: report
      ? []
      : parsed.attachments
          .filter((a) => a.contentDisposition === 'attachment' || !a.related)
          .map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType.toLowerCase(), content: a.content })),
  };
}

/** The headers of a message too large to read whole: enough to know whom to tell. */
export async function readHeadOnly(head: Buffer): Promise<{ from: string | null; subject: string; messageKey: string; autoReply: boolean }> {
  const end = head.indexOf('\r\n\r\n') >= 0 ? head.indexOf('\r\n\r\n') : head.indexOf('\n\n');
  const parsed = await simpleParser(end >= 0 ? head.subarray(0, end + 2) : head);
  return {
    from: addresses(parsed.from)[0]?.toLowerCase() ?? null,
    subject: (parsed.subject ?? '').trim(),
    messageKey: (parsed.messageId ?? '').trim().slice(0, 300) || `sha256:${createHash('sha256').update(head).digest('hex')}`,
    autoReply: isAutoReply(parsed),
  };
}
