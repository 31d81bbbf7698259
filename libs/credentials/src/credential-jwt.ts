import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { AchievementCredential } from './achievement-credential.js';
import type { SigningKey } from './signing-key.js';

/** Thrown for any credential whose signature, header or shape cannot be trusted. */
export class InvalidCredentialError extends Error {
  override name = 'InvalidCredentialError';
}

/** A VC as signed: the credential's own properties plus the JWT claims that mirror them. */
export type SignedCredential = JWTPayload & Record<string, unknown>;

const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

function issuerIdOf(credential: Record<string, unknown>): unknown {
  const { issuer } = credential;
  return typeof issuer === 'object' && issuer !== null ? (issuer as { id?: unknown }).id : issuer;
}

/**
 * Signs a credential as a VC-JOSE-COSE JWT: the payload is the credential itself, with `iss`,
 * `jti` and `exp` repeated from it so plain JWT tooling understands the token too.
 */
export async function signCredential(credential: object, key: SigningKey): Promise<string> {
  const vc = credential as Record<string, unknown>;
  const issuerId = issuerIdOf(vc);
  if (typeof vc.id !== 'string' || typeof issuerId !== 'string') {
    throw new TypeError('a credential needs an id and an issuer id to be signed');
  }
  const jwt = new SignJWT({ ...vc, iss: issuerId, jti: vc.id })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' })
    .setIssuedAt();
  if (vc.validUntil !== undefined) {
    const until = Date.parse(String(vc.validUntil));
    if (Number.isNaN(until)) throw new TypeError(`invalid validUntil ${String(vc.validUntil)}`);
    jwt.setExpirationTime(Math.floor(until / 1000));
  }
  return jwt.sign(await importJWK(key.privateJwk, 'EdDSA'));
}

/**
 * Checks a VC JWT's signature against a JWK Set and its shape as a VC 2.0 credential. An
 * expired credential is still authentic, so expiry is not an error here: callers compare
 * `validUntil` with their own clock and say "expired", not "forged".
 */
export async function verifySignedCredential(
  jwt: string,
  jwks: { keys: JWK[] },
  now: Date = new Date(),
): Promise<{ payload: SignedCredential; kid: string }> {
  let payload: JWTPayload;
  try {
    // Only EdDSA: the algorithm is never taken from the token, so `none` and HS256 fail here.
    ({ payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
      currentDate: now,
    }));
  } catch (error) {
    // jose checks `exp` last, after the signature and every other claim, so this payload is
    // verified; it carries no other failure.
    if (!(error instanceof errors.JWTExpired && error.claim === 'exp')) {
      throw new InvalidCredentialError(`signature or format: ${(error as Error).message}`, {
        cause: error,
      });
    }
    payload = error.payload;
  }
  const { kid } = decodeProtectedHeader(jwt);
  if (typeof kid !== 'string') throw new InvalidCredentialError('the header names no key');
  const context = payload['@context'];
  const type = payload.type;
  if (!Array.isArray(context) || context[0] !== VC_CONTEXT) {
    throw new InvalidCredentialError('not a VC 2.0 credential');
  }
  if (!Array.isArray(type) || !type.includes('VerifiableCredential')) {
    throw new InvalidCredentialError('not a VerifiableCredential');
  }
  const issuerId = issuerIdOf(payload);
  if (typeof payload.id !== 'string' || typeof issuerId !== 'string') {
    throw new InvalidCredentialError('the credential has no id or no issuer id');
  }
  // The JWT claims must say what the credential says, or a reader could be shown either.
  if ((payload.iss ?? issuerId) !== issuerId || (payload.jti ?? payload.id) !== payload.id) {
    throw new InvalidCredentialError('iss or jti contradicts the credential');
  }
  if (payload.validUntil !== undefined && Number.isNaN(Date.parse(String(payload.validUntil)))) {
    throw new InvalidCredentialError('validUntil is not a date');
  }
  return { payload, kid };
}

/** Verifies a certificate's credential JWT; see {@link verifySignedCredential} for expiry. */
export async function verifyCredential(
  jwt: string,
  jwks: { keys: JWK[] },
  now: Date = new Date(),
): Promise<{ credential: AchievementCredential; kid: string }> {
  const { payload, kid } = await verifySignedCredential(jwt, jwks, now);
  const type = payload.type as unknown[];
  const subject = payload.credentialSubject as { achievement?: unknown } | null | undefined;
  const openBadge = type.includes('OpenBadgeCredential') || type.includes('AchievementCredential');
  if (!openBadge || typeof subject?.achievement !== 'object' || subject.achievement === null) {
    throw new InvalidCredentialError('not an Open Badges achievement credential');
  }
  // The JWT claims only restate the credential; callers get the credential as it was built.
  const { iss: _iss, jti: _jti, iat: _iat, exp: _exp, nbf: _nbf, ...credential } = payload;
  return { credential: credential as unknown as AchievementCredential, kid };
}
