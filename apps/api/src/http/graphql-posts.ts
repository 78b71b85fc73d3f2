import { Logger } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriver } from '@nestjs/apollo';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ErrorRequestHandler, Express, Request, Response } from 'express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { RequestContext } from '@community-hub/api-common';

/** An Express middleware as Express calls it (`next(error)` on failure). */
export type Middleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

export interface GraphQLPostsOptions {
  /** What Express runs for POST /graphql before Apollo, in the same order: ids, metrics, headers, CORS, body parser. */
  middleware: Middleware[];
  /** Express's error handler for what the middleware refuses (a body too large, or not JSON). */
  onMiddlewareError: ErrorRequestHandler;
  /** The GraphQL context over HTTP, as Apollo's Express integration builds it. */
  context: (ctx: { req: Request; res: Response }) => RequestContext;
}

const logger = new Logger('GraphQL');

/**
 * Answers `POST /graphql` without Express's router. Every request to the API
 * otherwise walks Express's stack of layers (request ids, metrics, headers,
 * the web client's static files and fallback, each Nest route, then Apollo),
 * and that walk was a quarter of a short query's CPU. Here the same middleware
 * functions run in the same order on the same request and response objects
 * (given Express's prototypes, so `req.ip`, `res.cookie` and the rest behave as
 * before), and the body goes straight to the Apollo server Nest started, as
 * Apollo's Express integration would pass it. Everything else, including
 * GraphQL over GET and WebSocket upgrades, is Express's as before.
 */
export function answerGraphQLPostsDirectly(app: NestExpressApplication, options: GraphQLPostsOptions): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  const server = app.getHttpServer() as Server;
  const apollo = app.get<GraphQLModule<ApolloDriver>>(GraphQLModule).graphQlAdapter.instance;
  if (!server.listeners('request').includes(express)) {
    throw new Error('answerGraphQLPostsDirectly: the HTTP server does not hand requests to the Express app');
  }
  const { middleware, onMiddlewareError, context } = options;

  server.removeListener('request', express);
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (incoming.method !== 'POST' || incoming.url !== '/graphql') {
      express(incoming, outgoing);
      return;
    }
    const { req, res } = asExpress(express, incoming, outgoing);
    let index = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) {
        onMiddlewareError(error, req, res, (unhandled?: unknown) => failed(res, unhandled ?? error));
        return;
      }
      const step = middleware[index++];
      if (!step) {
        void answer(apollo, context, req, res);
        return;
      }
      try {
        step(req, res, next);
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  });
}

/** What Express's `app.handle` does to every request before its router sees it. */
function asExpress(express: Express, incoming: IncomingMessage, outgoing: ServerResponse): { req: Request; res: Response } {
  const req = Object.setPrototypeOf(incoming, express.request) as Request;
  const res = Object.setPrototypeOf(outgoing, express.response) as Response;
  req.res = res;
  res.req = req;
  req.originalUrl = req.url;
  res.locals ??= Object.create(null);
  return { req, res };
}

/** Apollo's Express integration, with the path already known to be /graphql. */
async function answer(
  apollo: ApolloServer<BaseContext>,
  context: GraphQLPostsOptions['context'],
  req: Request,
  res: Response,
): Promise<void> {
  try {
    // As Nest's driver does: a POST without a JSON body reaches Apollo as `{}` and is refused there.
    req.body ??= {};
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body },
      context: async () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    failed(res, error);
  }
}

/** What Express's final handler would have done for an error nobody answered: a 500, logged. */
function failed(res: Response, error: unknown): void {
  logger.error(`POST /graphql failed: ${(error as Error)?.stack ?? String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
}
