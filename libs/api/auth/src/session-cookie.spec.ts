import { SESSION_COOKIE, sessionCookieOf, sessionTokenOf } from './session-cookie';

describe('session cookie', () => {
  it('finds the session among other cookies, in one header or several', () => {
    expect(sessionCookieOf(`theme=dark; ${SESSION_COOKIE}=abc.def.ghi; lang=cy`)).toBe('abc.def.ghi');
    expect(sessionCookieOf(['theme=dark', `${SESSION_COOKIE}=abc.def.ghi`])).toBe('abc.def.ghi');
    expect(sessionCookieOf(`${SESSION_COOKIE}=a%2Eb`)).toBe('a.b');
  });

  it('is null without one, for an empty value, and for a name that only contains it', () => {
    expect(sessionCookieOf(undefined)).toBeNull();
    expect(sessionCookieOf('')).toBeNull();
    expect(sessionCookieOf('theme=dark')).toBeNull();
    expect(sessionCookieOf(`${SESSION_COOKIE}=`)).toBeNull();
    expect(sessionCookieOf(`x${SESSION_COOKIE}=abc`)).toBeNull();
  });

  it('does not throw on a badly encoded value (a WebSocket upgrade must not fail on it)', () => {
    expect(sessionCookieOf(`${SESSION_COOKIE}=%E0%A4%A`)).toBe('%E0%A4%A');
  });

  it('prefers the bearer header to the cookie', () => {
    const headers = { authorization: 'Bearer from-header', cookie: `${SESSION_COOKIE}=from-cookie` };
    expect(sessionTokenOf({ headers })).toBe('from-header');
    expect(sessionTokenOf({ headers: { cookie: headers.cookie } })).toBe('from-cookie');
    expect(sessionTokenOf({ headers: {} })).toBeNull();
    expect(sessionTokenOf(undefined)).toBeNull();
  });
});
