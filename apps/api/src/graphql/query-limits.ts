import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '@community-hub/api-common';

/** Refuses documents nested deeper than `maxDepth` fields (fragments followed). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
        }
        if (deepest > maxDepth) return deepest; // no need to look further
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested too deeply (${depth} levels; the limit is ${maxDepth})`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      },
    };
  };
}

/**
 * A paged field costs its page size times what one of its items costs: `first: n`,
 * or the page size it answers with when `first` is left out (its declared default,
 * else DEFAULT_PAGE_SIZE), so leaving the argument out is never cheaper.
 */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const declared = field.args.find((arg) => arg.name === 'first');
  if (!declared) return undefined;
  const first =
    typeof args.first === 'number' ? args.first : typeof declared.defaultValue === 'number' ? declared.defaultValue : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(1, first);
};

const ESTIMATORS = [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** Cost estimates kept per parsed document (Apollo hands out the same object for the same query text). */
const MAX_COSTS_PER_DOCUMENT = 64;
/** Variables longer than this are not worth a cache key. */
const MAX_COST_KEY_LENGTH = 1024;

/** The estimated cost of an operation (the same estimate over HTTP and WebSocket). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: ESTIMATORS });
}

export function tooExpensive(complexity: number, maxComplexity: number): GraphQLError {
  return new GraphQLError(`Query is too expensive (cost ${complexity}; the limit is ${maxComplexity})`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/** Refuses operations whose estimated cost is above `maxComplexity`, before any resolver runs. */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  /** `remember`: reads repeat; a mutation's variables (message bodies, say) are not worth turning into a key. */
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, remember: boolean) => {
    const estimate = () => queryCost(schema, document, operationName, variables);
    if (!remember) return estimate();
    // The cost depends only on the document, the operation and the variables (page sizes).
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let known = costs.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const complexity = estimate();
    if (key.length > MAX_COST_KEY_LENGTH) return complexity;
    if (!known) costs.set(document, (known = new Map()));
    if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
    known.set(key, complexity);
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const complexity = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {}, operation?.operation === 'query');
          if (complexity > maxComplexity) throw tooExpensive(complexity, maxComplexity);
        },
      };
    },
  };
}

/**
 * Refuses operations with more than `maxAliases` aliased fields (fragments
 * followed, each counted where it is spread): aliases let one small request
 * ask for the same costly field thousands of times.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const aliasesIn = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let count = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) count++;
          count += aliasesIn(selection.selectionSet, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += aliasesIn(selection.selectionSet, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) count += aliasesIn(fragment.selectionSet, new Set([...seen, name]));
        }
        if (count > maxAliases) return count; // no need to look further
      }
      return count;
    };
    return {
      OperationDefinition(node) {
        const count = aliasesIn(node.selectionSet, new Set());
        if (count > maxAliases) {
          context.reportError(
            new GraphQLError(`Query uses too many aliases (more than ${maxAliases})`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      },
    };
  };
}
