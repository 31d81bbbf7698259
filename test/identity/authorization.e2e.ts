import { asAdmin, LOGIN, registerLearner, type Session } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SET_ROLES = /* GraphQL */ `
  mutation SetRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      id
      roles
    }
  }
`;
const USERS = /* GraphQL */ `
  query Users($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('roles', () => {
  let test: TestApp;
  let admin: Session;
  let learner: Session;
  beforeAll(async () => {
    test = await startTestApp();
    admin = await asAdmin(test);
    learner = await registerLearner(test);
  });
  afterAll(() => test.close());

  it('answers FORBIDDEN when a learner calls an admin mutation, and changes nothing', async () => {
    const error = await test.client.as(learner.accessToken).error(SET_ROLES, {
      input: { userId: learner.userId, roles: ['ADMIN'] },
    });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const { login } = await test.client.ok<{ login: { user: { roles: string[] } } }>(LOGIN, {
      input: { email: learner.email, password: learner.password },
    });
    expect(login.user.roles).toEqual(['LEARNER']);
  });

  it('answers FORBIDDEN when a learner lists accounts', async () => {
    const error = await test.client.as(learner.accessToken).error(USERS, { first: 5 });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an admin grant a role, which the next session carries', async () => {
    const { setUserRoles } = await test.client.as(admin.accessToken).ok<{
      setUserRoles: { roles: string[] };
    }>(SET_ROLES, { input: { userId: learner.userId, roles: ['LEARNER', 'INSTRUCTOR'] } });
    expect(setUserRoles.roles).toEqual(['LEARNER', 'INSTRUCTOR']);
    const { login } = await test.client.ok<{ login: { user: { roles: string[] } } }>(LOGIN, {
      input: { email: learner.email, password: learner.password },
    });
    expect(login.user.roles).toEqual(['LEARNER', 'INSTRUCTOR']);
  });

  it('pages through accounts with cursors, with no row twice or missed', async () => {
    for (let i = 0; i < 4; i += 1) await registerLearner(test);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      type Page = {
        users: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const data: Page = await test.client
        .as(admin.accessToken)
        .ok<Page>(USERS, { first: 2, after });
      seen.push(...data.users.edges.map((edge) => edge.node.id));
      after = data.users.pageInfo.hasNextPage ? data.users.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);
    expect(seen).toContain(learner.userId);
  });

  it('refuses a page size over the limit and a forged cursor, naming the argument', async () => {
    const client = test.client.as(admin.accessToken);
    const tooMany = await client.error(USERS, { first: 1000 });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await client.error(USERS, { first: 2, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
