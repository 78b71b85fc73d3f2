import { Extensions } from '@nestjs/graphql';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { RequestContext } from './request-context';

const PRELOADED = 'communityHubPreloaded';

type ReadPreloaded<P> = (parent: P, context: RequestContext) => unknown;

/**
 * For a `@ResolveField` whose value a list query may already have joined into
 * the parent row (a thread's author, the caller's read position): when `read`
 * gives anything but `undefined`, the field answers with it at once, without
 * the resolver's pipeline (about a dozen promises per call through Nest) or a
 * loader. Otherwise the resolver runs as usual. Applied by `answerPreloadedFields`.
 */
export function Preloaded<P>(read: ReadPreloaded<P>): MethodDecorator {
  return Extensions({ [PRELOADED]: read });
}

/** Wraps the resolver of every field marked with `@Preloaded` (a schema transform, run once at start-up). */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const read = field.extensions?.[PRELOADED] as ReadPreloaded<unknown> | undefined;
      if (!read || !field.resolve) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve;
      field.resolve = (parent, args, context, info) => {
        const value = read(parent, context);
        return value === undefined ? resolve(parent, args, context, info) : value;
      };
    }
  }
  return schema;
}
