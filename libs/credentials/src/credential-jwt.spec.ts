import { base64url, SignJWT, importJWK } from 'jose';
import { buildAchievementCredential } from './achievement-credential.js';
import { InvalidCredentialError, signCredential, verifyCredential } from './credential-jwt.js';
import { generateSigningKey, publicJwks, type SigningKey } from './signing-key.js';
import { claims, issuer, urls } from './test-fixtures.js';

/** The token with the character at `index` of segment `segment` replaced by another. */
function flip(jwt: string, segment: number, index: number): string {
  const parts = jwt.split('.');
  const text = parts[segment]!;
  parts[segment] = text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);
  return parts.join('.');
}

describe('credential JWTs', () => {
  const credential = buildAchievementCredential(claims, issuer, urls);
  let key: SigningKey;
  let other: SigningKey;
  let jwt: string;

  beforeAll(async () => {
    [key, other] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    jwt = await signCredential(credential, key);
  });

  const jwks = () => publicJwks([other, key]);
  const rejects = (token: string) =>
    expect(verifyCredential(token, jwks())).rejects.toThrow(InvalidCredentialError);

  it('round-trips: the verified credential is the one signed, with the key that signed it', async () => {
    const verified = await verifyCredential(jwt, jwks(), new Date('2026-03-10T00:00:00Z'));
    expect(verified).toEqual({ credential, kid: key.kid });
  });

  it('signs a VC-JOSE-COSE token: the credential itself, plus iss, jti, iat and exp', () => {
    const [header, payload] = jwt.split('.').map((part) => base64url.decode(part));
    expect(JSON.parse(new TextDecoder().decode(header))).toEqual({
      alg: 'EdDSA',
      kid: key.kid,
      typ: 'vc+jwt',
      cty: 'vc',
    });
    const claimsSet = JSON.parse(new TextDecoder().decode(payload));
    expect(claimsSet).toMatchObject({ ...credential, iss: issuer.id, jti: credential.id });
    expect(claimsSet.exp).toBe(Date.parse('2028-03-09T23:59:59Z') / 1000);
    expect(Math.abs(claimsSet.iat - Date.now() / 1000)).toBeLessThan(60);
  });

  it('leaves exp out when the credential never expires', async () => {
    const forever = buildAchievementCredential({ ...claims, expiresOn: null }, issuer, urls);
    const token = await signCredential(forever, key);
    const claimsSet = JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1]!)));
    expect(claimsSet).not.toHaveProperty('exp');
    expect((await verifyCredential(token, jwks())).credential).toEqual(forever);
  });

  it('still verifies an expired credential: expired is not forged', async () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect((await verifyCredential(jwt, jwks(), later)).credential).toEqual(credential);
  });

  it('fails when one character of the payload changes', async () => {
    const length = jwt.split('.')[1]!.length;
    // The last character may only carry padding bits, so it is left alone.
    for (let i = 0; i < length - 1; i += 37) await rejects(flip(jwt, 1, i));
    await rejects(flip(jwt, 1, Math.floor(length / 2)));
  });

  it('fails when one byte of the decoded payload changes', async () => {
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const text = new TextDecoder().decode(base64url.decode(payload));
    const forged = base64url.encode(
      text.replace('"creditsAvailable":1.5', '"creditsAvailable":9.5'),
    );
    expect(forged).not.toBe(payload);
    await rejects([header, forged, signature].join('.'));
  });

  it('fails when one character of the signature changes', async () => {
    const length = jwt.split('.')[2]!.length;
    for (let i = 0; i < length - 1; i += 1) await rejects(flip(jwt, 2, i));
  });

  it('fails for a token signed by a key not in the set, even under a trusted kid', async () => {
    const stranger = await generateSigningKey();
    await rejects(await signCredential(credential, stranger));
    await rejects(await signCredential(credential, { ...stranger, kid: key.kid }));
    await expect(verifyCredential(jwt, publicJwks([other]))).rejects.toThrow(
      InvalidCredentialError,
    );
  });

  it('fails for alg none and for HS256 keyed with the public key', async () => {
    const payload = jwt.split('.')[1]!;
    const none = base64url.encode(JSON.stringify({ alg: 'none', typ: 'vc+jwt', kid: key.kid }));
    await rejects(`${none}.${payload}.`);
    const secret = base64url.decode(key.publicJwk.x!);
    const hs256 = await new SignJWT(JSON.parse(new TextDecoder().decode(base64url.decode(payload))))
      .setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt', kid: key.kid })
      .sign(secret);
    await rejects(hs256);
  });

  it('fails for a token of another type or one that is not an achievement credential', async () => {
    const privateKey = await importJWK(key.privateJwk, 'EdDSA');
    const plain = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
      .sign(privateKey);
    await rejects(plain);
    await rejects(await signCredential({ ...credential, type: ['VerifiableCredential'] }, key));
    await rejects(await signCredential({ ...credential, '@context': ['https://x.example'] }, key));
    await rejects('not.a.jwt');
  });

  it('refuses to sign a credential without an id or an issuer', async () => {
    await expect(signCredential({ issuer: issuer.id }, key)).rejects.toThrow(TypeError);
    await expect(signCredential({ id: 'urn:x' }, key)).rejects.toThrow(TypeError);
  });
});
