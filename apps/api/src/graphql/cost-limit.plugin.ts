import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { RequestLimiter } from '../rate-limits/request-limiter.js';
import type { GraphQLContext } from './graphql-context.js';

/**
 * Refuses an operation whose estimated cost is over the limit, before any resolver runs.
 * Each field costs 1 unless it declares `complexity` (list fields multiply by `first`). The
 * cost is then spent from the client address's budget for the last minute
 * (GRAPHQL_COST_PER_MINUTE, in Redis when several processes share it), so many cheap requests
 * cannot add up to what one expensive request may not do.
 */
export function costLimitPlugin(
  maximumCost: number,
  limits: RequestLimiter,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit the schema: execution refuses them next with a
            // BAD_USER_INPUT naming the field, before any resolver runs.
            return;
          }
          if (cost > maximumCost) {
            throw new GraphQLError(
              `Query cost ${cost} is over the limit of ${maximumCost}; ask for fewer items or fields`,
              // `http` sets the status (Apollo takes it out of the answer): without it, 500.
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', cost, maximumCost, http: { status: 400 } },
              },
            );
          }
          const budget = await limits.graphqlCost(contextValue.req.ip, cost);
          if (!budget.allowed) {
            const retryAfterSeconds = Math.ceil(budget.retryAfterMs / 1000);
            throw new GraphQLError(
              `Too many requests from this address; try again in ${retryAfterSeconds} seconds`,
              {
                extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds, http: { status: 429 } },
              },
            );
          }
        },
      };
    },
  };
}
