import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Caller, RequestContext } from '@community-hub/api-common';

export const ALLOW_ANONYMOUS = 'community-hub:allow-anonymous';

/**
 * Marks an operation that anonymous callers may reach. Its service still decides
 * what they may see; without this mark the guard refuses anyone not signed in.
 */
export const AllowAnonymous = () => SetMetadata(ALLOW_ANONYMOUS, true);

export function requestContextOf(context: ExecutionContext): RequestContext | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  return undefined;
}

/** The signed-in caller, or null for anonymous operations. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller | null => {
  return requestContextOf(context)?.caller ?? null;
});

/** The whole per-request context (for DataLoaders and cookies). */
export const CurrentContext = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestContextOf(context);
  if (!ctx) throw new Error('CurrentContext is only available in GraphQL operations');
  return ctx;
});
