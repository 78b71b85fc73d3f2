// A real OpenID Connect provider (oidc-provider, ESM) for the OIDC sign-in tests, in its own
// process on loopback. Not a mock: discovery, authorization code with PKCE, state and nonce,
// signed ID tokens are the package's own. Only the login page is ours: the test, acting as
// the person at the provider, picks who signs in (and whether with MFA) by query parameters.
// Env: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI; OIDC_ANNOUNCED_PATH makes it announce
// (and sign as) an issuer other than the address it is reached at. Prints "READY <address>".
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const ACCOUNTS = {
  'alice-sub': { email: 'alice@council.example', email_verified: true, name: 'Alice Council' },
  'unverified-sub': { email: 'unverified@council.example', email_verified: false, name: 'Una Verified' },
  'linker-sub': { email: 'linker@example.org', email_verified: true, name: 'Lin Ker' },
  'admin-sub': { email: process.env.OIDC_ADMIN_EMAIL ?? 'admin@example.org', email_verified: true, name: 'Admin' },
};

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = `http://127.0.0.1:${server.address().port}`;
const issuer = `${address}${process.env.OIDC_ANNOUNCED_PATH ?? ''}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID,
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  // amr (how the person signed in) is a claim the provider must list to put it in ID tokens.
  claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
  // Scope claims in the ID token too, as Entra ID and Google give them.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['test-cookie-key-0123456789'] },
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ sub: id, ...account }) };
  },
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  const url = new URL(req.url, address);
  const match = /^\/interaction\/([^/]+)$/.exec(url.pathname);
  if (!match) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const accountId = url.searchParams.get('account');
      if (!accountId) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`login page for ${details.uid}`);
        return;
      }
      const amr = (url.searchParams.get('amr') ?? 'pwd').split(',');
      await provider.interactionFinished(req, res, { login: { accountId, amr } }, { mergeWithLastSubmission: false });
      return;
    }
    // consent: grant what the client asked for
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
    if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.message ?? error));
  }
});

process.stdout.write(`READY ${address}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
