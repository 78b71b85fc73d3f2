import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { AppConfig } from '@community-hub/api-config';
import { answerPreloadedFields, type Caller, readPlainFieldsDirectly, type RequestContext } from '@community-hub/api-common';
import { bearerToken, sessionCookieOf, sessionTokenOf, type TokenService } from '@community-hub/api-auth';
import type { MetricsService } from '../metrics/metrics.service';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { CompiledExecution } from './compiled-execution';
import { formatError } from './format-error';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule } from './query-limits';
import { clientErrorStatusPlugin, nulCharacterPlugin } from './request-hygiene';
import { subscribeSharingResults } from './shared-subscribe';

interface WsExtra {
  caller?: Caller | null;
  request?: { headers: Record<string, string | string[] | undefined> };
}

/** Nest passes every option through to `new ApolloServer`; its type leaves out `gateway`, which we use for the executor. */
type ApolloOptions = ApolloDriverConfig & { gateway: GatewayInterface };

export function graphqlOptions(config: AppConfig, tokens: TokenService, metrics?: MetricsService): ApolloOptions {
  const execution = new CompiledExecution();
  const httpContext = graphqlHttpContext(tokens);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Fields a list query has already joined in answer without their resolver (see `@Preloaded`),
    // and plain properties are read without one (see `readPlainFieldsDirectly`).
    transformSchema: (schema) => execution.useSchema(readPlainFieldsDirectly(answerPreloadedFields(schema))),
    // Queries run compiled (graphql-jit) where it behaves as graphql-js does; see CompiledExecution.
    gateway: execution,
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
    parseOptions: { maxTokens: config.graphql.maxTokens },
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: [depthLimitRule(config.graphql.maxDepth), aliasLimitRule(config.graphql.maxAliases)],
    formatError,
    subscriptions: { 'graphql-ws': webSocketOptions(tokens, metrics) as GraphQLWsSubscriptionsConfig },
    context: (ctx: { req?: Request; res?: Response; extra?: WsExtra }): RequestContext => {
      if (ctx.extra) return { caller: ctx.extra.caller ?? null, loaders: new Map() };
      return httpContext(ctx);
    },
  };
}

/** The context of a GraphQL request over HTTP: the caller from the bearer token or session cookie. */
export function graphqlHttpContext(tokens: TokenService) {
  return (ctx: { req?: Request; res?: Response }): RequestContext => ({
    req: ctx.req,
    res: ctx.res,
    caller: tokens.verifySession(sessionTokenOf(ctx.req)),
    loaders: new Map(),
  });
}

/** graphql-ws server hooks (Nest passes them through to `useServer`). */
function webSocketOptions(tokens: TokenService, metrics?: MetricsService): ServerOptions & { path: string } {
  return {
    path: '/graphql',
    subscribe: subscribeSharingResults,
    // The bearer token from connectionParams, else the session cookie sent with the upgrade.
    onConnect: (ctx) => {
      const extra = ctx.extra as WsExtra;
      const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
      const token =
        bearerToken(params.authorization ?? params.Authorization) ?? sessionCookieOf(extra.request?.headers.cookie);
      extra.caller = tokens.verifySession(token);
      metrics?.socketOpened(ctx);
      return true;
    },
    onClose: (ctx) => metrics?.socketClosed(ctx),
    // Errors on the WebSocket get the same codes and the same scrubbing as over HTTP.
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
  };
}
