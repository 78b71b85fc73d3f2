import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { MailSuppressionReason } from './entities/mail-suppression.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  replyTo?: string;
  /** Our own Message-ID (without angle brackets' content rules: e.g. `<post-1@hub.example.org>`); nodemailer makes one otherwise. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** One of many alike (a digest, a mailing-list copy, an invitation): sent at most MAIL_BULK_PER_MINUTE a minute. */
  bulk?: boolean;
}

/**
 * Sends email through SMTP (`SMTP_URL`) with nodemailer. Without one, each
 * message is written to `<DATA_DIR>/mail/*.eml`, so someone running on a
 * laptop can open what would have been sent. Every message is DKIM-signed by
 * nodemailer when a key is configured; nothing is sent to an address that
 * hard-bounced or complained (`mail_suppressions`).
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly folder: string | null;
  /** When the next bulk message may leave this process (a simple spacing throttle). */
  private nextBulkAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    const dkim = config.mail.dkim ? { dkim: config.mail.dkim } : {};
    if (config.mail.smtpUrl) {
      this.transport = nodemailer.createTransport(config.mail.smtpUrl, dkim);
      this.folder = null;
    } else {
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', ...dkim });
      this.folder = join(config.dataDir, 'mail');
    }
  }

  /** True when mail leaves through SMTP_URL; false when it is only written to `folderPath`. */
  get deliversBySmtp(): boolean {
    return this.folder === null;
  }

  get production(): boolean {
    return this.config.production;
  }

  /** Where emails are written without SMTP_URL (`<DATA_DIR>/mail`); null with SMTP. */
  get folderPath(): string | null {
    return this.folder;
  }

  /** Sends one email; returns its Message-ID, or null when the address is suppressed (nothing sent). */
  async send(mail: OutgoingMail): Promise<string | null> {
    const stopped = await this.suppression(mail.to);
    if (stopped) {
      this.logger.log(`Email to a suppressed address not sent (${stopped.reason})`);
      return null;
    }
    if (mail.bulk) await this.throttle();
    const { bulk: _bulk, ...message } = mail;
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...message });
    if (this.folder) {
      mkdirSync(this.folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^a-zA-Z0-9.-]/g, '')}.eml`;
      writeFileSync(join(this.folder, name), (info as unknown as { message: Buffer }).message);
      this.logger.log(`Email to ${mail.to} written to ${join(this.folder, name)} (no SMTP_URL set)`);
    }
    return String(info.messageId);
  }

  /** Why mail to this address stopped, or null. */
  async suppression(email: string): Promise<{ reason: MailSuppressionReason; detail: string; createdAt: Date } | null> {
    const [row]: { reason: MailSuppressionReason; detail: string; created_at: Date }[] = await this.db.query(
      'SELECT reason, detail, created_at FROM mail_suppressions WHERE email = $1',
      [email.trim().toLowerCase()],
    );
    return row ? { reason: row.reason, detail: row.detail, createdAt: row.created_at } : null;
  }

  /** A hard bounce or a complaint came back for this address: no more mail to it (the first reason is kept). */
  async suppress(email: string, reason: MailSuppressionReason, detail: string): Promise<void> {
    await this.db.query('INSERT INTO mail_suppressions (email, reason, detail) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING', [
      email.trim().toLowerCase().slice(0, 254),
      reason,
      detail.slice(0, 300),
    ]);
  }

  private async throttle(): Promise<void> {
    const spacing = 60_000 / this.config.mail.bulkPerMinute;
    const now = Date.now();
    const at = Math.max(now, this.nextBulkAt);
    this.nextBulkAt = at + spacing;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
