import { LOGIN, registerLearner } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('login throttling', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
    });
  });
  afterAll(() => test.close());

  const attempt = (email: string, password: string) =>
    test.client.request(LOGIN, { input: { email, password } });

  it('locks an account after repeated failures, even for the right password, until the window ends', async () => {
    const learner = await registerLearner(test);
    for (let i = 0; i < 3; i += 1) {
      const result = await attempt(learner.email, 'wrong password here');
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await attempt(learner.email, learner.password);
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');

    test.clock.advance(15 * 60 * 1000 + 1);
    const after = await attempt(learner.email, learner.password);
    expect(after.errors).toBeUndefined();
  });

  it('locks an unknown email the same way, so a lock says nothing about who has an account', async () => {
    for (let i = 0; i < 3; i += 1) await attempt('ghost@example.com', 'wrong password here');
    const locked = await attempt('ghost@example.com', 'wrong password here');
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('throttles one address trying many accounts', async () => {
    test.clock.advance(15 * 60 * 1000 + 1);
    const learner = await registerLearner(test);
    for (let i = 0; i < 8; i += 1) {
      await attempt(`sprayed-${i}@example.com`, 'wrong password here');
    }
    const blocked = await attempt(learner.email, learner.password);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
