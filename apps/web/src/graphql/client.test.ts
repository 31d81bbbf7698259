// @vitest-environment happy-dom
// The session store coordinates refreshes through the browser's navigator (Web Locks).
import { gql } from '@apollo/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionStore, type SessionUser } from '../auth/session';
import { createApolloClient } from './client';

const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

const USER: SessionUser = {
  id: 'u1',
  email: 'pat@example.com',
  displayName: 'Pat',
  profession: 'PHYSICAL_THERAPIST',
  licenseNumber: 'PT-1',
  licenseState: 'CO',
  roles: ['LEARNER'],
  emailVerified: true,
};

interface Call {
  authorization: string | null;
  operation: string;
}

/** A fake API: the access token "fresh" works, anything else is expired. */
function fakeApi(refreshWorks = true) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const body = JSON.parse(String(init?.body)) as { query: string };
    const operation = /mutation RefreshSession|mutation Logout/.exec(body.query)?.[0] ?? 'query';
    calls.push({ authorization: headers.get('authorization'), operation });
    const json = (value: unknown) =>
      new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
    if (operation === 'mutation RefreshSession') {
      return refreshWorks
        ? json({
            data: { refreshToken: { accessToken: 'fresh', user: { __typename: 'User', ...USER } } },
          })
        : json({
            errors: [
              { message: 'This session has ended', extensions: { code: 'UNAUTHENTICATED' } },
            ],
          });
    }
    if (headers.get('authorization') === 'Bearer fresh') {
      return json({ data: { me: { __typename: 'User', id: 'u1' } } });
    }
    return json({
      data: null,
      errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

describe('Apollo client session handling', () => {
  beforeEach(() => {
    // Without Web Locks (as in some browsers) the store refreshes without one.
    vi.stubGlobal('navigator', { ...navigator, locks: undefined });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refreshes an expired access token through the cookie once, then retries', async () => {
    const calls = fakeApi();
    const session = new SessionStore('http://api.test/graphql');
    session.signedIn('expired', USER);
    const client = createApolloClient(session, 'http://api.test/graphql');

    const result = await client.query({ query: ME });

    expect(result.data).toEqual({ me: { __typename: 'User', id: 'u1' } });
    expect(calls).toEqual([
      { authorization: 'Bearer expired', operation: 'query' },
      { authorization: null, operation: 'mutation RefreshSession' },
      { authorization: 'Bearer fresh', operation: 'query' },
    ]);
    expect(session.accessToken).toBe('fresh');
  });

  it('sends one refresh for many expired requests at once (refresh tokens are single-use)', async () => {
    const calls = fakeApi();
    const session = new SessionStore('http://api.test/graphql');
    session.signedIn('expired', USER);
    const client = createApolloClient(session, 'http://api.test/graphql');

    await Promise.all([
      client.query({ query: ME, fetchPolicy: 'network-only' }),
      client.query({ query: ME, variables: { n: 2 }, fetchPolicy: 'network-only' }),
      session.refresh(),
    ]);

    expect(calls.filter((call) => call.operation === 'mutation RefreshSession')).toHaveLength(1);
  });

  it('signs out when the cookie is refused, and passes the error on', async () => {
    fakeApi(false);
    const session = new SessionStore('http://api.test/graphql');
    session.signedIn('expired', USER);
    const client = createApolloClient(session, 'http://api.test/graphql');

    await expect(client.query({ query: ME })).rejects.toThrow('Sign in to continue');
    expect(session.getState()).toEqual({ status: 'signedOut' });
    expect(session.accessToken).toBeNull();
  });

  it('does not refresh for a visitor who never signed in', async () => {
    const calls = fakeApi();
    const session = new SessionStore('http://api.test/graphql');
    const client = createApolloClient(session, 'http://api.test/graphql');

    await expect(client.query({ query: ME })).rejects.toThrow('Sign in to continue');
    expect(calls).toEqual([{ authorization: null, operation: 'query' }]);
  });
});
