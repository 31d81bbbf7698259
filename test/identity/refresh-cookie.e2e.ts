import { LOGIN, REGISTER, registerLearner, registrationInput } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REFRESH_FROM_COOKIE = /* GraphQL */ `
  mutation {
    refreshToken {
      accessToken
      user {
        id
      }
    }
  }
`;
const LOGOUT_FROM_COOKIE = /* GraphQL */ `
  mutation {
    logout
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      id
    }
  }
`;

interface Answer {
  status: number;
  setCookie: string | null;
  body: {
    data?: Record<string, { accessToken?: string; user?: { id: string } }> | null;
    errors?: { extensions?: Record<string, unknown> }[];
  };
}

/** A browser-like call: the cookie header as a browser would send it, Set-Cookie read back. */
async function post(
  test: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<Answer> {
  const response = await fetch(`${test.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    setCookie: response.headers.get('set-cookie'),
    body: (await response.json()) as Answer['body'],
  };
}

/** `fascicle_refresh=<token>` from a Set-Cookie header, as the browser would send it back. */
function cookieOf(setCookie: string | null): string {
  const pair = setCookie?.split(';')[0] ?? '';
  expect(pair).toMatch(/^fascicle_refresh=[\w-]{20,}$/);
  return pair;
}

describe('refresh token in an httpOnly cookie', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('sets a strict, httpOnly cookie scoped to /graphql on register and login', async () => {
    const input = registrationInput();
    const registered = await post(test, REGISTER, { input });
    expect(registered.setCookie).toContain('HttpOnly');
    expect(registered.setCookie).toContain('SameSite=Strict');
    expect(registered.setCookie).toContain('Path=/graphql');
    // 30 days by default, give or take the second the request took.
    const maxAge = Number(/Max-Age=(\d+)/.exec(registered.setCookie ?? '')?.[1]);
    expect(Math.abs(maxAge - 30 * 86_400)).toBeLessThanOrEqual(2);
    // The test app's PUBLIC_URL is http and NODE_ENV is test: a Secure cookie would be dropped.
    expect(registered.setCookie).not.toContain('Secure');

    const login = await post(test, LOGIN, {
      input: { email: input.email, password: input.password },
    });
    expect(login.setCookie).toContain('fascicle_refresh=');
  });

  it('restores a session from the cookie alone and rotates it', async () => {
    const learner = await registerLearner(test);
    const login = await post(test, LOGIN, {
      input: { email: learner.email, password: learner.password },
    });
    const first = cookieOf(login.setCookie);

    const refreshed = await post(test, REFRESH_FROM_COOKIE, undefined, first);
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.body.data?.['refreshToken']?.user?.id).toBe(learner.userId);
    const second = cookieOf(refreshed.setCookie);
    expect(second).not.toBe(first);

    const token = refreshed.body.data?.['refreshToken']?.accessToken;
    const me = await test.client.as(token!).ok<{ me: { id: string } }>(ME);
    expect(me.me.id).toBe(learner.userId);

    // The old cookie was single-use: showing it again ends the family and clears the cookie.
    const replay = await post(test, REFRESH_FROM_COOKIE, undefined, first);
    expect(replay.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REUSED',
    });
    expect(replay.setCookie).toContain('Max-Age=0');
    const afterReplay = await post(test, REFRESH_FROM_COOKIE, undefined, second);
    expect(afterReplay.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers UNAUTHENTICATED when there is neither a body token nor a cookie', async () => {
    const answer = await post(test, REFRESH_FROM_COOKIE);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_MISSING',
    });
  });

  it('prefers the token in the body over the cookie', async () => {
    const learner = await registerLearner(test);
    const other = await registerLearner(test);
    const otherLogin = await post(test, LOGIN, {
      input: { email: other.email, password: other.password },
    });
    const answer = await post(
      test,
      /* GraphQL */ `
        mutation Refresh($input: RefreshTokenInput) {
          refreshToken(input: $input) {
            user {
              id
            }
          }
        }
      `,
      { input: { refreshToken: learner.refreshToken } },
      cookieOf(otherLogin.setCookie),
    );
    expect(answer.body.data?.['refreshToken']?.user?.id).toBe(learner.userId);
  });

  it('logs out with the cookie: the session ends and the cookie is cleared', async () => {
    const learner = await registerLearner(test);
    const login = await post(test, LOGIN, {
      input: { email: learner.email, password: learner.password },
    });
    const cookie = cookieOf(login.setCookie);

    const logout = await post(test, LOGOUT_FROM_COOKIE, undefined, cookie);
    expect(logout.body.data).toEqual({ logout: true });
    expect(logout.setCookie).toMatch(/^fascicle_refresh=;/);
    expect(logout.setCookie).toContain('Max-Age=0');

    const after = await post(test, REFRESH_FROM_COOKIE, undefined, cookie);
    expect(after.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('logs out without any token, clearing the cookie all the same', async () => {
    const answer = await post(test, LOGOUT_FROM_COOKIE);
    expect(answer.body.data).toEqual({ logout: true });
    expect(answer.setCookie).toContain('Max-Age=0');
  });
});

describe('refresh cookie over https', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ PUBLIC_URL: 'https://ce.example.org' });
  });
  afterAll(() => test.close());

  it('is Secure when PUBLIC_URL is https', async () => {
    const answer = await post(test, REGISTER, { input: registrationInput() });
    expect(answer.setCookie).toContain('Secure');
  });
});
