import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestWithPrincipal } from '../../graphql/graphql-context.js';

/** The HTTP request behind a GraphQL operation or a REST route. */
export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<'graphql' | 'http'>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}
