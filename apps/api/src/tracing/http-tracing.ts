import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import { isTracing, tracer } from './tracing.js';

/** A request no route matched: its path is not a span name (it is unbounded). */
const UNMATCHED = 'unmatched';

const spans = new WeakMap<IncomingMessage, Span>();

/**
 * Runs one HTTP request inside its server span, continuing the caller's `traceparent` if it
 * sent one, so that every span started while it is handled (the GraphQL operation's) is its
 * child. The span ends when the response is finished or the connection closes.
 */
export function traceHttpRequest(
  request: IncomingMessage,
  response: ServerResponse,
  handle: () => void,
): void {
  if (!isTracing()) return handle();
  const parent = propagation.extract(context.active(), request.headers);
  const span = tracer().startSpan(
    `${request.method ?? 'HTTP'}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method ?? '' } },
    parent,
  );
  spans.set(request, span);
  response.once('close', () => {
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), handle);
}

/**
 * Names each request's span by its route pattern (`POST /graphql`, `GET /certificates/:id.pdf`),
 * as the metrics label it, once routing knows it.
 */
export function nameHttpSpans(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    const span = spans.get(request.raw);
    if (!span) return;
    const route = request.routeOptions.url ?? UNMATCHED;
    span.updateName(`${request.method} ${route}`);
    span.setAttribute('http.route', route);
  });
}
