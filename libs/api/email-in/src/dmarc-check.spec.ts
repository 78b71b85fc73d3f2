import MailComposer from 'nodemailer/lib/mail-composer';
import { dmarcResult, type DnsResolver, timeBounded } from './dmarc-check';

/** DNS answers of a sender domain that publishes strict SPF and DMARC (this machine resolves no names). */
const records: Record<string, string[][]> = {
  'example.org|TXT': [['v=spf1 ip4:192.0.2.10 -all']],
  '_dmarc.example.org|TXT': [['v=DMARC1; p=reject']],
};
const fakeDns: DnsResolver = async (name, type) => {
  const answer = records[`${name}|${type}`];
  if (answer) return answer;
  throw Object.assign(new Error(`no ${type} for ${name}`), { code: 'ENOTFOUND' });
};

describe('dmarcResult (mailauth through an injected resolver)', () => {
  const message = () => new MailComposer({ from: 'mel@example.org', to: 'r+x@hub.example.org', subject: 'Hi', text: 'Hello' }).compile().build();

  it('fails mail from a server the domain does not allow, passes mail from one it does', async () => {
    expect(await dmarcResult(await message(), { ip: '198.51.100.7', helo: 'evil.example.net', sender: 'mel@example.org' }, fakeDns, 'hub.example.org')).toBe('fail');
    expect(await dmarcResult(await message(), { ip: '192.0.2.10', helo: 'mx.example.org', sender: 'mel@example.org' }, fakeDns, 'hub.example.org')).toBe('pass');
  });

  it('a lookup that never answers is cut off in time and is not a fail', async () => {
    const silent: DnsResolver = () => new Promise(() => undefined);
    const started = Date.now();
    const result = await dmarcResult(await message(), { ip: '198.51.100.7', sender: 'mel@example.org' }, timeBounded(silent, 100), 'hub.example.org');
    expect(result).not.toBe('fail');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
