import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * A request refused before it ran (a variable of the wrong type, a null for a
 * non-null input) is the client's mistake: 400, not the 500 it otherwise gets
 * when the error formatter has replaced the error's extensions.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.http) return;
          const { errors } = response.body.singleResult;
          const status = response.http.status ?? 200;
          if (status >= 500 && errors?.length && errors.every((error) => CLIENT_ERROR_CODES.has(String(error.extensions?.code)))) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => key.includes('\u0000') || hasNul(item));
  return false;
}

/** Apollo's document store hands back the same parsed document for the same text, so each is walked once. */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  const known = nulInDocument.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  nulInDocument.set(document, found);
  return found;
}

/** The input checks every operation gets before it runs, whatever the transport: an error, or undefined. */
export function inputError(document: DocumentNode, variables: unknown): GraphQLError | undefined {
  if (hasNul(variables) || documentHasNul(document)) {
    return new GraphQLError('Text may not contain the NUL character (U+0000)', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold the NUL character: refuse it in any input, as a
 * coded error, before a resolver has written anything.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const error = inputError(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/**
 * How deeply a request's JSON may nest (the body, or `variables` / `extensions` of a
 * GET). Our deepest input is a handful of levels; a body nested thousands deep only
 * serves to exhaust the stack of whatever walks it later.
 */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when JSON text (UTF-8 bytes or a string) opens more than `limit` objects and
 * arrays inside one another. One pass, no recursion, nothing parsed: it runs before
 * JSON.parse and before anything walks the value. Brackets inside strings do not count
 * (UTF-8 continuation bytes never equal an ASCII quote, bracket or backslash).
 */
export function nestsDeeperThan(json: Uint8Array | string, limit: number = MAX_JSON_DEPTH): boolean {
  const bytes = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** The error body-parser passes on (as `type`) when `refuseDeepJson` refuses a body; `bodyErrors` answers it. */
export const JSON_TOO_DEEP = 'entity.too.deep';

/** A `verify` hook for express.json: refuses a body nested deeper than MAX_JSON_DEPTH with a 400, before it is parsed. */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (nestsDeeperThan(body)) {
    throw Object.assign(new Error(`The request nests objects or lists more than ${MAX_JSON_DEPTH} deep`), { status: 400, type: JSON_TOO_DEEP });
  }
}

/**
 * The same for GraphQL over GET, whose `variables` and `extensions` are JSON in the
 * query string (Apollo parses them): refused before Apollo sees them.
 */
export function refuseDeepQueryString(req: { method: string; query: Record<string, unknown> }, res: ExpressLikeResponse, next: () => void): void {
  if (req.method === 'GET' && ['variables', 'extensions'].some((name) => typeof req.query[name] === 'string' && nestsDeeperThan(req.query[name] as string))) {
    res.status(400).json({ errors: [{ message: `The request nests objects or lists more than ${MAX_JSON_DEPTH} deep`, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next();
}

interface ExpressLikeResponse {
  status(code: number): { json(body: unknown): unknown };
}
