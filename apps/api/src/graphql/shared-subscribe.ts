import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, print } from 'graphql';
import type { RequestContext } from '@community-hub/api-common';
import { mapAsyncIterator } from '@community-hub/api-pubsub';

/**
 * `subscribe` for graphql-ws that executes each event once per distinct
 * (caller, operation, variables) instead of once per open connection: with 1,000
 * people watching a thread from 10 accounts, a reply is executed 10 times, not
 * 1,000. Safe because the result depends only on those inputs and the event
 * (each subscription's loaders are cleared per event).
 */
const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

export async function subscribeSharingResults(args: ExecutionArgs) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (source as object))) return source as ExecutionResult;
  const caller = (args.contextValue as RequestContext | undefined)?.caller?.userId ?? 'anonymous';
  const key = [caller, args.operationName ?? '', JSON.stringify(args.variableValues ?? {}), args.document.loc?.source.body ?? print(args.document)].join('\n');
  return mapAsyncIterator(source as AsyncIterableIterator<unknown>, (event) => {
    if (event === null || typeof event !== 'object') return Promise.resolve(execute({ ...args, rootValue: event }));
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = Promise.resolve(execute({ ...args, rootValue: event }))));
    return result;
  });
}
