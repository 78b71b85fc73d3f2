import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountsService } from '@community-hub/api-accounts';
import { Permission, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { badInput, type Caller, DomainError, ErrorCode } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig, publicBaseUrl } from '@community-hub/api-config';
import { BODY_MAX, ForumService, TITLE_MAX } from '@community-hub/api-forum';
import { ALLOWED_CONTENT_TYPES, DocumentKind, LibraryService, matchesDeclaredType, SIGNATURE_BYTES } from '@community-hub/api-library';
import { MailService, MailSuppressionReason, type ParsedAddress, ReplyAddresses } from '@community-hub/api-mail';
import { NetworksService } from '@community-hub/api-networks';
import { stagingKey, StorageService } from '@community-hub/api-storage';
import { DNS_RESOLVER, dmarcResult, type DnsResolver } from './dmarc-check';
import { InboundEmailStatus } from './entities/inbound-email.entity';
import { type InboundAttachment, type InboundMessage, readHeadOnly, readInbound } from './inbound-message';

/** Why an email was refused; each has a short, polite explanation in the bounce. */
export enum RefusalReason {
  UNKNOWN_ADDRESS = 'UNKNOWN_ADDRESS',
  WRONG_SENDER = 'WRONG_SENDER',
  DMARC_FAIL = 'DMARC_FAIL',
  THREAD_LOCKED = 'THREAD_LOCKED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  EMPTY = 'EMPTY',
  TOO_LONG = 'TOO_LONG',
  TOO_LARGE = 'TOO_LARGE',
  THREADS_BY_EMAIL_OFF = 'THREADS_BY_EMAIL_OFF',
  UNKNOWN_SENDER = 'UNKNOWN_SENDER',
  NO_SUBJECT = 'NO_SUBJECT',
}

const EXPLANATIONS: Record<RefusalReason, (maxSize: string) => string> = {
  UNKNOWN_ADDRESS: () => 'We could not tell which conversation your email belongs to: the address it was sent to is not one of ours, or it has been damaged. Please answer on the website instead.',
  WRONG_SENDER: () => 'This reply address belongs to a member account with a different email address, so we did not post your message. Please reply from the address your account uses, or on the website.',
  DMARC_FAIL: () => "Your email could not be verified as really coming from your address (the sender's domain asks for mail that fails its DMARC check to be refused), so we did not post it.",
  THREAD_LOCKED: () => 'This conversation has been locked by its coordinators, so no new replies can be added.',
  NOT_ALLOWED: () => 'You cannot post here at the moment: your membership may have been suspended or ended, or the conversation is no longer open to you.',
  EMPTY: () => 'We found no new text in your email (only the quoted earlier message), so there was nothing to post.',
  TOO_LONG: () => `Your message is longer than ${BODY_MAX.toLocaleString('en-GB')} characters, the most a post can hold. Please shorten it, or post it on the website in parts.`,
  TOO_LARGE: (maxSize) => `Your email is larger than ${maxSize}, the most we accept. Please send large files by adding them to the library on the website.`,
  THREADS_BY_EMAIL_OFF: () => 'This network does not take new conversations by email. Please start it on the website.',
  UNKNOWN_SENDER: () => 'We could not find a member of this network with your email address. Please send from the address your account uses, or start the conversation on the website.',
  NO_SUBJECT: () => "A new conversation needs a subject: it becomes the conversation's title.",
};

export interface InboundOutcome {
  status: InboundEmailStatus | 'DUPLICATE';
  reason?: RefusalReason | 'AUTO_REPLY' | 'NO_SENDER';
  postId?: string;
  threadId?: string;
}

const FROM_EMAIL_FOLDER = 'From email';
const LOOP_SENDERS = /^(mailer-daemon|postmaster|no-?reply|bounces?)([+@-]|$)/i;

/**
 * Email in: a reply to a thread's reply address becomes the person's post, an
 * email to a network's address starts a thread, and delivery reports stop mail
 * to addresses that bounce or complain. Posts go through the forum's own reply
 * and create paths (its access, lock and length rules, its notices, its live
 * events); files through the library's upload path (its types and sizes).
 * Every message is handled once (its Message-ID); refusals change nothing and
 * are answered with at most one bounce per sender an hour.
 */
