import { SecretBox } from './two-factor-crypto';

describe('SecretBox (TOTP secrets at rest)', () => {
  const box = new SecretBox('a-signing-secret-of-at-least-32-characters');

  it('opens what it sealed, and never stores the secret in the clear', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
  });

  it('refuses a value sealed under another secret, or altered', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(() => new SecretBox('another-signing-secret-of-32-characters!').open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('KBSWY3DPEHPK3PXP').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
  });
});
