import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { ReplyAddresses } from '@community-hub/api-mail';
import { EmailInService } from './email-in.service';

/** Bytes of a message over INBOUND_MAX_BYTES kept anyway: enough to read its headers and answer its sender. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The built-in SMTP listener (smtp-server) on INBOUND_SMTP_PORT, off unless set.
 * It takes mail for our own domain only (it relays nothing), answers each
 * message once it has been handled, and hands messages over the size limit to
 * the service truncated so their sender gets a polite answer. TLS and
 * authentication are left to the relay in front of it.
 */
@Injectable()
export class SmtpListenerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SmtpListenerService.name);
  private server: SMTPServer | null = null;
  /** The port it listens on (the configured one, or the one chosen for port 0). */
  port: number | null = null;

  constructor(
    private readonly emailIn: EmailInService,
    private readonly addresses: ReplyAddresses,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { smtpPort, smtpHost, maxBytes } = this.config.inbound;
    if (smtpPort === undefined) return;
    const domain = this.addresses.domain;
    this.server = new SMTPServer({
      name: domain,
      banner: 'Community Hub email in',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: maxBytes,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!address.address.toLowerCase().endsWith(`@${domain}`)) {
          callback(Object.assign(new Error('Relay not permitted: we take mail for our own addresses only'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        stream.on('data', (chunk: Buffer) => {
          if (kept >= maxBytes + 1) return;
          chunks.push(chunk);
          kept += chunk.length;
        });
        stream.on('end', () => {
          const truncated = (stream as unknown as { sizeExceeded?: boolean }).sizeExceeded === true || kept > maxBytes;
          const raw = Buffer.concat(chunks);
          this.emailIn
            .receive(truncated ? raw.subarray(0, HEAD_BYTES) : raw, {
              recipients: session.envelope.rcptTo.map((r) => r.address),
              truncated,
              connection: {
                ip: session.remoteAddress,
                helo: session.hostNameAppearsAs,
                sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
              },
            })
            .then(() => callback())
            .catch((error: Error) => {
              this.logger.warn(`Inbound email not handled: ${error.message}`);
              callback(Object.assign(new Error('Temporary failure, please try again later'), { responseCode: 451 }));
            });
        });
      },
    });
    this.server.on('error', (error) => this.logger.warn(`SMTP listener: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      this.server!.server.once('error', reject);
      this.server!.listen(smtpPort, smtpHost, () => resolve());
    });
    this.port = (this.server.server.address() as { port: number }).port;
    this.logger.log(`Email in: SMTP listener on ${smtpHost}:${this.port} for @${domain}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
