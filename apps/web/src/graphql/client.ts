import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { GRAPHQL_PATH } from '@fascicle/api-paths';
import type { SessionStore } from '../auth/session';

/**
 * Apollo Client for the API on the same origin (Vite proxies /graphql in development; the
 * API serves the built app in production). Every operation carries the in-memory access
 * token; an UNAUTHENTICATED answer (the 15-minute token ran out) refreshes the session once
 * through the cookie and retries the operation with the new token.
 */
export function createApolloClient(session: SessionStore, uri = GRAPHQL_PATH) {
  const bearer = new SetContextLink((previous) => {
    const token = session.accessToken;
    return {
      sentToken: token,
      headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });

  const refreshOnExpiry = new ErrorLink(({ error, operation, forward }) => {
    const expired =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
    // Only a request that carried a token can have an expired one; retry at most once.
    if (!expired || operation.getContext()['retriedAfterRefresh'] || !session.accessToken) return;
    operation.setContext({ retriedAfterRefresh: true });
    // Another request may have refreshed while this one was on its way: then the new token is
    // already here, and a second refresh would spend the new refresh token for nothing.
    const alreadyRefreshed = operation.getContext()['sentToken'] !== session.accessToken;
    return from(alreadyRefreshed ? Promise.resolve(true) : session.refresh()).pipe(
      switchMap((refreshed) => (refreshed ? forward(operation) : throwError(() => error))),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([refreshOnExpiry, bearer, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      // Progress, attempts and certificates change on the server: show the cache at once but
      // always ask again when a screen opens.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
