import { Extensions } from '@nestjs/graphql';
import { type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, isObjectType, Kind } from 'graphql';
import type { RequestContext } from './request-context';

const PRELOADED = 'communityHubPreloaded';

type ReadPreloaded<P> = (parent: P, context: RequestContext, info: GraphQLResolveInfo) => unknown;

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
        const value = read(parent, context, info);
        return value === undefined ? resolve(parent, args, context, info) : value;
      };
    }
  }
  return schema;
}

/**
 * For a reader whose preloaded object carries only some of its type's fields (a
 * list that joined in a person's id and name): true when the field's selection
 * asks for nothing else. Only plain fields count; a fragment is taken as asking
 * for more, so the resolver answers it. Decided once per field of a document.
 */
export function selectsOnly(fields: readonly string[]): (info: GraphQLResolveInfo) => boolean {
  const allowed = new Set([...fields, '__typename']);
  const decided = new WeakMap<FieldNode, boolean>();
  const within = (node: FieldNode) => {
    let answer = decided.get(node);
    if (answer === undefined) {
      answer = (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && allowed.has(s.name.value));
      decided.set(node, answer);
    }
    return answer;
  };
  return (info) => info.fieldNodes.every(within);
}
