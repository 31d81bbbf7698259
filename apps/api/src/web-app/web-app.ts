import { API_PATH_PREFIXES } from '@fascicle/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { CONTENT_SECURITY_POLICY } from '../security-headers/content-security-policy.js';
import { loadWebAppFiles, type WebAppFile } from './web-app-files.js';

/**
 * Serves the built web app from the API's own port, so production has one address: files of
 * the build by name, and index.html for any other GET the API does not answer (the web
 * app's router takes it from there). Must run before Nest registers its routes.
 */
export function registerWebApp(fastify: FastifyInstance, root: string, logger: Logger): void {
  const files = loadWebAppFiles(root);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${root} has no index.html`);
  logger.info({ root, files: files.size }, 'Serving the web app');

  // The certificate PDF's QR code links /verify/<code>: a person's browser gets the page,
  // a program (Accept: application/json, ?format=json, or no preference) keeps the JSON.
  fastify.addHook('onRequest', async (request, reply) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !/^\/verify\/[^/?]+(\?|$)/.test(request.url)
    )
      return;
    if (wantsPage(request)) return sendFile(request, reply, index, 'accept, accept-encoding');
    reply.header('vary', 'accept');
  });

  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const file = files.get(path);
    if (file) return sendFile(request, reply, file);
    if (isApiPath(path) || path.startsWith('/assets/') || !acceptsHtml(request)) {
      return reply.callNotFound();
    }
    return sendFile(request, reply, index);
  });
}

/**
 * An unknown path under one of the API's prefixes is a 404 from the API, never the web app's
 * index.html: a client asking for JSON or a CSV must not get a page of HTML with status 200.
 */
function isApiPath(path: string): boolean {
  return API_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix));
}

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') || accept.includes('*/*') || accept === '';
}

function wantsPage(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  if (query?.['format'] === 'json') return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') && !accept.includes('application/json');
}

function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: WebAppFile,
  vary = 'accept-encoding',
) {
  const gzipped = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') ? file.gzipped() : null;
  reply
    .header('content-type', file.contentType)
    .header('cache-control', file.cacheControl)
    .header('x-content-type-options', 'nosniff')
    .header('vary', vary);
  if (file.contentType.startsWith('text/html')) {
    reply
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('referrer-policy', 'same-origin');
  }
  if (gzipped) reply.header('content-encoding', 'gzip');
  return reply.send(gzipped ?? file.body);
}
