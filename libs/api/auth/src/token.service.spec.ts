import jwt from 'jsonwebtoken';
import { loadConfig } from '@community-hub/api-config';
import { TokenService } from './token.service';

const SECRET = 'token-service-spec-secret-0123456789-abcdefghijklmnop';

function service(env: Record<string, string> = {}) {
  return new TokenService(loadConfig({ AUTH_SECRET: SECRET, DATA_DIR: '/tmp/token-service-spec', AUTH_TOKEN_TTL_HOURS: '1', ...env }));
}

describe('TokenService sessions (verified tokens are kept until they expire)', () => {
  afterEach(() => jest.useRealTimers());

  it('answers a kept session the same as a fresh verification', () => {
    const tokens = service();
    const token = tokens.signSession('0b9c2f44-5b0e-4a53-9a0e-6f1d2c3b4a59');
    const first = tokens.verifySession(token);
    expect(first).toEqual({ userId: '0b9c2f44-5b0e-4a53-9a0e-6f1d2c3b4a59' });
    expect(tokens.verifySession(token)).toEqual(first);
    // Another instance (nothing kept) agrees.
    expect(service().verifySession(token)).toEqual(first);
  });

  it('stops accepting a kept session the moment it expires', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
    const tokens = service();
    const token = tokens.signSession('0b9c2f44-5b0e-4a53-9a0e-6f1d2c3b4a59');
    expect(tokens.verifySession(token)).not.toBeNull();
    jest.setSystemTime(new Date('2026-12-06T12:59:59Z'));
    expect(tokens.verifySession(token)).not.toBeNull();
    jest.setSystemTime(new Date('2026-12-06T13:00:00Z'));
    expect(tokens.verifySession(token)).toBeNull();
    expect(tokens.verifySession(token)).toBeNull();
  });

  it('never keeps what did not verify', () => {
    const tokens = service();
    const good = tokens.signSession('0b9c2f44-5b0e-4a53-9a0e-6f1d2c3b4a59');
    const forged = jwt.sign({ typ: 'session' }, 'another-secret', { algorithm: 'HS256', subject: 'x', issuer: 'community-hub', expiresIn: 60 });
    const tampered = `${good.slice(0, -2)}${good.endsWith('A') ? 'BB' : 'AA'}`;
    const purpose = tokens.signPurpose('storage-transfer', { objectKey: 'k' }, 60);
    for (const token of [forged, tampered, purpose, 'not-a-token', '', null, undefined]) {
      expect(tokens.verifySession(token)).toBeNull();
      expect(tokens.verifySession(token)).toBeNull();
    }
    expect(tokens.verifySession(good)).not.toBeNull();
  });
});
