import { jwtVerify } from 'jose';

/** @import { Principal } from './types.js' */

/** Same as the API's guard: a bearer token and nothing else in the header. */
const BEARER = /^Bearer ([A-Za-z0-9\-_.]+)$/;

/** As the API's VerifiedTokens: far more tokens than a run uses. */
const TOKENS_KEPT = 10_000;

/**
 * What the API's AccessTokens.verifyOrNull does per request, so the baseline pays the same
 * checks: HS256 only, issuer, audience, sub/exp/iat present, roles a list, the first time a
 * token is seen; after that, as the API does (identity/auth/verified-tokens.ts), only its
 * `nbf` and `exp` against the clock.
 *
 * @param {string} secret The JWT_SECRET the API signs with.
 * @returns {(authorization: string | undefined) => Promise<Principal | null>}
 */
export function bearerVerifier(secret) {
  const key = new TextEncoder().encode(secret);
  /** @type {Map<string, { principal: Principal, notBefore: number | undefined, expires: number }>} */
  const verified = new Map();
  return async (authorization) => {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) return null;
    const known = verified.get(token);
    const seconds = Math.floor(Date.now() / 1000);
    if (
      known &&
      known.expires > seconds &&
      !(known.notBefore !== undefined && known.notBefore > seconds)
    ) {
      return known.principal;
    }
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: 'fascicle',
        audience: 'fascicle-api',
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const roles = payload['roles'];
      if (typeof payload.sub !== 'string' || !Array.isArray(roles)) return null;
      const principal = { userId: payload.sub, roles: roles.map(String) };
      if (verified.size >= TOKENS_KEPT)
        verified.delete(/** @type {string} */ (verified.keys().next().value));
      verified.set(token, {
        principal,
        notBefore: payload.nbf,
        expires: /** @type {number} */ (payload.exp),
      });
      return principal;
    } catch {
      return null;
    }
  };
}
