import { baseUrl, admin } from './env';
import type { TestUser } from './users';
import { verifyEmailFromMail } from './mail';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
  path?: (string | number)[];
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly status: number,
  ) {
    super(`GraphQL request failed (HTTP ${status}): ${errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; ')}`);
    this.name = 'GraphQLRequestError';
  }
}

/** POST ${base}/graphql with JSON and an optional bearer token; throws on any GraphQL error. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GraphQL answered HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, res.status);
  if (!body.data) throw new Error(`GraphQL answered HTTP ${res.status} without data: ${text.slice(0, 300)}`);
  return body.data;
}

export interface AuthPayload {
  token: string;
  user: { id: string; name: string; email?: string };
}

export async function login(email: string, password: string): Promise<AuthPayload> {
  const data = await gql<{ login: AuthPayload }>(
    `mutation Login($input: LoginInput!) { login(input: $input) { token user { id name } } }`,
    { input: { email, password } },
  );
  return data.login;
}

export async function loginAsAdmin(): Promise<AuthPayload> {
  return login(admin.email, admin.password);
}

/** Signs up through the API and (unless `verified: false`) follows the verification link emailed to DATA_DIR/mail. */
export async function register(user: TestUser, options: { verified?: boolean } = {}): Promise<AuthPayload> {
  const data = await gql<{ register: AuthPayload }>(
    `mutation Register($input: RegisterInput!) { register(input: $input) { token user { id name } } }`,
    { input: { email: user.email, password: user.password, name: user.name } },
  );
  if (options.verified !== false) await verifyEmailFromMail(user.email);
  return data.register;
}

export interface NetworkSummary {
  id: string;
  slug: string;
  name: string;
  area: string;
  visibility: 'PUBLIC' | 'PRIVATE';
}

export async function createNetwork(
  token: string,
  input: { slug: string; name: string; description: string; visibility: 'PUBLIC' | 'PRIVATE' },
): Promise<NetworkSummary> {
  const data = await gql<{ createNetwork: NetworkSummary }>(
    `mutation CreateNetwork($input: CreateNetworkInput!) {
       createNetwork(input: $input) { id slug name area visibility }
     }`,
    { input },
    token,
  );
  return data.createNetwork;
}

export async function networkBySlug(slug: string, token?: string): Promise<NetworkSummary | null> {
  const data = await gql<{ network: NetworkSummary | null }>(
    `query Network($slug: String!) { network(slug: $slug) { id slug name area visibility } }`,
    { slug },
    token,
  );
  return data.network;
}

/** Registers a fresh person and makes them an active member of a (public) network, through the API. */
export async function registerMember(user: TestUser, networkId: string): Promise<AuthPayload> {
  const session = await register(user);
  await gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: networkId }, session.token);
  return session;
}

/** The id of a demo network the journeys rely on; a missing one is a broken setup, not a test result. */
export async function demoNetworkId(slug: string): Promise<string> {
  const network = await networkBySlug(slug);
  if (!network) throw new Error(`The demo network "${slug}" is missing`);
  return network.id;
}
