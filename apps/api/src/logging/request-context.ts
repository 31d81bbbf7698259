import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request should carry. */
export interface RequestContext {
  reqId?: string;
}

/**
 * The request being served, for whatever code runs on its behalf: Fastify enters it when a
 * connection's request arrives (see create-app.ts), so services deep in a resolver, and the
 * queries and mails they cause, log with the request id without being passed it.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();
