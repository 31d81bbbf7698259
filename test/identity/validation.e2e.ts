import { asAdmin, REGISTER, registrationInput } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const USERS = /* GraphQL */ `
  query Users($search: String) {
    users(first: 100, search: $search) {
      edges {
        node {
          email
        }
      }
    }
  }
`;

describe('invalid registration input', () => {
  let test: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    test = await startTestApp();
    adminToken = (await asAdmin(test)).accessToken;
  });
  afterAll(() => test.close());

  /** Registers with one thing wrong; asserts the error names it and no account appeared. */
  const refused = async (overrides: Record<string, unknown>, field: string) => {
    const input = registrationInput(overrides);
    const result = await test.client.request(REGISTER, { input });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    if (error?.extensions?.field !== undefined) {
      expect(error.extensions.field).toBe(field);
    } else {
      // A variable that fails GraphQL's own type check: graphql-js names the field in
      // the message (e.g. `Field "roles" is not defined by type "RegisterInput"`).
      expect(error?.message).toContain(field);
    }
    const { users } = await test.client.as(adminToken).ok<{
      users: { edges: { node: { email: string } }[] };
    }>(USERS, { search: String(input.email).trim().toLowerCase().slice(0, 40) });
    expect(users.edges).toHaveLength(0);
    return error!;
  };

  it('refuses a malformed email', async () => {
    const error = await refused({ email: 'not-an-email' }, 'email');
    expect(error.message).toMatch(/email/);
  });

  it('refuses a password under 12 or over 128 characters', async () => {
    await refused({ password: 'short-pw' }, 'password');
    await refused({ password: 'x'.repeat(129) }, 'password');
  });

  it('refuses an empty display name', async () => {
    await refused({ displayName: '   ' }, 'displayName');
  });

  it('requires a license for a licensed profession, and a real state', async () => {
    await refused({ licenseNumber: null }, 'licenseNumber');
    await refused({ licenseState: 'ZZ' }, 'licenseState');
  });

  it('refuses an unknown profession', async () => {
    await refused({ profession: 'WIZARD' }, 'profession');
  });

  it('refuses an unknown field, so nobody can register themselves as ADMIN', async () => {
    await refused({ roles: ['ADMIN'] }, 'roles');
  });

  it('refuses an unknown field written inline in the query too', async () => {
    const result = await test.client.request(/* GraphQL */ `
      mutation {
        register(
          input: {
            email: "inline@example.com"
            password: "correct horse battery"
            displayName: "X"
            profession: EDUCATOR
            isAdmin: true
          }
        ) {
          accessToken
        }
      }
    `);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toContain('isAdmin');
  });
});
