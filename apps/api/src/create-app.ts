import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { PinoNestLogger } from './logging/logger.js';
import { requestContext } from './logging/request-context.js';
import { instrumentHttp } from './metrics/http-metrics.js';
import { registerMediaUploads } from './media/media-uploads.js';
import { Metrics } from './metrics/metrics.js';
import { registerSecurityHeaders } from './security-headers/security-headers.js';
import { nameHttpSpans, traceHttpRequest } from './tracing/http-tracing.js';
import { findWebAppDist } from './web-app/web-app-files.js';
import { registerWebApp } from './web-app/web-app.js';

export interface CreateAppOptions extends AppModuleOptions {
  /** The built web app to serve; null serves none. By default apps/web/dist when it exists. */
  webAppDir?: string | null;
}

/**
 * Builds the API (not yet listening). main.ts, the CLI, the tests and the benchmarks all
 * start it this way, so what they exercise is what runs in production.
 */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: options.logger,
    // Each request runs inside its own context, so every line logged on its behalf (services
    // included) carries its id: see logging/request-context.ts.
    serverFactory: (handler: RequestListener) =>
      Object.assign(
        createServer((request, response) =>
          requestContext.run({}, () =>
            traceHttpRequest(request, response, () => handler(request, response)),
          ),
        ),
        // Fastify's own default (Node's is 5 s): a client may reuse an idle connection the
        // server is about to close, and its request fails with ECONNRESET.
        { keepAliveTimeout: 72_000 },
      ),
    requestIdHeader: false,
    genReqId: requestId,
    childLoggerFactory: requestLogger,
    trustProxy: options.config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    adapter,
    { logger: new PinoNestLogger(options.logger), abortOnError: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerSecurityHeaders(app, options.config);
  await registerMediaUploads(app, options.config);
  instrumentHttp(fastify, app.get(Metrics));
  nameHttpSpans(fastify);
  // Before init: Fastify takes no new routes once Nest has made it ready.
  const webAppDir = options.webAppDir === undefined ? findWebAppDist() : options.webAppDir;
  if (webAppDir) registerWebApp(fastify, webAppDir, options.logger);
  // On SIGTERM: the Apollo driver's drain plugin closes the HTTP server first (no new
  // connections; requests in flight get up to 10 s), the database closes after it, and then
  // the process exits 0 rather than re-raising the signal, so a clean stop reads as one.
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.init();
  await fastify.ready();
  return app;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** A caller's request id (from a proxy) when it is a plain token, else a new one. */
function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Records the request's id in its context and gives Fastify a logger without the id bound:
 * the root logger's mixin adds it from the context, and binding it too would write it twice.
 */
function requestLogger(
  logger: FastifyBaseLogger,
  { reqId, ...bindings }: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  const context = requestContext.getStore();
  if (context) context.reqId = String(reqId);
  return logger.child(bindings, options);
}
