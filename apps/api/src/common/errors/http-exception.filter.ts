import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, HTTP_STATUS, InvalidInputError } from './domain-error.js';

/**
 * REST routes (health, downloads) answer domain errors with the matching status and the
 * same code as GraphQL. In a GraphQL context the error is handed back to Apollo, whose
 * formatError maps it.
 */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') throw error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    return reply.status(HTTP_STATUS[error.code]).send({
      error: {
        code: error.code,
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(error instanceof InvalidInputError ? { problems: error.problems } : {}),
      },
    });
  }
}
