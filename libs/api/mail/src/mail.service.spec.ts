import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dkimVerify } from 'mailauth';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@community-hub/api-config';
import { MailService } from './mail.service';

/** No suppressed addresses: the service's one query answered by hand (the integration spec uses PostgreSQL). */
const noSuppressions = { query: async () => [] } as unknown as DataSource;

describe('MailService', () => {
  it('DKIM-signs with nodemailer when a key is configured; the signature verifies against the published key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const dataDir = mkdtempSync(join(tmpdir(), 'mail-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      MAIL_FROM: 'Hub <no-reply@hub.example.org>',
      MAIL_DKIM_DOMAIN: 'hub.example.org',
      MAIL_DKIM_SELECTOR: 'hub2026',
      MAIL_DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n'),
    });
    const mail = new MailService(config, noSuppressions);
    await mail.send({ to: 'mel@example.org', subject: 'Signed', text: 'Hello' });
    mail.onApplicationShutdown();
    const [file] = readdirSync(join(dataDir, 'mail'));
    const raw = readFileSync(join(dataDir, 'mail', file));
    expect(raw.toString()).toMatch(/^DKIM-Signature: .*d=hub\.example\.org/m);
    // DNS through an injected resolver (this machine resolves no names): the selector's TXT record.
    const published = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const resolver = async (name: string, type: string) => {
      if (name === 'hub2026._domainkey.hub.example.org' && type === 'TXT') return [[`v=DKIM1; k=rsa; p=${published}`]];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    const result = await dkimVerify(raw, { resolver });
    expect(result.results.map((r: { status: { result: string } }) => r.status.result)).toEqual(['pass']);
  });

  it('needs the three DKIM settings together', () => {
    expect(() => loadConfig({ MAIL_DKIM_DOMAIN: 'hub.example.org' })).toThrow(/MAIL_DKIM_SELECTOR/);
  });

  it('spaces bulk sends out to MAIL_BULK_PER_MINUTE', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mail-'));
    const mail = new MailService(loadConfig({ DATA_DIR: dataDir, MAIL_BULK_PER_MINUTE: '600' }), noSuppressions);
    const started = Date.now();
    for (let i = 0; i < 4; i++) await mail.send({ to: `p${i}@example.org`, subject: 'Digest', text: 'x', bulk: true });
    mail.onApplicationShutdown();
    // 600 a minute: 100 ms apart, so the fourth leaves at least 300 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
