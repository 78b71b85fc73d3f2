import { Logger } from '@nestjs/common';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  Kind,
  typeFromAST,
  visit,
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

const logger = new Logger('GraphQL');

/**
 * Executes queries with graphql-jit, which compiles each document once into a
 * function (no per-field argument coercion, no generic completion walk), and
 * everything else with graphql-js, as Apollo would.
 *
 * graphql-jit is used only where it behaves as graphql-js does. It differs on
 * input objects (it does not fill an input field's default when the object comes
 * from a variable, and it turns a missing input field into null), so an operation
 * with an input object anywhere (a variable's type or a literal `{ … }` argument)
 * runs on graphql-js, as do mutations (they carry input objects and do not repeat),
 * subscriptions (graphql-ws executes those itself) and introspection.
 *
 * Plugged into Apollo through its executor interface (`gateway`): Apollo still
 * parses, validates (our limits included), runs the plugins and formats errors.
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  /** Per parsed document: Apollo's document store hands back the same DocumentNode for the same text. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  /** The schema Apollo serves; set before the server starts (Nest's `transformSchema`). */
  useSchema(schema: GraphQLSchema): GraphQLSchema {
    this.schema = schema;
    return schema;
  }

  onSchemaLoadOrUpdate(callback: (context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void): () => void {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    this.requireSchema();
    return { executor: (request) => this.execute(request) };
  }

  async stop(): Promise<void> {
    this.schema = null;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution: the schema is not known yet');
    return this.schema;
  }

  private async execute(request: GatewayGraphQLRequestContext): Promise<ExecutionResult> {
    const schema = this.requireSchema();
    const compiled = this.compiledFor(schema, request.document, request.operation, request.operationName);
    const variables = request.request.variables ?? {};
    if (compiled) return asGraphQLErrors(await compiled.query(undefined, request.context, variables));
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: variables,
      operationName: request.operationName ?? undefined,
    });
  }

  private compiledFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): CompiledQuery | null {
    let byOperation = this.compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    if (byOperation.has(key)) return byOperation.get(key)!;
    let result: CompiledQuery | null = null;
    if (compilable(schema, document, operation)) {
      try {
        const attempt = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
        result = isCompiledQuery(attempt) ? (attempt as CompiledQuery) : null;
      } catch (error) {
        // A document the compiler cannot handle still runs, on graphql-js.
        logger.warn(`graphql-jit could not compile an operation (${operationName ?? 'anonymous'}), running it on graphql-js: ${(error as Error).message}`);
      }
    }
    byOperation.set(key, result);
    return result;
  }
}

/**
 * graphql-jit's errors lack `extensions` when the thrown error has none (graphql-js
 * always gives an object, and Apollo reads `extensions.code` before our formatError
 * runs): rebuild them as graphql-js errors with the same message, path, locations and cause.
 */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    // A field error of jit's own (a null for a non-null field) has no cause; graphql-js gives it a plain Error.
    const cause = error.originalError ?? (error.path ? new Error(error.message) : undefined);
    const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: cause, extensions: error.extensions });
    (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
    return rebuilt;
  });
  return { ...result, errors };
}

/** A query with no input object anywhere and no introspection: where graphql-jit and graphql-js agree. */
export function compilable(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]);
    if (!type || isInputObjectType(getNamedType(type))) return false;
  }
  let plain = true;
  visit(document, {
    [Kind.OBJECT]: () => {
      plain = false;
      return BREAK;
    },
    [Kind.FIELD]: (field) => {
      if (field.name.value === '__schema' || field.name.value === '__type') {
        plain = false;
        return BREAK;
      }
      return undefined;
    },
  });
  return plain;
}
