import jwt from 'jsonwebtoken';
import { loadConfig } from '@community-hub/api-config';
import { TokenService } from './token.service';

const SECRET = 'token-service-spec-secret-0123456789-abcdefghijklmnop';
const USER = '0b9c2f44-5b0e-4a53-9a0e-6f1d2c3b4a59';
const SESSION = '7d1c0e5a-2b3f-4c6d-8e9f-0a1b2c3d4e5f';

function service(env: Record<string, string> = {}) {
  return new TokenService(loadConfig({ AUTH_SECRET: SECRET, DATA_DIR: '/tmp/token-service-spec', AUTH_TOKEN_TTL_HOURS: '1', ...env }));
}

describe('TokenService session tokens (signature checks are kept until the token expires)', () => {
  afterEach(() => jest.useRealTimers());

  it('names the session and its person, the same when kept and on another instance', () => {
    const tokens = service();
    const expiresAt = new Date(Date.now() + 3_600_000);
    const token = tokens.signSession(USER, SESSION, expiresAt);
    const first = tokens.verifySessionToken(token);
    expect(first).toEqual({ userId: USER, sessionId: SESSION, expiresAtMs: Math.floor(expiresAt.getTime() / 1000) * 1000 });
    expect(tokens.verifySessionToken(token)).toEqual(first);
    expect(service().verifySessionToken(token)).toEqual(first);
  });

  it('stops accepting a kept token the moment it expires', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
    const tokens = service();
    const token = tokens.signSession(USER, SESSION, new Date('2026-12-06T13:00:00Z'));
    expect(tokens.verifySessionToken(token)).not.toBeNull();
    jest.setSystemTime(new Date('2026-12-06T12:59:59Z'));
    expect(tokens.verifySessionToken(token)).not.toBeNull();
    jest.setSystemTime(new Date('2026-12-06T13:00:00Z'));
    expect(tokens.verifySessionToken(token)).toBeNull();
    expect(tokens.verifySessionToken(token)).toBeNull();
  });

  it('never keeps what did not verify, and refuses the old stateless tokens (no session id)', () => {
    const tokens = service();
    const good = tokens.signSession(USER, SESSION, new Date(Date.now() + 60_000));
    const forged = jwt.sign({ typ: 'session', sid: SESSION }, 'another-secret', { algorithm: 'HS256', subject: 'x', issuer: 'community-hub', expiresIn: 60 });
    const stateless = jwt.sign({ typ: 'session' }, SECRET, { algorithm: 'HS256', subject: USER, issuer: 'community-hub', expiresIn: 60 });
    const tampered = `${good.slice(0, -2)}${good.endsWith('A') ? 'BB' : 'AA'}`;
    const purpose = tokens.signPurpose('storage-transfer', { objectKey: 'k' }, 60);
    for (const token of [forged, stateless, tampered, purpose, 'not-a-token', '', null, undefined]) {
      expect(tokens.verifySessionToken(token)).toBeNull();
      expect(tokens.verifySessionToken(token)).toBeNull();
    }
    expect(tokens.verifySessionToken(good)).not.toBeNull();
  });
});
