import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.js';

/** A request no route matched (404), so its path is not a label value: it is unbounded. */
const UNMATCHED = 'unmatched';

/**
 * Counts and times every HTTP request by its route pattern (`/certificates/:id.pdf`, not the
 * id). Must run before Nest registers its routes, as the request-id hook does.
 */
export function instrumentHttp(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observeHttp(
      request.method,
      request.routeOptions.url ?? UNMATCHED,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
}
