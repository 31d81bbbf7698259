import { jwtVerify } from 'jose';

/** @import { Principal } from './types.js' */

/** Same as the API's guard: a bearer token and nothing else in the header. */
const BEARER = /^Bearer ([A-Za-z0-9\-_.]+)$/;

/**
 * What the API's AccessTokens.verifyOrNull does per request, so the baseline pays the same
 * HMAC and claim checks: HS256 only, issuer, audience, sub/exp/iat present, roles a list.
 *
 * @param {string} secret The JWT_SECRET the API signs with.
 * @returns {(authorization: string | undefined) => Promise<Principal | null>}
 */
export function bearerVerifier(secret) {
  const key = new TextEncoder().encode(secret);
  return async (authorization) => {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: 'fascicle',
        audience: 'fascicle-api',
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const roles = payload['roles'];
      if (typeof payload.sub !== 'string' || !Array.isArray(roles)) return null;
      return { userId: payload.sub, roles: roles.map(String) };
    } catch {
      return null;
    }
  };
}
