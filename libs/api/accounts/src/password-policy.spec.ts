import { passwordProblem, requireAcceptablePassword } from './password-policy';

describe('password rule (at least 12, or at least 8 and not a common password)', () => {
  it('refuses fewer than 8 characters', () => {
    expect(passwordProblem('x7#kQ2p')).toMatch(/at least 8/);
  });

  it('refuses a common password of 8 to 11 characters, whatever its case', () => {
    for (const word of ['password1', 'iloveyou1', 'Password1', 'QWERTYUIOP', '12345678']) {
      expect(passwordProblem(word)).toMatch(/commonly used/);
    }
  });

  it('accepts an uncommon password of 8 to 11 characters', () => {
    expect(passwordProblem('tram-7-owl')).toBeNull();
    expect(passwordProblem('Kx9#mTq2vL')).toBeNull();
  });

  it('accepts any password of 12 or more characters, even one built from common words', () => {
    expect(passwordProblem('password1234')).toBeNull();
    expect(passwordProblem('correct horse battery')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑🔑')).toMatch(/at least 8/);
  });

  it('refuses with a coded BAD_USER_INPUT naming the field', () => {
    expect(() => requireAcceptablePassword('password1')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
