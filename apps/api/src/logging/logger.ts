import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import type { LogFormat } from '../config/environment.js';
import { prettyStream } from './pretty.js';
import { requestContext } from './request-context.js';

/**
 * One pino logger per process, for Fastify's request records, Nest's messages (through
 * PinoNestLogger) and the services that inject ROOT_LOGGER. The mixin stamps each line with
 * the request being served, so a service's line and the request's own records share a reqId.
 * JSON for log shippers in production; one readable line per record at a terminal otherwise.
 */
export function createRootLogger(
  config: Pick<AppConfig, 'logLevel'> & { logFormat?: LogFormat },
  /** Where the lines go instead of stdout (tests read them back). */
  destination?: DestinationStream,
): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'fascicle-api' },
    mixin: () => ({ ...requestContext.getStore() }),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.refreshToken',
      ],
      censor: '[redacted]',
    },
  };
  if (destination) return pino(options, destination);
  return config.logFormat === 'pretty' ? pino(options, prettyStream()) : pino(options);
}

export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
