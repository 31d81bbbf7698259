import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { GRAPHQL_PATH } from '@fascicle/common';
import type { AppConfig } from '../config/app-config.js';
import { CSP_DIRECTIVES } from './content-security-policy.js';

/** A year: what browsers' preload lists ask of a site that wants HTTPS only. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Helmet's security headers on every response, API and web app alike, with the web app's
 * content security policy. Registered before Nest's routes, so every route gets them.
 * Helmet itself, built once: @fastify/helmet built it anew for every request (parsing the
 * policy each time), for per-route options and nonces this app does not use.
 */
export async function registerSecurityHeaders(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  const setHeaders = helmet({
    // Only the directives above: helmet's defaults add upgrade-insecure-requests, which would
    // send an http:// deployment's (or a test's) own requests to an https:// port nobody serves.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Browsers ignore HSTS over plain http; over https it pins the site to https for a year.
    strictTransportSecurity: config.publicUrl.startsWith('https:')
      ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true }
      : false,
    frameguard: { action: 'deny' },
    // The web app links to its own pages; other sites need not learn the path a person was on.
    referrerPolicy: { policy: 'same-origin' },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  if (config.isProduction) return;
  // Outside production GET /graphql shows Apollo's landing page, which loads its scripts from
  // Apollo's CDN and brings its own policy (a meta tag with a nonce). Ours would block it; in
  // production the page is off, so the exemption never applies there.
  fastify.addHook('onSend', async (request, reply) => {
    const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
    if (html && request.url.split('?')[0] === GRAPHQL_PATH) {
      reply.removeHeader('content-security-policy');
    }
  });
}
