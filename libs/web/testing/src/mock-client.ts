import { getOperationAST } from 'graphql';
import { cacheExchange, Client, makeResult, type Exchange, type Operation, type OperationResult } from 'urql';
import { filter, fromValue, map, mergeMap, pipe, share, takeUntil, type Source } from 'wonka';
import { termsStatus } from './statements-fixtures';

/** What a fake server answers: data, or GraphQL errors as the API would send them. */
export interface FakeResponse {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export type FakeHandler = (variables: Record<string, unknown>, operation: Operation) => FakeResponse | Source<FakeResponse>;

export interface FakeCall {
  kind: Operation['kind'];
  name: string;
  variables: Record<string, unknown>;
}

export interface MockClient {
  client: Client;
  /** Every operation the screens sent, in order. */
  calls: FakeCall[];
  /** The calls of one operation, by name. */
  callsTo(name: string): FakeCall[];
  /** For <GraphqlProvider connect={...}> / <App connect={...}> (a GraphqlConnection). */
  connect: () => { client: Client; dispose(): void };
}

function isSource(value: unknown): value is Source<FakeResponse> {
  return typeof value === 'function';
}

/**
 * A real urql Client (with the app's document cache, so mutations invalidate
 * queries as they do in the browser) whose last exchange answers from `handlers` (by operation
 * name) instead of the network, so components run exactly as in the browser.
 * An operation without a handler fails the test loudly, except the terms interstitial's
 * TermsStatus (asked on every page), answered by default as "accepted".
 */
export function createMockClient(given: Record<string, FakeHandler>): MockClient {
  const handlers: Record<string, FakeHandler> = { TermsStatus: () => termsStatus(), ...given };
  const calls: FakeCall[] = [];
  const fakeServer: Exchange = () => (operations$) => {
    const shared$ = pipe(operations$, share);
    return pipe(
      shared$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation): Source<OperationResult> => {
        const name = getOperationAST(operation.query)?.name?.value ?? '(anonymous)';
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        calls.push({ kind: operation.kind, name, variables });
        const handler = handlers[name];
        if (!handler) throw new Error(`No fake handler for ${operation.kind} ${name}`);
        const answer = handler(variables, operation);
        const responses = isSource(answer) ? answer : fromValue(answer);
        return pipe(
          responses,
          map((response) => makeResult(operation, response as Parameters<typeof makeResult>[1])),
          takeUntil(pipe(shared$, filter((op) => op.kind === 'teardown' && op.key === operation.key))),
        );
      }),
    );
  };
  const client = new Client({ url: 'http://fake.invalid/graphql', exchanges: [cacheExchange, fakeServer] });
  return {
    client,
    calls,
    callsTo: (name) => calls.filter((call) => call.name === name),
    connect: () => ({ client, dispose() {} }),
  };
}

/** A coded GraphQL error, shaped like the API's. */
export function apiError(code: string, message: string, fields?: Array<{ field: string; message: string }>): FakeResponse {
  return { data: null, errors: [{ message, extensions: fields ? { code, fields } : { code } }] };
}
