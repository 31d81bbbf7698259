import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../identity/auth/principal.js';
import type { Loaders } from '../dataloaders/loaders.js';

export interface RequestWithPrincipal extends FastifyRequest {
  principal?: Principal;
}

/** What every resolver receives as its context: the request and this request's loaders. */
export interface GraphQLContext {
  req: RequestWithPrincipal;
  reply: FastifyReply;
  loaders: Loaders;
}
