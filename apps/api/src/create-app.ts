import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { PinoNestLogger } from './logging/logger.js';

/**
 * Builds the API (not yet listening). main.ts, the CLI, the tests and the benchmarks all
 * start it this way, so what they exercise is what runs in production.
 */
export async function createApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
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
  app.enableShutdownHooks();
  await app.init();
  await fastify.ready();
  return app;
}
