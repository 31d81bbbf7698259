import { SignJWT, UnsecuredJWT } from 'jose';
import { registerLearner, type Session } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = 'test-secret-that-is-long-enough-for-hs256';
const ME = /* GraphQL */ `
  query {
    me {
      id
      roles
    }
  }
`;

describe('forged and stale access tokens', () => {
  let test: TestApp;
  let learner: Session;
  beforeAll(async () => {
    test = await startTestApp({ JWT_SECRET: SECRET });
    learner = await registerLearner(test);
  });
  afterAll(() => test.close());

  const forge = (
    claims: { roles?: string[]; aud?: string; iss?: string; exp?: number },
    secret = SECRET,
  ) => {
    const now = Math.floor(test.clock.now().getTime() / 1000);
    return new SignJWT({ roles: claims.roles ?? ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(learner.userId)
      .setIssuer(claims.iss ?? 'fascicle')
      .setAudience(claims.aud ?? 'fascicle-api')
      .setIssuedAt(now)
      .setExpirationTime(claims.exp ?? now + 600)
      .sign(new TextEncoder().encode(secret));
  };

  const expectUnauthenticated = async (token: string) => {
    const error = await test.client.as(token).error(ME);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  };

  it('accepts a token signed with the secret (the control for the cases below)', async () => {
    const { me } = await test.client.as(await forge({ roles: ['LEARNER'] })).ok<{
      me: { id: string };
    }>(ME);
    expect(me.id).toBe(learner.userId);
  });

  it('refuses alg "none"', async () => {
    const now = Math.floor(test.clock.now().getTime() / 1000);
    const unsigned = new UnsecuredJWT({ roles: ['ADMIN'] })
      .setSubject(learner.userId)
      .setIssuer('fascicle')
      .setAudience('fascicle-api')
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .encode();
    await expectUnauthenticated(unsigned);
  });

  it('refuses a token signed with another secret', async () => {
    await expectUnauthenticated(await forge({}, 'another-secret-that-is-long-enough-too'));
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(test.clock.now().getTime() / 1000);
    await expectUnauthenticated(await forge({ exp: now - 1 }));
  });

  it('refuses a token for another audience or from another issuer', async () => {
    await expectUnauthenticated(await forge({ aud: 'some-other-api' }));
    await expectUnauthenticated(await forge({ iss: 'someone-else' }));
  });

  it('refuses a token with roles it does not know', async () => {
    await expectUnauthenticated(await forge({ roles: ['SUPERUSER'] }));
  });

  // Tokens verified once are kept (verified-tokens.ts): the clock must still decide.
  it('refuses a token it accepted before once the clock passes its expiry', async () => {
    const start = test.clock.now();
    const token = await forge({ roles: ['LEARNER'] });
    await test.client.as(token).ok(ME);
    await test.client.as(token).ok(ME);
    try {
      test.clock.advance(599_000);
      await test.client.as(token).ok(ME);
      test.clock.advance(1_000);
      await expectUnauthenticated(token);
    } finally {
      test.clock.set(start);
    }
  });

  it('refuses a token it accepted before when the clock is set back before its nbf', async () => {
    const start = test.clock.now();
    const now = Math.floor(start.getTime() / 1000);
    const token = await new SignJWT({ roles: ['LEARNER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(learner.userId)
      .setIssuer('fascicle')
      .setAudience('fascicle-api')
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + 600)
      .sign(new TextEncoder().encode(SECRET));
    await test.client.as(token).ok(ME);
    try {
      test.clock.set(new Date(start.getTime() - 60_000));
      await expectUnauthenticated(token);
    } finally {
      test.clock.set(start);
    }
    await test.client.as(token).ok(ME);
  });

  it('refuses garbage and a token with its signature cut off', async () => {
    await expectUnauthenticated('not-a-token');
    const [header, payload] = learner.accessToken.split('.');
    await expectUnauthenticated(`${header}.${payload}.`);
  });
});
