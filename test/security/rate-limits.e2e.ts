import { randomUUID } from 'node:crypto';
import { RequestLimiter } from '../../apps/api/src/rate-limits/request-limiter.js';
import { REGISTER, registrationInput } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { VERIFY } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Per-address limits in sliding windows. With TEST_REDIS_URL set they run against that Redis
 * (what replicas share), otherwise in memory; the same expectations hold for both.
 */
const redisUrl = process.env['TEST_REDIS_URL'];
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Limits small enough to reach, keys of this run only, the address from X-Forwarded-For. */
function limitsEnv(prefix: string, redis = redisUrl): Record<string, string> {
  return {
    TRUST_PROXY: 'true',
    VERIFY_RATE_LIMIT_PER_MINUTE: '3',
    REGISTER_RATE_LIMIT_PER_HOUR: '2',
    GRAPHQL_COST_PER_MINUTE: '1000',
    ...(redis ? { REDIS_URL: redis, REDIS_KEY_PREFIX: prefix } : {}),
  };
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code ?? 'OK';

describe(`per-address rate limits (${redisUrl ? 'Redis' : 'memory'})`, () => {
  let test: TestApp;
  let host = 0;
  beforeAll(async () => {
    test = await startTestApp(limitsEnv(`fascicle-test:${randomUUID()}:`));
  });
  afterAll(() => test.close());

  const fromNewAddress = (): GraphQLClient =>
    test.client.withHeaders({ 'x-forwarded-for': `203.0.113.${(host += 1)}` });
  const verify = (client: GraphQLClient) =>
    client.request(VERIFY, { code: '0000-0000-0000-00' }).then(codeOf);
  const register = (client: GraphQLClient) =>
    client.request(REGISTER, { input: registrationInput() }).then(codeOf);

  it('counts verification lookups in a sliding minute per address, each address on its own', async () => {
    const first = fromNewAddress();
    const second = fromNewAddress();
    expect([await verify(first), await verify(first)]).toEqual(['OK', 'OK']);
    test.clock.advance(40 * SECOND);
    expect(await verify(first)).toBe('OK');
    test.clock.advance(10 * SECOND);
    expect(await verify(first)).toBe('TOO_MANY_REQUESTS');
    // Another address is not held back by the first one's lookups.
    expect([await verify(second), await verify(second), await verify(second)]).toEqual([
      'OK',
      'OK',
      'OK',
    ]);
    expect(await verify(second)).toBe('TOO_MANY_REQUESTS');

    // 61 s after the first two lookups they have left the window; the one at 40 s has not.
    test.clock.advance(11 * SECOND);
    expect([await verify(first), await verify(first)]).toEqual(['OK', 'OK']);
    expect(await verify(first)).toBe('TOO_MANY_REQUESTS');
  });

  it('limits sign-ups per address per hour', async () => {
    const first = fromNewAddress();
    expect([await register(first), await register(first)]).toEqual(['OK', 'OK']);
    expect(await register(first)).toBe('TOO_MANY_REQUESTS');
    expect(await register(fromNewAddress())).toBe('OK');

    test.clock.advance(60 * MINUTE + 1);
    expect(await register(first)).toBe('OK');
  });

  it('spends GraphQL cost from a per-address budget per minute', async () => {
    const limiter = test.app.get(RequestLimiter);
    expect(await limiter.graphqlCost('198.18.0.1', 600)).toMatchObject({
      allowed: true,
      remaining: 400,
    });
    const refused = await limiter.graphqlCost('198.18.0.1', 500);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(MINUTE);
    expect((await limiter.graphqlCost('198.18.0.2', 1000)).allowed).toBe(true);
    // The refused 500 was not spent: 400 is still there.
    expect(await limiter.graphqlCost('198.18.0.1', 400)).toMatchObject({
      allowed: true,
      remaining: 0,
    });
  });

  it('refuses GraphQL operations past the address budget with 429, before any resolver', async () => {
    const client = fromNewAddress();
    // 100 items of one field each: a cost of about 100 a request, ten to the budget.
    const query = `{ courses(first: 100) { edges { cursor } } }`;
    const answers: string[] = [];
    for (let n = 0; n < 12; n += 1) answers.push(codeOf(await client.request(query)));
    expect(answers.slice(0, 5)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    expect(answers.at(-1)).toBe('TOO_MANY_REQUESTS');
    const response = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${host}` },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(429);
    // Another address still has its whole budget; the first has it again a minute later.
    expect(codeOf(await fromNewAddress().request(query))).toBe('OK');
    test.clock.advance(MINUTE + 1);
    expect(codeOf(await client.request(query))).toBe('OK');
  });
});

(redisUrl ? describe : describe.skip)('per-address rate limits shared through Redis', () => {
  it('counts one address across two API processes as one', async () => {
    const prefix = `fascicle-test:${randomUUID()}:`;
    const [one, two] = await Promise.all([
      startTestApp(limitsEnv(prefix)),
      startTestApp(limitsEnv(prefix)),
    ]);
    try {
      // Both processes read the same time, as replicas with synchronised clocks do.
      two.clock.set(one.clock.now());
      const address = { 'x-forwarded-for': '192.0.2.7' };
      const codes = [];
      for (const app of [one, two, one, two]) {
        codes.push(
          await app.client
            .withHeaders(address)
            .request(VERIFY, { code: '0000-0000-0000-00' })
            .then(codeOf),
        );
      }
      expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('lets requests through when Redis does not answer, rather than refusing everyone', async () => {
    const unreachable = await startTestApp(limitsEnv('fascicle-test:', 'redis://127.0.0.1:1'));
    try {
      const client = unreachable.client.withHeaders({ 'x-forwarded-for': '192.0.2.8' });
      const codes = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push(await client.request(VERIFY, { code: '0000-0000-0000-00' }).then(codeOf));
      }
      expect(codes).toEqual(['OK', 'OK', 'OK', 'OK']);
    } finally {
      await unreachable.close();
    }
  });
});
