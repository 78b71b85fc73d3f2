import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const OIDC_CLIENT = { id: 'community-hub-test', secret: 'a-client-secret-for-the-tests' };

/** A free loopback port (for an app whose address the provider must know before it starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface OidcProviderProcess {
  /** Where it is reached (and, unless `announcedPath`, its issuer). */
  address: string;
  stop(): Promise<void>;
}

/** Starts oidc-provider (ESM) in its own process on loopback: a real provider, not a mock. */
export async function startOidcProvider(redirectUri: string, env: Record<string, string> = {}): Promise<OidcProviderProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-child.mjs')], {
    env: { ...process.env, OIDC_CLIENT_ID: OIDC_CLIENT.id, OIDC_CLIENT_SECRET: OIDC_CLIENT.secret, OIDC_REDIRECT_URI: redirectUri, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`OIDC provider did not start: ${errors}`)), 20_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`OIDC provider exited (${code}): ${errors}`)));
  });
  return {
    address,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A browser's part of a provider sign-in: follows redirects by hand with a cookie jar
 * per origin; at the provider's login page it signs in as `account` (with `amr`).
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly who: { account: string; amr?: string } = { account: 'alice-sub' }) {}

  as(account: string, amr?: string): this {
    this.who.account = account;
    this.who.amr = amr;
    return this;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  cookieHeader(origin: string): string {
    return [...(this.jars.get(origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** GETs `url` and follows redirects; answers the last response and its URL. */
  async visit(url: string, maxHops = 20): Promise<{ url: string; status: number; location: string | null }> {
    let current = url;
    for (let hop = 0; hop < maxHops; hop++) {
      const target = new URL(current);
      if (target.pathname.startsWith('/interaction/')) {
        target.searchParams.set('account', this.who.account);
        if (this.who.amr) target.searchParams.set('amr', this.who.amr);
      }
      const response = await fetch(target, { redirect: 'manual', headers: { cookie: this.cookieHeader(target.origin) } });
      this.keep(target.origin, response.headers.getSetCookie());
      const location = response.headers.get('location');
      await response.arrayBuffer();
      if (response.status < 300 || response.status >= 400 || !location) return { url: target.toString(), status: response.status, location };
      const nextUrl = new URL(location, target);
      // The web client's own pages (after the API's last redirect) are where a browser would stop.
      if (!nextUrl.pathname.startsWith('/auth') && !nextUrl.pathname.startsWith('/interaction') && !nextUrl.pathname.startsWith('/token')) {
        return { url: nextUrl.toString(), status: response.status, location };
      }
      current = nextUrl.toString();
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  private keep(origin: string, setCookies: string[]) {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.trim().split('=');
      const expired = attributes.some((a) => /^\s*max-age=0/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
      if (expired || !value.join('=')) jar.delete(name);
      else jar.set(name, value.join('='));
    }
  }
}
