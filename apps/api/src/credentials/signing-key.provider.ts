import { createPrivateKey, createPublicKey, type JsonWebKey } from 'node:crypto';
import { join } from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { generateSigningKey, type SigningKey } from '@fascicle/credentials';
import { readOrCreateFile } from '../common/files/create-once.js';
import { AppConfig, ConfigError, MEMORY_DATA_DIR } from '../config/app-config.js';

export const SIGNING_KEY = Symbol('SIGNING_KEY');

/**
 * The Ed25519 key that signs credentials: CREDENTIAL_SIGNING_KEY when set (required in
 * production), otherwise a development key generated into the data folder on first start.
 * The data folder is git-ignored, so no key is ever committed.
 */
export const signingKeyProvider = {
  provide: SIGNING_KEY,
  inject: [AppConfig],
  useFactory: async (config: AppConfig): Promise<SigningKey> => {
    if (config.credentialSigningKey) return fromPrivateJwk(parseKey(config.credentialSigningKey));
    if (config.dataDir === MEMORY_DATA_DIR) return generateSigningKey();
    // Generated before knowing whether it is needed: readOrCreateFile is synchronous.
    const generated = JSON.stringify((await generateSigningKey()).privateJwk);
    const stored = readOrCreateFile(
      join(config.dataDir, 'credential-signing-key.json'),
      () => generated,
    );
    return fromPrivateJwk(JSON.parse(stored) as JWK);
  },
};

/** Never echoes the value: a parse error message could quote part of the private key. */
function parseKey(value: string): JWK {
  try {
    return JSON.parse(value) as JWK;
  } catch {
    throw new ConfigError(['CREDENTIAL_SIGNING_KEY is not valid JSON (value hidden)']);
  }
}

/**
 * Checks the key at start-up rather than at the first certificate: an Ed25519 private JWK
 * whose public half `x` really belongs to `d`, or signatures would never verify.
 */
async function fromPrivateJwk(jwk: JWK): Promise<SigningKey> {
  try {
    const derived = createPublicKey(createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }));
    const x = (derived.export({ format: 'jwk' }) as JsonWebKey).x;
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d || x !== jwk.x) throw new Error();
  } catch {
    throw new ConfigError([
      'CREDENTIAL_SIGNING_KEY must be a private Ed25519 JWK whose x matches its d (value hidden)',
    ]);
  }
  const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    privateJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d },
    publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
  };
}
