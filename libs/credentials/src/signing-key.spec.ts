import { calculateJwkThumbprint } from 'jose';
import { generateSigningKey, publicJwks } from './signing-key.js';

describe('signing keys', () => {
  it('generates an Ed25519 key whose kid is the RFC 7638 thumbprint', async () => {
    const key = await generateSigningKey();
    expect(key.publicJwk).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
      kid: key.kid,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(key.privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x });
    expect(key.privateJwk.d).toEqual(expect.any(String));
    expect(await calculateJwkThumbprint(key.publicJwk)).toBe(key.kid);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('generates a different key each time', async () => {
    const [a, b] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    expect(a.kid).not.toBe(b.kid);
  });

  it('publishes every key without its private part', async () => {
    const keys = await Promise.all([generateSigningKey(), generateSigningKey()]);
    const leaky = { ...keys[0]!, publicJwk: { ...keys[0]!.publicJwk, d: keys[0]!.privateJwk.d } };
    const jwks = publicJwks([leaky, keys[1]!]);
    expect(jwks.keys.map((k) => k.kid)).toEqual(keys.map((k) => k.kid));
    expect(jwks.keys[0]).toEqual(keys[0]!.publicJwk);
    for (const jwk of jwks.keys) expect(jwk).not.toHaveProperty('d');
  });
});
