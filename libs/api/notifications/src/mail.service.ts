import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * Sends email through SMTP (`SMTP_URL`) with nodemailer. Without one, each
 * message is written to `<DATA_DIR>/mail/*.eml`, so someone running on a
 * laptop can open what would have been sent.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly folder: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.mail.smtpUrl) {
      this.transport = nodemailer.createTransport(config.mail.smtpUrl);
      this.folder = null;
    } else {
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.folder = join(config.dataDir, 'mail');
    }
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    if (this.folder) {
      mkdirSync(this.folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^a-zA-Z0-9.-]/g, '')}.eml`;
      writeFileSync(join(this.folder, name), (info as unknown as { message: Buffer }).message);
      this.logger.log(`Email to ${mail.to} written to ${join(this.folder, name)} (no SMTP_URL set)`);
    }
    return String(info.messageId);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
