import { generateKeyPairSync } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { signingKeyProvider } from './signing-key.provider.js';

const withKey = (credentialSigningKey: string) =>
  signingKeyProvider.useFactory({ credentialSigningKey } as AppConfig);

const privateJwk = () =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as Record<string, string>;

describe('signingKeyProvider', () => {
  it('loads a private Ed25519 JWK and derives its public half and kid', async () => {
    const jwk = privateJwk();
    const key = await withKey(JSON.stringify(jwk));
    expect(key.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: jwk['x'], alg: 'EdDSA' });
    expect(key.publicJwk['d']).toBeUndefined();
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a key whose public half does not belong to it, without echoing it', async () => {
    const jwk: Record<string, string> = { ...privateJwk(), x: privateJwk()['x']! };
    await expect(withKey(JSON.stringify(jwk))).rejects.toThrow(/x matches its d/);
    await expect(withKey(JSON.stringify(jwk))).rejects.not.toThrow(new RegExp(jwk['d']!));
  });

  it('refuses broken JSON without quoting it', async () => {
    await expect(withKey('{"d":"secret-material"')).rejects.toThrow(
      /not valid JSON \(value hidden\)/,
    );
    await expect(withKey('{"d":"secret-material"')).rejects.not.toThrow(/secret-material/);
  });
});
