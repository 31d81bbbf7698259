import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { NotFoundError, UnauthenticatedError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Public } from '../identity/auth/decorators.js';
import { Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

/**
 * Prometheus scrapes each replica here with `Authorization: Bearer <METRICS_TOKEN>`. Without
 * METRICS_TOKEN the route answers 404, as if it did not exist: route names, error counts and
 * pool sizes are for the operator only. Not under the accounts' auth (a scraper has no user).
 */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(METRICS_PATH)
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const token = this.config.metricsToken;
    if (token === null) throw new NotFoundError('Metrics are off: set METRICS_TOKEN');
    if (!sameSecret(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw new UnauthenticatedError('Send the metrics token as Authorization: Bearer <token>');
    }
    reply.header('content-type', this.metrics.registry.contentType);
    reply.header('cache-control', 'no-store');
    return this.metrics.registry.metrics();
  }
}

/** Compares digests, so neither the content nor the length of the token leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
