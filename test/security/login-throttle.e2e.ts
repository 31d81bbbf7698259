import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../apps/api/src/identity/auth/password-hasher.js';
import { LOGIN, registerLearner } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 10;
const WINDOW_MS = 15 * 60 * 1000;

/**
 * The throttle under concurrency: the limit is a promise about how many guesses reach the
 * password hasher, so it is counted there, on the real PasswordHasher instance.
 */
describe('login throttle under concurrent attempts', () => {
  let test: TestApp;
  /** Calls of the app's own PasswordHasher.verify, i.e. guesses that reached argon2. */
  let verified = 0;
  let address = 0;

  beforeAll(async () => {
    test = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(ACCOUNT_LIMIT),
      LOGIN_MAX_FAILURES_PER_ADDRESS: String(ADDRESS_LIMIT),
      TRUST_PROXY: 'true',
    });
    const hasher = test.app.get(PasswordHasher, { strict: false });
    const verify = hasher.verify.bind(hasher);
    hasher.verify = (hash, password) => {
      verified += 1;
      return verify(hash, password);
    };
  });
  afterAll(() => test.close());
  beforeEach(() => (verified = 0));

  /** A client at an address no other test uses, so each test starts with empty counts. */
  const freshAddress = (): [GraphQLClient, string] => {
    const ip = `198.51.100.${(address += 1)}`;
    return [test.client.withHeaders({ 'x-forwarded-for': ip }), ip];
  };

  const login = (client: GraphQLClient, email: string, password: string) =>
    client.request(LOGIN, { input: { email, password } });

  const codes = (results: { errors?: { extensions?: { code?: string } }[] }[]) =>
    results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');

  const failures = async (key: string): Promise<number | undefined> => {
    const rows: { failures: number }[] = await test.app
      .get(DataSource)
      .query(`SELECT failures FROM login_failures WHERE key = $1`, [key]);
    return rows[0]?.failures;
  };

  it('lets at most the account limit of 40 concurrent wrong passwords reach the hasher', async () => {
    const learner = await registerLearner(test);
    const [client] = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 40 }, () => login(client, learner.email, 'not the password at all')),
    );

    expect(verified).toBe(ACCOUNT_LIMIT);
    const answers = codes(results);
    expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(ACCOUNT_LIMIT);
    expect(answers.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(40 - ACCOUNT_LIMIT);
    expect(await failures(`account:${learner.email}`)).toBe(ACCOUNT_LIMIT);
  });

  it('treats an unknown email the same way', async () => {
    const [client] = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 40 }, () => login(client, 'nobody@example.com', 'a guess, wrong')),
    );

    expect(verified).toBe(ACCOUNT_LIMIT);
    expect(codes(results).filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(
      40 - ACCOUNT_LIMIT,
    );
  });

  it('lets at most the address limit through when one address sprays 40 accounts at once', async () => {
    const [client] = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(client, `spray-${i}@example.com`, 'wrong guess')),
    );

    expect(verified).toBe(ADDRESS_LIMIT);
    expect(codes(results).filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(
      40 - ADDRESS_LIMIT,
    );
    // Refused attempts are not counted against the accounts they named.
    const counted = await Promise.all(
      Array.from({ length: 40 }, (_, i) => failures(`account:spray-${i}@example.com`)),
    );
    expect(counted.filter((n) => n === 1)).toHaveLength(ADDRESS_LIMIT);
    expect(counted.filter((n) => n === undefined)).toHaveLength(40 - ADDRESS_LIMIT);
  });

  it('does not count correct sign-ins against the address, and a success clears the account', async () => {
    const learner = await registerLearner(test);
    const [client, ip] = freshAddress();
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i += 1) {
      await login(client, learner.email, 'not the password at all');
    }
    // More sign-ins than the address allows attempts: each claims a slot and hands it back.
    for (let i = 0; i < ADDRESS_LIMIT + 2; i += 1) {
      expect(codes([await login(client, learner.email, learner.password)])).toEqual(['OK']);
    }

    expect(await failures(`account:${learner.email}`)).toBeUndefined();
    expect(await failures(`address:${ip}`)).toBe(ACCOUNT_LIMIT - 1);
  });

  it('opens a locked account again when the window has passed', async () => {
    const learner = await registerLearner(test);
    const [client] = freshAddress();
    await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT + 3 }, () => login(client, learner.email, 'wrong guess')),
    );
    expect(codes([await login(client, learner.email, learner.password)])).toEqual([
      'TOO_MANY_REQUESTS',
    ]);

    test.clock.advance(WINDOW_MS + 1);
    expect(codes([await login(client, learner.email, learner.password)])).toEqual(['OK']);
  });
});
