import { strategyFor } from './routing';

const origin = 'https://hub.example.org';
const get = (path: string, mode = 'cors') => ({ url: `${origin}${path}`, method: 'GET', mode });

describe('service worker routing', () => {
  it('serves hashed assets and the shell files from the cache first', () => {
    expect(strategyFor(get('/assets/index-Cf0ycKQd.js', 'cors'), origin)).toBe('asset');
    expect(strategyFor(get('/assets/index-zyXJ6Lxw.css', 'no-cors'), origin)).toBe('asset');
    expect(strategyFor(get('/manifest.webmanifest'), origin)).toBe('asset');
    expect(strategyFor(get('/icon-512.png', 'no-cors'), origin)).toBe('asset');
  });

  it('fetches pages of the app from the network first (a new deploy shows at once)', () => {
    for (const path of ['/', '/n/macclesfield/threads', '/n/macclesfield/t/1?page=2', '/explorer']) {
      expect(strategyFor(get(path, 'navigate'), origin)).toBe('page');
    }
  });

  it('never touches what the API answers, even a navigation to it', () => {
    for (const path of [
      '/graphql',
      '/graphql?query=%7B__typename%7D',
      '/storage/abc/file.pdf',
      '/calendar/n/macclesfield.ics',
      '/email/unsubscribe',
      '/security-log/export.csv',
      '/moderation/report.csv',
      '/auth/oidc/callback',
      '/dev/outbox',
      '/health/ready',
      '/metrics',
    ]) {
      expect(strategyFor(get(path, 'navigate'), origin)).toBe('pass');
      expect(strategyFor(get(path), origin)).toBe('pass');
    }
  });

  it('passes every other method, other origins and the worker itself', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD']) {
      expect(strategyFor({ url: `${origin}/assets/index-Cf0ycKQd.js`, method, mode: 'cors' }, origin)).toBe('pass');
    }
    expect(strategyFor({ url: 'https://storage.example.org/assets/x.js', method: 'GET', mode: 'cors' }, origin)).toBe('pass');
    expect(strategyFor(get('/sw.js'), origin)).toBe('pass');
    // A path that only starts like an API prefix is a page of the app.
    expect(strategyFor(get('/graphqlish', 'navigate'), origin)).toBe('page');
  });

  it('leaves non-navigation requests outside /assets to the browser', () => {
    expect(strategyFor(get('/favicon.ico'), origin)).toBe('pass');
    expect(strategyFor(get('/robots.txt'), origin)).toBe('pass');
  });
});
