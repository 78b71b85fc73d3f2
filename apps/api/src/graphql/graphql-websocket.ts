import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import type { Caller } from '@community-hub/api-common';
import { SessionService, type SessionsEnded } from '@community-hub/api-accounts';
import { MetricsService } from '../metrics/metrics.service';
import { webSocketOptions, type WsExtra } from './graphql-options';

const PATH = '/graphql';
/** Close code and reason for a socket whose session ended (4403: the client may reconnect, then as whoever it now is). */
export const SESSION_ENDED_CLOSE = { code: 4403, reason: 'Session ended' } as const;
/**
 * A socket whose session ended is anonymous at once (for every new operation) and closed this
 * much later, so an answer already on its way (the `logout` sent over this very socket) arrives.
 */
const CLOSE_GRACE_MS = 250;

/**
 * The graphql-transport-ws endpoint, set up as graphql-ws documents it (`useServer` on a `ws`
 * server) rather than through Nest's subscription service, which offers no way to bound the size
 * of a message: a message may be no larger than an HTTP request body (MAX_REQUEST_BYTES).
 * Every operation is parsed and validated as over HTTP (`prepareSocketOperation`).
 */
@Injectable()
export class GraphqlWebSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private wss?: WebSocketServer;
  private disposable?: { dispose(): void | Promise<void> };
  private server?: Server;
  /** Open sockets of signed-in callers, so a socket is closed when its session ends. */
  private readonly signedIn = new Map<WebSocket, { caller: Readonly<Caller>; extra: WsExtra }>();
  private stopListening?: () => void;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const wss = this.wss;
    if (!wss || new URL(request.url ?? '/', 'http://localhost').pathname !== PATH) return;
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly metrics: MetricsService,
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {}

  onApplicationBootstrap(): void {
    // An application context without HTTP (scripts, the medium tests) has no socket to serve.
    const httpServer = this.httpAdapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!httpServer) return;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.config.http.maxRequestBytes });
    const options = webSocketOptions(this.config, this.sessions, this.schemaHost.schema, this.metrics);
    const { onConnect, onClose } = options;
    options.onConnect = async (ctx) => {
      const accepted = await onConnect?.(ctx);
      const extra = ctx.extra as WsExtra & { socket: WebSocket };
      if (accepted !== false && extra.caller?.sessionId) this.signedIn.set(extra.socket, { caller: extra.caller, extra });
      return accepted;
    };
    options.onClose = (ctx, code, reason) => {
      this.signedIn.delete((ctx.extra as { socket: WebSocket }).socket);
      return onClose?.(ctx, code, reason);
    };
    this.stopListening = this.sessions.onEnded((ended) => void this.closeEnded(ended));
    this.disposable = useServer(options, this.wss);
    this.server = httpServer;
    this.server.on('upgrade', this.onUpgrade);
  }

  /** Closes the sockets whose session ended; `null` (anything may have ended): re-checks every one. */
  private async closeEnded(ended: SessionsEnded | null): Promise<void> {
    for (const [socket, { caller, extra }] of [...this.signedIn]) {
      let over: boolean;
      if (!ended) over = !(await this.sessions.isOpen(caller.sessionId!).catch(() => true));
      else if ('sessionId' in ended) over = caller.sessionId === ended.sessionId;
      else over = caller.userId === ended.userId && caller.sessionId !== ended.exceptSessionId;
      if (over) {
        this.signedIn.delete(socket);
        // Each operation's context reads the caller from here: from now on the socket is anonymous.
        extra.caller = null;
        setTimeout(() => socket.close(SESSION_ENDED_CLOSE.code, SESSION_ENDED_CLOSE.reason), CLOSE_GRACE_MS).unref();
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    this.server?.off('upgrade', this.onUpgrade);
    await this.disposable?.dispose();
  }
}
