import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** An issuer key pair as stored: the private half never leaves the server. */
export interface SigningKey {
  /** RFC 7638 thumbprint of the public key: derived, so it cannot drift from the key. */
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * A new Ed25519 signing key. Ed25519 has no parameters to get wrong, signs deterministically and
 * is supported by every JOSE library a verifier is likely to use.
 */
export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', {
    crv: 'Ed25519',
    extractable: true,
  });
  const privateJwk = await exportJWK(privateKey);
  const publicKeyJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicKeyJwk);
  return { kid, privateJwk, publicJwk: { ...publicKeyJwk, kid, alg: 'EdDSA', use: 'sig' } };
}

/**
 * The public JWK Set to publish. Retired keys stay in it, so certificates they signed keep
 * verifying; only the public members are copied, whatever a caller's JWK holds.
 */
export function publicJwks(keys: SigningKey[]): { keys: JWK[] } {
  return {
    keys: keys.map(({ kid, publicJwk: { kty, crv, x } }) => ({
      kty,
      crv,
      x,
      kid,
      alg: 'EdDSA',
      use: 'sig',
    })),
  };
}
