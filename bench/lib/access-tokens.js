import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

/** The API's access-token lifetime (AppConfig.accessTokenTtlSeconds). */
const TTL_SECONDS = 15 * 60;

/**
 * Signs access tokens exactly as the API's AccessTokens.issue does (HS256, `roles`, subject,
 * issuer, audience, issued-at, 15-minute expiry, a random jti) with the run's JWT_SECRET. For
 * set-ups that need thousands of signed-in learners: signing in through `login` costs an
 * argon2 verification each, minutes on two cores, and measures nothing a scenario is about.
 *
 * @param {string} secret The JWT_SECRET the API was started with.
 * @returns {(userId: string, roles: string[]) => Promise<string>}
 */
export function accessTokenSigner(secret) {
  const key = new TextEncoder().encode(secret);
  return (userId, roles) => {
    const issuedAt = Math.floor(Date.now() / 1000);
    return new SignJWT({ roles })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer('fascicle')
      .setAudience('fascicle-api')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TTL_SECONDS)
      .setJti(randomUUID())
      .sign(key);
  };
}
