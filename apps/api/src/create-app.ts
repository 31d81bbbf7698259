import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { PinoNestLogger } from './logging/logger.js';
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
    // Honour a caller's request id (from a proxy) or make one; it is on every log line.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
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
  // Before init: Fastify takes no new routes once Nest has made it ready.
  const webAppDir = options.webAppDir === undefined ? findWebAppDist() : options.webAppDir;
  if (webAppDir) registerWebApp(fastify, webAppDir, options.logger);
  app.enableShutdownHooks();
  await app.init();
  await fastify.ready();
  return app;
}
