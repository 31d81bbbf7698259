import { LOGIN, registerLearner, REGISTER, registrationInput } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = /* GraphQL */ `
  query {
    me {
      id
      email
      displayName
      profession
      licenseNumber
      licenseState
      roles
    }
  }
`;
const REFRESH = /* GraphQL */ `
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`;
const LOGOUT = /* GraphQL */ `
  mutation Logout($input: RefreshTokenInput!) {
    logout(input: $input)
  }
`;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation Change($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

describe('accounts and sessions', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('registers a learner, who can read their own account', async () => {
    const input = registrationInput({ email: '  Casey.PT@Example.com ' });
    const { register } = await test.client.ok<{
      register: { accessToken: string; user: { email: string; roles: string[] } };
    }>(REGISTER, { input });
    expect(register.user.email).toBe('casey.pt@example.com');
    expect(register.user.roles).toEqual(['LEARNER']);

    const { me } = await test.client
      .as(register.accessToken)
      .ok<{ me: Record<string, unknown> }>(ME);
    expect(me).toMatchObject({
      email: 'casey.pt@example.com',
      displayName: 'Pat Therapist, PT',
      profession: 'PHYSICAL_THERAPIST',
      licenseNumber: 'PT-123456',
      licenseState: 'CO',
    });
  });

  it('refuses a second account with the same email, in any case', async () => {
    const first = await registerLearner(test);
    const error = await test.client.error(REGISTER, {
      input: registrationInput({ email: first.email.toUpperCase() }),
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('lets an educator register without a license', async () => {
    const input = registrationInput({
      profession: 'EDUCATOR',
      licenseNumber: null,
      licenseState: null,
    });
    const { register } = await test.client.ok<{ register: { user: { licenseNumber: null } } }>(
      REGISTER,
      { input },
    );
    expect(register.user.licenseNumber).toBeNull();
  });

  it('logs in, and answers the same for an unknown email and a wrong password', async () => {
    const learner = await registerLearner(test);
    const { login } = await test.client.ok<{ login: { user: { id: string } } }>(LOGIN, {
      input: { email: learner.email, password: learner.password },
    });
    expect(login.user.id).toBe(learner.userId);

    const wrongPassword = await test.client.error(LOGIN, {
      input: { email: learner.email, password: 'not the password at all' },
    });
    const unknownEmail = await test.client.error(LOGIN, {
      input: { email: 'nobody-here@example.com', password: 'not the password at all' },
    });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('rotates refresh tokens: each works once and yields a working access token', async () => {
    const learner = await registerLearner(test);
    const first = await test.client.ok<{
      refreshToken: { accessToken: string; refreshToken: string };
    }>(REFRESH, { input: { refreshToken: learner.refreshToken } });
    expect(first.refreshToken.refreshToken).not.toBe(learner.refreshToken);
    const { me } = await test.client
      .as(first.refreshToken.accessToken)
      .ok<{ me: { id: string } }>(ME);
    expect(me.id).toBe(learner.userId);

    const second = await test.client.ok<{ refreshToken: { refreshToken: string } }>(REFRESH, {
      input: { refreshToken: first.refreshToken.refreshToken },
    });
    expect(second.refreshToken.refreshToken).toBeTruthy();
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const learner = await registerLearner(test);
    const rotated = await test.client.ok<{ refreshToken: { refreshToken: string } }>(REFRESH, {
      input: { refreshToken: learner.refreshToken },
    });
    // The old token shows up again: a thief or a replay. Both copies must stop working.
    const reuse = await test.client.error(REFRESH, {
      input: { refreshToken: learner.refreshToken },
    });
    expect(reuse.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REUSED',
    });
    const legitimate = await test.client.error(REFRESH, {
      input: { refreshToken: rotated.refreshToken.refreshToken },
    });
    expect(legitimate.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives one winner when the same refresh token is used twice at once', async () => {
    const learner = await registerLearner(test);
    const results = await Promise.all(
      [1, 2].map(() =>
        test.client.request(REFRESH, { input: { refreshToken: learner.refreshToken } }),
      ),
    );
    const succeeded = results.filter((result) => !result.errors);
    expect(succeeded).toHaveLength(1);
  });

  it('logs out: the refresh token no longer works', async () => {
    const learner = await registerLearner(test);
    await test.client.ok(LOGOUT, { input: { refreshToken: learner.refreshToken } });
    const error = await test.client.error(REFRESH, {
      input: { refreshToken: learner.refreshToken },
    });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password: old password and old sessions stop working', async () => {
    const learner = await registerLearner(test);
    const client = test.client.as(learner.accessToken);

    const wrong = await client.error(CHANGE_PASSWORD, {
      input: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });

    await client.ok(CHANGE_PASSWORD, {
      input: { currentPassword: learner.password, newPassword: 'a brand new passphrase' },
    });
    const oldLogin = await test.client.error(LOGIN, {
      input: { email: learner.email, password: learner.password },
    });
    expect(oldLogin.extensions?.code).toBe('UNAUTHENTICATED');
    await test.client.ok(LOGIN, {
      input: { email: learner.email, password: 'a brand new passphrase' },
    });
    const oldSession = await test.client.error(REFRESH, {
      input: { refreshToken: learner.refreshToken },
    });
    expect(oldSession.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('requires a token for everything that is not public', async () => {
    const error = await test.client.error(ME);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an access token once its 15 minutes are over', async () => {
    const learner = await registerLearner(test);
    test.clock.advance(15 * 60 * 1000 + 1000);
    try {
      const error = await test.client.as(learner.accessToken).error(ME);
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      test.clock.advance(-(15 * 60 * 1000 + 1000));
    }
  });
});
