import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

// The first pages' HTML rendered by the API (apps/api/src/http/server-render.ts) with the web build's
// renderer (apps/web/src/server/render-page.tsx, built by tools/build.mjs into dist/web-server), over
// real HTTP: rendered for visitors who are not signed in, never for anyone signed in.

const WEB_DIR = resolve('dist/web');
const RENDERER = resolve('dist/web-server/render-page.cjs');
const CREATE = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }';
const SERVER_DATA = /<script type="application\/json" id="server-data">([^<]*)<\/script>/;

interface Page {
  status: number;
  headers: Headers;
  html: string;
  /** What is inside <div id="root"> (the rendered page), '' when sent without content. */
  content: string;
  /** The query results sent for the browser's first render, as JSON text; null when none. */
  data: string | null;
}

/** The data block's query results (urql's SSR data: each result's data is JSON text of its own). */
function results(data: string): unknown[] {
  return Object.values(JSON.parse(data) as Record<string, { data?: string }>).map((entry) => (entry.data ? JSON.parse(entry.data) : null));
}

describe('first pages rendered by the server', () => {
  let t: TestApp;
  let pub: NetworkScenario;
  let priv: NetworkScenario;
  let publicThread: string;
  let privateThread: string;

  async function page(path: string, token?: string): Promise<Page> {
    const response = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html', ...(token ? { cookie: `ch_session=${token}` } : {}) } });
    const html = await response.text();
    const root = html.indexOf('<div id="root">');
    const end = html.search(/<\/div>\s*(<script type="application\/json"|<noscript>)/);
    const data = SERVER_DATA.exec(html)?.[1] ?? null;
    return { status: response.status, headers: response.headers, html, content: root >= 0 && end > root ? html.slice(root, end) : '', data };
  }

  async function thread(s: NetworkScenario, title: string, body: string): Promise<string> {
    const result = await t.gql(CREATE, { i: { networkId: s.networkId, title, body, tags: [] } }, s.member.token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.createThread.id;
  }

  beforeAll(async () => {
    if (!existsSync(RENDERER)) throw new Error(`${RENDERER} is missing: build the web client first (node tools/build.mjs web; npm test does)`);
    t = await startTestApp({ ...ADMIN_ENV, WEB_DIST_DIR: WEB_DIR });
    pub = await networkScenario(t, 'PUBLIC');
    priv = await networkScenario(t, 'PRIVATE');
    publicThread = await thread(pub, 'Minibus share for the summer fair', 'Who can drive on **Saturday** morning?');
    privateThread = await thread(priv, 'Budget worries in confidence', 'Our **reserves** run out in March.');
  });
  afterAll(() => t.close());

  it("sends a public thread with its title and posts in the HTML, the query results for the browser's first render, kept private", async () => {
    const anonymous = await page(`/n/${pub.slug}/t/${publicThread}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-type')).toMatch(/^text\/html/);
    expect(anonymous.content).toContain('<h1');
    expect(anonymous.content).toContain('Minibus share for the summer fair');
    // The first post, its Markdown rendered on the server.
    expect(anonymous.content).toContain('Who can drive on <strong>Saturday</strong> morning?');
    expect(anonymous.content).not.toContain('Loading posts');
    // Rendered for this visitor: no shared cache may keep it, and a browser asks again each time.
    expect(anonymous.headers.get('cache-control')).toBe('private, no-cache');
    expect(anonymous.headers.get('vary')).toMatch(/cookie/i);
    expect(anonymous.headers.get('content-security-policy')).toContain("script-src 'self'");
    // No script runs from the page itself (the CSP would refuse it): the module script and a JSON data block only.
    const scripts = [...anonymous.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.every((tag) => / src="\/assets\//.test(tag) || tag === '<script type="application/json" id="server-data">')).toBe(true);
    expect(anonymous.data).not.toBeNull();
    expect(JSON.stringify(results(anonymous.data!))).toContain('Who can drive on **Saturday** morning?');

    // The network's pages too.
    const threads = await page(`/n/${pub.slug}/threads`);
    expect(threads.content).toContain('Minibus share for the summer fair');
    const network = await page(`/n/${pub.slug}`);
    expect(network.content).toContain(`Network ${pub.slug}`);
  });

  it('renders for visitors who are not signed in only: a private thread is never in a rendered page', async () => {
    const path = `/n/${priv.slug}/t/${privateThread}`;
    // Not signed in: rendered, and the private thread is not there at all (nor in the data).
    const anonymous = await page(path);
    expect(anonymous.status).toBe(200);
    expect(anonymous.data).not.toBeNull();
    expect(anonymous.content).toContain('<h1');
    for (const secret of ['Budget worries', 'reserves']) expect(anonymous.html).not.toContain(secret);
    // Signed in, whoever they are (a member, an outsider, a suspended member): the page without
    // content, for their browser to render with their own session.
    for (const [who, token] of [
      ['member', priv.member.token],
      ['signed in, not a member', priv.outsider.token],
      ['suspended', priv.suspended.token],
    ] as const) {
      const plain = await page(path, token);
      expect({ who, status: plain.status, data: plain.data, content: plain.content.replace(/\s/g, '') }).toEqual({ who, status: 200, data: null, content: '<divid="root">' });
      expect(plain.headers.get('cache-control')).toBe('no-cache');
      for (const secret of ['Budget worries', 'reserves']) expect(plain.html).not.toContain(secret);
    }
    // A public page too: a signed-in member's browser renders it.
    const member = await page(`/n/${pub.slug}/t/${publicThread}`, pub.member.token);
    expect(member.data).toBeNull();
  });

  it('keeps what people wrote as text: markup in a title or post neither runs nor ends the data block', async () => {
    const title = 'Fair </script><script>alert("title")</script> & <b>more</b> for $5';
    // "$'" and "$&" are patterns to String.replace: they must arrive as written.
    const body = "Look <img src=x onerror=\"alert(1)\"> </script><script>alert(\"body\")</script> costs $' or $& or $$";
    const id = await thread(pub, title, body);
    const hostile = await page(`/n/${pub.slug}/t/${id}`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toMatch(/<script>alert/);
    expect(hostile.html).not.toMatch(/<img src=x/i);
    expect(hostile.html).not.toContain('<b>more</b>');
    expect(hostile.content).toContain('Fair &lt;/script&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt; for $5');
    expect(hostile.content).toContain("costs $&#x27; or $&amp; or $$");
    // The data block parses back to exactly what was written.
    const text = JSON.stringify(results(hostile.data!));
    expect(text).toContain(JSON.stringify(title).slice(1, -1));
    expect(text).toContain(JSON.stringify(body).slice(1, -1));
  });

  it('sends every other address the page without content, for the browser to render', async () => {
    for (const path of ['/signin', '/me', `/n/${pub.slug}/members`]) {
      const plain = await page(path);
      expect({ path, data: plain.data, content: plain.content.replace(/\s/g, '') }).toEqual({ path, data: null, content: '<divid="root">' });
      expect(plain.headers.get('cache-control')).toBe('no-cache');
    }
    // A thread that does not exist is still a page: it says so.
    const missing = await page(`/n/${pub.slug}/t/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(200);
    expect(missing.data).not.toBeNull();
  });
});

describe('first pages with SERVER_RENDER=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, WEB_DIST_DIR: WEB_DIR, SERVER_RENDER: 'false' });
  });
  afterAll(() => t.close());

  it('sends the page without content, revalidated, for the browser to render', async () => {
    const response = await fetch(`${t.url}/n/somewhere/threads`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('server-data');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});
