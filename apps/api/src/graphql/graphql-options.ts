import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '@community-hub/api-config';
import { answerPreloadedFields, type Caller, type RequestContext } from '@community-hub/api-common';
import { bearerToken, clientAddressOf, sessionCookieOf, sessionTokenOf } from '@community-hub/api-auth';
import type { SessionService } from '@community-hub/api-accounts';
import type { MetricsService } from '../metrics/metrics.service';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { formatError, formatErrorHidingSchema } from './format-error';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule, queryCost, tooExpensive } from './query-limits';
import { clientErrorStatusPlugin, inputError, nulCharacterPlugin } from './request-hygiene';
import { subscribeSharingResults } from './shared-subscribe';

export interface WsExtra {
  caller?: Caller | null;
  userAgent?: string;
  clientAddress?: string;
  request?: IncomingMessage;
}

/** The validation rules we add to GraphQL's own, for every operation whatever the transport. */
export function limitRules(config: AppConfig): ValidationRule[] {
  return [depthLimitRule(config.graphql.maxDepth), aliasLimitRule(config.graphql.maxAliases)];
}

/** The parser options of every operation whatever the transport. */
export function parseOptions(config: AppConfig) {
  return { maxTokens: config.graphql.maxTokens };
}

export function graphqlOptions(config: AppConfig, sessions: SessionService, metrics?: MetricsService): ApolloDriverConfig {
  const httpContext = graphqlHttpContext(sessions);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Fields a list query has already joined in answer without their resolver (see `@Preloaded`).
    transformSchema: (schema) => answerPreloadedFields(schema),
    playground: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // No HTTP cache hints are used, and computing them walks every field of every response.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      complexityLimitPlugin(config.graphql.maxComplexity),
      nulCharacterPlugin(),
      clientErrorStatusPlugin(),
      ...(metrics ? [graphqlMetricsPlugin(metrics)] : []),
    ],
    // The parser stops early on a document with more tokens than any real client sends.
    parseOptions: parseOptions(config),
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: limitRules(config),
    formatError: config.production ? formatErrorHidingSchema : formatError,
    // No "Did you mean ...?" in production validation errors (the formatter strips the rest).
    hideSchemaDetailsFromClientErrors: config.production,
    // The graphql-ws endpoint is GraphqlWebSocketServer's (graphql-websocket.ts): Nest's gives no
    // way to bound the size of a message.
    context: httpContext,
  };
}

/**
 * The context of a GraphQL request over HTTP: the caller from the bearer token or session
 * cookie, while its server-side session is open (a cached check costs no database statement).
 */
export function graphqlHttpContext(sessions: SessionService) {
  return async (ctx: { req?: Request; res?: Response }): Promise<RequestContext> => ({
    req: ctx.req,
    res: ctx.res,
    caller: await sessions.callerOf(sessionTokenOf(ctx.req)),
    clientAddress: ctx.req?.ip,
    userAgent: ctx.req?.headers['user-agent'],
    loaders: new Map(),
  });
}

/**
 * Whether a request's Origin (when it has one) is the site itself (the Host it was sent to, or
 * PUBLIC_URL) or one CORS_ORIGIN lists.
 */
export function originAllowed(config: AppConfig, headers: Record<string, string | string[] | undefined>): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true; // not a browser: no page of another site can be behind it
  if (typeof origin !== 'string') return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (a sandboxed page, a file) and anything unparsable
  }
  if (host === headers.host) return true;
  const allowed = [config.publicUrl, ...(config.http.corsOrigin?.split(',') ?? [])].filter(Boolean).map((url) => url!.trim().replace(/\/$/, ''));
  return allowed.includes(origin);
}

/**
 * Parses and validates an operation sent over the WebSocket as Apollo does one sent over HTTP:
 * the same parser options, GraphQL's rules plus ours (no introspection in production), the same
 * cost limit and input checks. Errors, or the arguments to run it with.
 */
export function prepareSocketOperation(
  config: AppConfig,
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
): readonly GraphQLError[] | ExecutionArgs {
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions(config));
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The query could not be parsed';
    return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
  }
  const rules = [...specifiedRules, ...limitRules(config), ...(config.production ? [NoSchemaIntrospectionCustomRule] : [])];
  const invalid = validate(schema, document, rules);
  if (invalid.length) {
    return invalid.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  }
  const operationName = payload.operationName ?? undefined;
  if (!getOperationAST(document, operationName)) {
    return [new GraphQLError('Unable to identify the operation to run', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
  }
  const variables = payload.variables ?? {};
  let complexity: number;
  try {
    complexity = queryCost(schema, document, operationName, variables);
  } catch (error) {
    // The estimate coerces the variables first: a value of the wrong type is the client's mistake.
    const message = error instanceof GraphQLError ? error.message : 'A variable is not valid';
    return [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];
  }
  if (complexity > config.graphql.maxComplexity) return [tooExpensive(complexity, config.graphql.maxComplexity)];
  const bad = inputError(document, variables);
  if (bad) return [bad];
  return { schema, document, operationName, variableValues: variables };
}

/** graphql-ws server hooks (GraphqlWebSocketServer passes them to `useServer`). */
export function webSocketOptions(config: AppConfig, sessions: SessionService, schema: GraphQLSchema, metrics?: MetricsService): ServerOptions {
  const format = config.production ? formatErrorHidingSchema : formatError;
  return {
    schema,
    subscribe: subscribeSharingResults,
    context: (ctx): RequestContext => {
      const extra = ctx.extra as WsExtra;
      return { caller: extra.caller ?? null, clientAddress: extra.clientAddress, userAgent: extra.userAgent, loaders: new Map() };
    },
    onSubscribe: (_ctx, _id, payload) => prepareSocketOperation(config, schema, payload),
    // The bearer token from connectionParams, else the session cookie sent with the upgrade. A browser
    // sends the cookie whatever page opened the socket: from another origin it is refused (4403).
    onConnect: async (ctx) => {
      const extra = ctx.extra as WsExtra;
      const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
      const bearer = bearerToken(params.authorization ?? params.Authorization);
      const cookie = sessionCookieOf(extra.request?.headers.cookie);
      if (!bearer && cookie && !originAllowed(config, extra.request?.headers ?? {})) return false;
      extra.caller = await sessions.callerOf(bearer ?? cookie);
      extra.userAgent = extra.request?.headers['user-agent'];
      // Each socket's own address (as req.ip over HTTP), so sign-ins over WebSocket do not share one bucket.
      extra.clientAddress = clientAddressOf(extra.request, config.http.trustProxy);
      metrics?.socketOpened(ctx);
      return true;
    },
    onClose: (ctx) => metrics?.socketClosed(ctx),
    // Errors on the WebSocket get the same codes and the same scrubbing as over HTTP.
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(error.toJSON(), error)),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : undefined,
  };
}
