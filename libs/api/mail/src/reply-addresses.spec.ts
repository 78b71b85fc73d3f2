import { loadConfig } from '@community-hub/api-config';
import { LOCAL_PART_MAX, ReplyAddresses } from './reply-addresses';

const config = (env: Record<string, string> = {}) => loadConfig({ AUTH_SECRET: 'unit-test-secret-0123456789abcdefghij', PUBLIC_URL: 'https://Hub.Example.org', ...env });

describe('ReplyAddresses', () => {
  const addresses = new ReplyAddresses(config());
  const userId = '0b7d4f4e-1b2c-4d5e-8f90-123456789abc';
  const threadId = 'f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f';

  it('signs person and thread into a local part of at most 64 characters, at PUBLIC_URL host by default', () => {
    const address = addresses.replyTo(userId, threadId);
    const [local, domain] = address.split('@');
    expect(domain).toBe('hub.example.org');
    expect(local.length).toBeLessThanOrEqual(LOCAL_PART_MAX);
    expect(addresses.parse(address)).toEqual({ kind: 'reply', userId, threadId });
    expect(addresses.parse(address.replace('hub.example.org', 'HUB.example.org'))).toEqual({ kind: 'reply', userId, threadId });
  });

  it('refuses a changed, truncated or foreign token, another secret and another domain', () => {
    const address = addresses.replyTo(userId, threadId);
    const local = address.split('@')[0];
    const flipped = `${local.slice(0, 10)}${local[10] === 'A' ? 'B' : 'A'}${local.slice(11)}@hub.example.org`;
    expect(addresses.parse(flipped)).toBeNull();
    expect(addresses.parse(`${local.slice(0, -2)}@hub.example.org`)).toBeNull();
    expect(addresses.parse(address.replace('hub.example.org', 'elsewhere.example'))).toBeNull();
    expect(new ReplyAddresses(config({ AUTH_SECRET: 'another-secret-0123456789abcdefghijklmnop' })).parse(address)).toBeNull();
    // A confirmation token is not a reply token.
    const confirm = addresses.confirmAddress(threadId);
    expect(addresses.parse(confirm)).toEqual({ kind: 'confirm', draftId: threadId });
    expect(addresses.parse(confirm.replace(/^c\+/, 'r+'))).toBeNull();
  });

  it('takes INBOUND_EMAIL_DOMAIN when set, and reads network addresses', () => {
    const own = new ReplyAddresses(config({ INBOUND_EMAIL_DOMAIN: 'Reply.Example.org' }));
    expect(own.replyTo(userId, threadId)).toMatch(/@reply\.example\.org$/);
    expect(own.parse('crewe@reply.example.org')).toEqual({ kind: 'network', slug: 'crewe' });
  });
});
