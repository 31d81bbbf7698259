import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
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
/** Costs kept per parsed document (Apollo reuses the document of a repeated query string). */
const COSTS_PER_DOCUMENT = 64;

/**
 * The estimated cost of an operation, computed once per document and the variables that can
 * change it: every field's `complexity` reads `first` (a number), and @include/@skip read
 * booleans; a string variable (a code, an id, a search, an enum) changes no cost, so a
 * verification asked with a new code each time reuses the cost of the first.
 * Throws as getComplexity does for variables that do not fit the schema.
 */
function estimatedCost(
  cache: WeakMap<DocumentNode, Map<string, number>>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  const relevant = Object.entries(variables).filter(([, value]) => typeof value !== 'string');
  const key = `${operationName ?? ''}\u0000${JSON.stringify(relevant)}`;
  let costs = cache.get(document);
  const known = costs?.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (!costs) cache.set(document, (costs = new Map()));
  if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
  costs.set(key, cost);
  return cost;
}

export function costLimitPlugin(
  maximumCost: number,
  limits: RequestLimiter,
): ApolloServerPlugin<GraphQLContext> {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          let cost: number;
          try {
            cost = estimatedCost(
              costs,
              schema,
              document,
              request.operationName ?? undefined,
              request.variables ?? {},
            );
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
