import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `cache-control: no-store` on every GraphQL answer. Apollo's cache-control plugin would say
 * the same (no field here has a cache hint, so no answer is cacheable), but it wraps every
 * field of every operation to collect hints nobody gives: a fifth of the catalog's time in
 * the profiles of issue 20. It is disabled in graphql-options.ts and this keeps its header.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) {
          response.http.headers.set('cache-control', 'no-store');
        }
      },
    };
  },
};
