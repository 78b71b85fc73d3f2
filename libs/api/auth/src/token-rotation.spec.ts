import { loadConfig } from '@community-hub/api-config';
import { TokenService } from './token.service';

const OLD = 'rotation-spec-old-secret-0123456789-abcdefghijklmnopq';
const NEW = 'rotation-spec-new-secret-9876543210-zyxwvutsrqponmlkj';
const USER = '0b9c2f44-5b0e-4a53-9a0e-6f1d2c3b4a59';
const SESSION = '7d1e3a55-6c1f-4b64-8b1f-7e2d3c4b5a60';
const EXPIRES = () => new Date(Date.now() + 3600_000);
const claims = { userId: USER, sessionId: SESSION };

function service(env: Record<string, string>) {
  return new TokenService(loadConfig({ DATA_DIR: '/tmp/token-rotation-spec', ...env }));
}

describe('TokenService: rotating AUTH_SECRET with AUTH_SECRET_PREVIOUS', () => {
  it('keeps sessions and purpose tokens signed with the previous secret, and signs only with the new one', () => {
    const before = service({ AUTH_SECRET: OLD });
    const session = before.signSession(USER, SESSION, EXPIRES());
    const purpose = before.signPurpose('unsubscribe', { u: USER }, 600);

    const rotating = service({ AUTH_SECRET: NEW, AUTH_SECRET_PREVIOUS: OLD });
    expect(rotating.verifySessionToken(session)).toMatchObject(claims);
    expect(rotating.verifyPurpose<{ u: string }>('unsubscribe', purpose)?.u).toBe(USER);

    const fresh = rotating.signSession(USER, SESSION, EXPIRES());
    expect(service({ AUTH_SECRET: NEW }).verifySessionToken(fresh)).toMatchObject(claims);
    expect(service({ AUTH_SECRET: OLD }).verifySessionToken(fresh)).toBeNull();
  });

  it('refuses the old tokens once the previous secret is removed, and tokens of any other secret throughout', () => {
    const session = service({ AUTH_SECRET: OLD }).signSession(USER, SESSION, EXPIRES());
    expect(service({ AUTH_SECRET: NEW }).verifySessionToken(session)).toBeNull();
    const stranger = service({ AUTH_SECRET: 'some-other-secret-entirely-0123456789-abcdefgh' }).signSession(USER, SESSION, EXPIRES());
    expect(service({ AUTH_SECRET: NEW, AUTH_SECRET_PREVIOUS: OLD }).verifySessionToken(stranger)).toBeNull();
  });
});
