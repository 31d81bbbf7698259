import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses an operation whose estimated cost is over the limit, before any resolver runs.
 * Each field costs 1 unless it declares `complexity` (list fields multiply by `first`).
 */
export function costLimitPlugin(maximumCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
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
        },
      };
    },
  };
}