@Injectable()
export class EmailInService {
  private readonly logger = new Logger(EmailInService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly forum: ForumService,
    private readonly library: LibraryService,
    private readonly storage: StorageService,
    private readonly networks: NetworksService,
    private readonly accounts: AccountsService,
    private readonly access: SpaceAccessService,
    private readonly mail: MailService,
    private readonly addresses: ReplyAddresses,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DNS_RESOLVER) private readonly resolver: DnsResolver,
  ) {}

  /**
   * One inbound email as raw MIME. `truncated`: the sender went over INBOUND_MAX_BYTES
   * and `raw` holds only its beginning (enough for the headers, to tell them).
   */
  async receive(
    raw: Buffer,
    options: { recipients?: string[]; truncated?: boolean; connection?: { ip: string; helo?: string; sender?: string } } = {},
  ): Promise<InboundOutcome> {
    if (options.truncated) {
      const head = await readHeadOnly(raw);
      if (head.autoReply || !head.from) return { status: InboundEmailStatus.DROPPED, reason: head.autoReply ? 'AUTO_REPLY' : 'NO_SENDER' };
      const id = await this.claim(head.messageKey, head.from, options.recipients?.[0] ?? '');
      if (!id) return { status: 'DUPLICATE' };
      return this.refuse(id, head.from, head.subject, RefusalReason.TOO_LARGE);
    }
    const message = await readInbound(raw, options);
    if (message.report) {
      for (const recipient of message.report.recipients) {
        await this.mail.suppress(recipient, message.report.kind === 'COMPLAINT' ? MailSuppressionReason.COMPLAINT : MailSuppressionReason.HARD_BOUNCE, message.report.detail);
      }
      await this.claim(message.messageKey, message.from ?? '', '', InboundEmailStatus.REPORT);
      return { status: InboundEmailStatus.REPORT };
    }
    if (message.autoReply || !message.from) {
      await this.claim(message.messageKey, message.from ?? '', '', InboundEmailStatus.DROPPED, message.autoReply ? 'AUTO_REPLY' : 'NO_SENDER');
      return { status: InboundEmailStatus.DROPPED, reason: message.autoReply ? 'AUTO_REPLY' : 'NO_SENDER' };
    }
    const target = message.recipients.map((r) => ({ address: r, parsed: this.addresses.parse(r) })).find((r) => r.parsed);
    const id = await this.claim(message.messageKey, message.from, target?.address ?? message.recipients[0] ?? '');
    if (!id) return { status: 'DUPLICATE' };
    try {
      return await this.handle(id, message, target?.parsed ?? null, () => this.dmarcFailedAtSource(raw, options.connection));
    } catch (error) {
      // Not handled (a fault, not a refusal): forget it, so the sender's server or the webhook may deliver it again.
      await this.db.query('DELETE FROM inbound_emails WHERE id = $1', [id]);
      throw error;
    }
  }

  private async handle(id: string, message: InboundMessage, target: ParsedAddress | null, failedAtSource: () => Promise<boolean>): Promise<InboundOutcome> {
    const from = message.from!;
    if (!target) return this.refuse(id, from, message.subject, RefusalReason.UNKNOWN_ADDRESS);
    if (this.dmarcFailed(message) || (await failedAtSource())) return this.refuse(id, from, message.subject, RefusalReason.DMARC_FAIL);
    if (target.kind === 'reply') return this.reply(id, message, target.userId, target.threadId);
    if (target.kind === 'confirm') return this.confirm(id, message, target.draftId);
    return this.newThread(id, message, target.slug);
  }

  /** A DMARC fail recorded by a relay we trust (INBOUND_TRUSTED_RELAYS); results from others could be forged by the sender. */
  private dmarcFailed(message: InboundMessage): boolean {
    const trusted = new Set(this.config.inbound.trustedRelays);
    return message.dmarcResults.some((r) => trusted.has(r.authservId) && r.result === 'fail');
  }

  /** With INBOUND_VERIFY_DMARC, mail taken straight from the sender's server by our listener is checked here (a DNS failure is not a fail). */
  private async dmarcFailedAtSource(raw: Buffer, connection?: { ip: string; helo?: string; sender?: string }): Promise<boolean> {
    if (!this.config.inbound.verifyDmarc || !connection) return false;
    const result = await dmarcResult(raw, connection, this.resolver, this.addresses.domain).catch((error: Error) => {
      this.logger.warn(`DMARC check not made: ${error.message}`);
      return null;
    });
    return result === 'fail';
  }

  // ---- replies ---------------------------------------------------------------------

  private async reply(id: string, message: InboundMessage, userId: string, threadId: string): Promise<InboundOutcome> {
    const from = message.from!;
    const user = await this.accounts.findById(userId);
    if (!user || user.email.toLowerCase() !== from) return this.refuse(id, from, message.subject, RefusalReason.WRONG_SENDER);
    const caller: Caller = { userId };
    const thread = await this.forum.findThread(caller, threadId);
    if (!thread || !(await this.access.checkAccess({ caller, permission: Permission.THREAD_REPLY, ids: [threadId] })).has(threadId)) {
      return this.refuse(id, from, message.subject, RefusalReason.NOT_ALLOWED);
    }
    if (thread.locked) return this.refuse(id, from, message.subject, RefusalReason.THREAD_LOCKED);
    const early = this.checkText(message);
    if (early) return this.refuse(id, from, message.subject, early);
    const files = await this.storeAttachments(caller, thread.spaceId, thread.networkId, message.attachments);
    try {
      const post = await this.forum.reply(caller, { threadId, body: this.withFiles(message.text, files) });
      await this.record(id, InboundEmailStatus.POSTED, null, userId, post.id);
      return { status: InboundEmailStatus.POSTED, postId: post.id, threadId };
    } catch (error) {
      await this.removeFiles(caller, files.documentIds);
      const reason = this.refusalOf(error);
      if (!reason) throw error;
      return this.refuse(id, from, message.subject, reason);
    }
  }

  private checkText(message: InboundMessage): RefusalReason | null {
    if (!message.text.trim() && !message.attachments.length) return RefusalReason.EMPTY;
    if (message.text.length > BODY_MAX) return RefusalReason.TOO_LONG;
    return null;
  }

  /** The forum's refusals, as the reasons a bounce explains (anything else is a fault). */
  private refusalOf(error: unknown): RefusalReason | null {
    if (!(error instanceof DomainError)) return null;
    if (error.code === ErrorCode.BAD_USER_INPUT) return /at most/.test(error.message) ? RefusalReason.TOO_LONG : RefusalReason.EMPTY;
    if (error.code === ErrorCode.FORBIDDEN && /locked/i.test(error.message)) return RefusalReason.THREAD_LOCKED;
    if (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.NOT_FOUND || error.code === ErrorCode.UNAUTHENTICATED) return RefusalReason.NOT_ALLOWED;
    return null;
  }

  // ---- new threads -------------------------------------------------------------------

  private async newThread(id: string, message: InboundMessage, slug: string): Promise<InboundOutcome> {
    const from = message.from!;
    const user = await this.accounts.findByEmail(from);
    // Seen as the sender would see it: a private network's address works for its members.
    const network = await this.networks.findBySlug(user ? { userId: user.id } : null, slug).catch(() => null);
    const [setting]: { threads_by_email: boolean }[] = network
      ? await this.db.query('SELECT threads_by_email FROM network_email_settings WHERE network_id = $1', [network.id])
      : [];
    if (!network || !setting?.threads_by_email) {
      // Unknown networks answer as closed ones do: an address says nothing about which hidden networks exist.
      return this.refuse(id, from, message.subject, network ? RefusalReason.THREADS_BY_EMAIL_OFF : RefusalReason.UNKNOWN_ADDRESS);
    }
    if (!user) return this.refuse(id, from, message.subject, RefusalReason.UNKNOWN_SENDER);
    const caller: Caller = { userId: user.id };
    if (!(await this.access.can(caller, SpacePermission.WRITE, network.id))) return this.refuse(id, from, message.subject, RefusalReason.NOT_ALLOWED);
    const title = message.subject.replace(/^((re|fwd?|aw|wg):\s*)+/i, '').trim().slice(0, TITLE_MAX);
    if (!title) return this.refuse(id, from, message.subject, RefusalReason.NO_SUBJECT);
    const early = this.checkText(message);
    if (early) return this.refuse(id, from, message.subject, early);

    const [confirmedBefore]: unknown[] = await this.db.query('SELECT 1 FROM email_thread_drafts WHERE user_id = $1 AND confirmed_at IS NOT NULL LIMIT 1', [user.id]);
    if (confirmedBefore) {
      const files = await this.storeAttachments(caller, network.id, network.id, message.attachments);
      try {
        const thread = await this.forum.createThread(caller, { networkId: network.id, title, body: this.withFiles(message.text, files), tags: [] });
        await this.record(id, InboundEmailStatus.POSTED, null, user.id, null);
        return { status: InboundEmailStatus.POSTED, threadId: thread.id };
      } catch (error) {
        await this.removeFiles(caller, files.documentIds);
        const reason = this.refusalOf(error);
        if (!reason) throw error;
        return this.refuse(id, from, message.subject, reason);
      }
    }
    // A first thread by email waits for its sender to confirm, by replying to an email sent to the address on record.
    const skipped = message.attachments.map((a) => `${a.filename} (attachments of a first conversation by email are not kept: add them on the website)`);
    const body = this.withFiles(message.text, { links: [], skipped });
    const [draft]: { id: string }[] = await this.db.query(
      'INSERT INTO email_thread_drafts (user_id, network_id, title, body) VALUES ($1, $2, $3, $4) RETURNING id',
      [user.id, network.id, title, body],
    );
    await this.mail.send({
      to: user.email,
      subject: `Please confirm your new conversation: ${title}`,
      replyTo: this.addresses.confirmAddress(draft.id),
      headers: { 'Auto-Submitted': 'auto-replied' },
      text:
        `Hello ${user.name},\n\nYou emailed ${network.name} to start a conversation called "${title}".\n\n` +
        'As this is your first conversation started by email, please confirm it: reply to this email (anything you write is ignored). ' +
        'After that, emails you send to the network start conversations straight away.\n\n' +
        `If it was not you, ignore this email: nothing will be posted.\n\n${publicBaseUrl(this.config)}/n/${network.slug}\n`,
    });
    await this.record(id, InboundEmailStatus.AWAITING_CONFIRMATION, null, user.id, null);
    return { status: InboundEmailStatus.AWAITING_CONFIRMATION };
  }

  private async confirm(id: string, message: InboundMessage, draftId: string): Promise<InboundOutcome> {
    const from = message.from!;
    const [draft]: { user_id: string; network_id: string; title: string; body: string; confirmed_at: Date | null }[] = await this.db.query(
      'SELECT user_id, network_id, title, body, confirmed_at FROM email_thread_drafts WHERE id = $1',
      [draftId],
    );
    if (!draft) return this.refuse(id, from, message.subject, RefusalReason.UNKNOWN_ADDRESS);
    const user = await this.accounts.findById(draft.user_id);
    if (!user || user.email.toLowerCase() !== from) return this.refuse(id, from, message.subject, RefusalReason.WRONG_SENDER);
    if (draft.confirmed_at) {
      await this.record(id, InboundEmailStatus.DROPPED, 'ALREADY_CONFIRMED', user.id, null);
      return { status: InboundEmailStatus.DROPPED };
    }
    const caller: Caller = { userId: user.id };
    try {
      // The claim first: two confirmations at once make one thread.
      const thread = await this.db.transaction(async (tx) => {
        const [[claimed]]: [{ id: string }[], number] = await tx.query(
          'UPDATE email_thread_drafts SET confirmed_at = now() WHERE id = $1 AND confirmed_at IS NULL RETURNING id',
          [draftId],
        );
        if (!claimed) return null;
        const created = await this.forum.createThread(caller, { networkId: draft.network_id, title: draft.title, body: draft.body, tags: [] });
        await tx.query('UPDATE email_thread_drafts SET thread_id = $2 WHERE id = $1', [draftId, created.id]);
        return created;
      });
      if (!thread) {
        await this.record(id, InboundEmailStatus.DROPPED, 'ALREADY_CONFIRMED', user.id, null);
        return { status: InboundEmailStatus.DROPPED };
      }
      await this.record(id, InboundEmailStatus.POSTED, null, user.id, null);
      return { status: InboundEmailStatus.POSTED, threadId: thread.id };
    } catch (error) {
      const reason = this.refusalOf(error);
      if (!reason) throw error;
      return this.refuse(id, from, message.subject, reason);
    }
  }

  // ---- attachments ---------------------------------------------------------------------

  /**
   * Files the library accepts go into the "From email" folder of the thread's own
   * space (a consortium workspace's library for a workspace thread), through the
   * library's upload path; the rest are listed as not included.
   */
  private async storeAttachments(caller: Caller, spaceId: string, networkId: string, attachments: InboundAttachment[]) {
    const result = { links: [] as string[], skipped: [] as string[], documentIds: [] as string[] };
    if (!attachments.length) return result;
    const target = spaceId === networkId ? { networkId } : { consortiumId: spaceId };
    const network = await this.networks.networksById({ loaders: new Map() }).load(networkId);
    const origin = publicBaseUrl(this.config);
    let folderId: string | null = null;
    for (const file of attachments) {
      const label = file.filename.replace(/[[\]()\n\r]/g, ' ').slice(0, 120);
      if (!ALLOWED_CONTENT_TYPES[file.contentType]) {
        result.skipped.push(`${label} (this type of file cannot be added to the library)`);
        continue;
      }
      if (file.content.length < 1 || file.content.length > this.config.library.maxUploadBytes) {
        result.skipped.push(`${label} (too large for the library)`);
        continue;
      }
      if (!matchesDeclaredType(file.contentType, file.content.subarray(0, SIGNATURE_BYTES))) {
        result.skipped.push(`${label} (its contents are not what its type says)`);
        continue;
      }
      try {
        folderId ??= await this.fromEmailFolder(caller, target, spaceId);
        const ticket = await this.library.requestUpload(caller, { ...target, filename: file.filename, contentType: file.contentType, size: file.content.length } as never, origin);
        await this.storage.put(stagingKey(ticket.uploadId), file.content, file.content.length, file.contentType);
        const document = await this.library.completeUpload(caller, {
          uploadId: ticket.uploadId,
          folderId,
          title: file.filename.slice(0, 200),
          description: 'Sent by email',
          kind: DocumentKind.OTHER,
        } as never);
        result.documentIds.push(document.id);
        result.links.push(`[${label}](/n/${network?.slug}/d/${document.id})`);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        result.skipped.push(`${label} (${error.message})`);
      }
    }
    return result;
  }

  private async fromEmailFolder(caller: Caller, target: { networkId?: string; consortiumId?: string }, spaceId: string): Promise<string> {
    const find = async () => (await this.library.listFolders(caller, spaceId)).find((f) => f.name === FROM_EMAIL_FOLDER && !f.parentId);
    const existing = await find();
    if (existing) return existing.id;
    try {
      return (await this.library.createFolder(caller, { ...target, name: FROM_EMAIL_FOLDER } as never)).id;
    } catch (error) {
      const raced = error instanceof DomainError && error.code === ErrorCode.CONFLICT ? await find() : undefined;
      if (raced) return raced.id;
      throw error;
    }
  }

  private async removeFiles(caller: Caller, documentIds: string[]): Promise<void> {
    for (const documentId of documentIds) await this.library.deleteDocument(caller, documentId).catch(() => undefined);
  }

  private withFiles(text: string, files: { links: string[]; skipped: string[] }): string {
    const parts = [text.trim()];
    if (files.links.length) parts.push(`Attached:\n${files.links.map((l) => `- ${l}`).join('\n')}`);
    if (files.skipped.length) parts.push(`Not included:\n${files.skipped.map((s) => `- ${s}`).join('\n')}`);
    return parts.filter(Boolean).join('\n\n');
  }

  // ---- records and bounces -------------------------------------------------------------

  /** Records the message as arriving; null when it arrived before (the same Message-ID). */
  private async claim(messageKey: string, sender: string, recipient: string, status = InboundEmailStatus.RECEIVED, reason: string | null = null): Promise<string | null> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO inbound_emails (message_key, sender, recipient, status, reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT inbound_emails_message_key DO NOTHING RETURNING id`,
      [messageKey, sender.slice(0, 254), recipient.slice(0, 254), status, reason],
    );
    return row?.id ?? null;
  }

  private async record(id: string, status: InboundEmailStatus, reason: string | null, userId: string | null, postId: string | null): Promise<void> {
    await this.db.query('UPDATE inbound_emails SET status = $2, reason = $3, user_id = $4, post_id = $5 WHERE id = $1', [id, status, reason, userId, postId]);
  }

  /** Records the refusal and tells the sender why, at most once an hour per sender (and never an address that only sends automatic mail). */
  private async refuse(id: string, from: string, subject: string, reason: RefusalReason): Promise<InboundOutcome> {
    await this.record(id, InboundEmailStatus.REFUSED, reason, null, null);
    const ownDomain = from.endsWith(`@${this.addresses.domain}`);
    if (!ownDomain && !LOOP_SENDERS.test(from)) {
      const [[mayBounce]]: [{ id: string }[], number] = await this.db.query(
        `UPDATE inbound_emails SET bounced_at = now() WHERE id = $1
            AND NOT EXISTS (SELECT 1 FROM inbound_emails WHERE sender = $2 AND bounced_at > now() - interval '1 hour')
         RETURNING id`,
        [id, from],
      );
      if (mayBounce) {
        const max = this.config.inbound.maxBytes;
        const explanation = EXPLANATIONS[reason](max >= 1024 * 1024 ? `${Math.floor(max / (1024 * 1024))} MB` : `${Math.floor(max / 1024)} KB`);
        await this.mail
          .send({
            to: from,
            subject: `Not posted: ${subject || 'your email'}`.slice(0, 200),
            // RFC 3834: an automatic answer, so that auto-responders do not answer it in turn.
            headers: { 'Auto-Submitted': 'auto-replied' },
            text: `Hello,\n\nThank you for your email. We could not post it, sorry.\n\n${explanation}\n\nNothing was changed. You can always take part on the website: ${publicBaseUrl(this.config)}\n\n(This is an automatic message; we send at most one an hour.)\n`,
          })
          .catch((error: Error) => this.logger.warn(`Could not send a bounce: ${error.message}`));
      }
    }
    this.logger.log(`Inbound email refused: ${reason}`);
    return { status: InboundEmailStatus.REFUSED, reason };
  }

  // ---- settings ----------------------------------------------------------------------

  async threadsByEmail(networkId: string): Promise<boolean> {
    const [row]: { threads_by_email: boolean }[] = await this.db.query('SELECT threads_by_email FROM network_email_settings WHERE network_id = $1', [networkId]);
    return row?.threads_by_email ?? false;
  }

  /** Coordinators and admins of the network turn new threads by email on or off. */
  async setThreadsByEmail(caller: Caller, networkId: string, enabled: boolean): Promise<boolean> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    // A consortium workspace is a space too, but has no address of its own.
    if (!(await this.networks.networksById({ loaders: new Map() }).load(networkId))) {
      throw badInput('networkId must be a network', [{ field: 'networkId', message: 'not a network' }]);
    }
    await this.db.query(
      `INSERT INTO network_email_settings (network_id, threads_by_email) VALUES ($1, $2)
       ON CONFLICT (network_id) DO UPDATE SET threads_by_email = EXCLUDED.threads_by_email, updated_at = now()`,
      [networkId, enabled],
    );
    return enabled;
  }

  /** The network's address for new threads: only for those who may write there, and only while the setting is on. */
  async networkAddress(caller: Caller | null, network: { id: string; slug: string }): Promise<string | null> {
    if (!caller || !(await this.access.can(caller, SpacePermission.WRITE, network.id))) return null;
    return (await this.threadsByEmail(network.id)) ? this.addresses.networkAddress(network.slug) : null;
  }

  /** Whether mail to a person's address stopped (a hard bounce or a complaint): told to that person only. */
  async deliveryStopped(caller: Caller | null, userId: string) {
    if (!caller || caller.userId !== userId) return null;
    const user = await this.accounts.findById(userId);
    return user ? this.mail.suppression(user.email) : null;
  }
}
