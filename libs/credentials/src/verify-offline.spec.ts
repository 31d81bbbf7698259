import { buildAchievementCredential } from './achievement-credential.js';
import { signCredential } from './credential-jwt.js';
import { generateSigningKey, publicJwks, type SigningKey } from './signing-key.js';
import { buildStatusListCredential, encodeStatusList } from './status-list.js';
import { claims, issuer, urls } from './test-fixtures.js';
import { verifyOffline } from './verify-offline.js';

describe('verifyOffline', () => {
  const credential = buildAchievementCredential(claims, issuer, urls);
  const during = new Date('2027-01-01T00:00:00Z');
  const afterExpiry = new Date('2028-03-10T00:00:00Z');
  let key: SigningKey;
  let jwt: string;

  const statusList = (revokedIndexes: number[], id = urls.statusListUrl, by = key) =>
    signCredential(
      buildStatusListCredential({
        id,
        issuer,
        encodedList: encodeStatusList(revokedIndexes),
        validFrom: '2026-03-09T00:00:00Z',
      }),
      by,
    );

  beforeAll(async () => {
    key = await generateSigningKey();
    jwt = await signCredential(credential, key);
  });

  const jwks = () => publicJwks([key]);

  it('is VALID when signed, not revoked and not expired', async () => {
    const statusListJwt = await statusList([0, 41, 43]);
    expect(
      await verifyOffline({ credentialJwt: jwt, jwks: jwks(), statusListJwt, now: during }),
    ).toEqual({
      verdict: 'VALID',
      credential,
    });
  });

  it('is VALID without a status list, and says revocation was not checked', async () => {
    const result = await verifyOffline({ credentialJwt: jwt, jwks: jwks(), now: during });
    expect(result.verdict).toBe('VALID');
    expect(result.reason).toMatch(/revocation not checked/);
  });

  it('is REVOKED when its bit is set, even after it has also expired', async () => {
    const statusListJwt = await statusList([42]);
    for (const now of [during, afterExpiry]) {
      const result = await verifyOffline({ credentialJwt: jwt, jwks: jwks(), statusListJwt, now });
      expect(result).toEqual({ verdict: 'REVOKED', credential });
    }
  });

  it('is EXPIRED after the last second of the expiry day, and not before', async () => {
    const input = { credentialJwt: jwt, jwks: jwks(), statusListJwt: await statusList([]) };
    const lastSecond = new Date('2028-03-09T23:59:59Z');
    expect((await verifyOffline({ ...input, now: lastSecond })).verdict).toBe('VALID');
    expect(await verifyOffline({ ...input, now: afterExpiry })).toEqual({
      verdict: 'EXPIRED',
      credential,
    });
  });

  it('is INVALID, with a reason, when the credential is tampered with or signed by another key', async () => {
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const at = Math.floor(payload.length / 2);
    const flipped =
      payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
    const tampered = await verifyOffline({
      credentialJwt: [header, flipped, signature].join('.'),
      jwks: jwks(),
    });
    expect(tampered.verdict).toBe('INVALID');
    expect(tampered.reason).toMatch(/signature/);
    expect(tampered.credential).toBeUndefined();
    const stranger = await generateSigningKey();
    const forged = await signCredential(credential, stranger);
    expect((await verifyOffline({ credentialJwt: forged, jwks: jwks() })).verdict).toBe('INVALID');
  });

  it('is INVALID when the status list is forged, another list, or out of date', async () => {
    const stranger = await generateSigningKey();
    const cases = [
      await statusList([], urls.statusListUrl, stranger),
      await statusList([], 'https://fascicle.example/credentials/status/2'),
      await signCredential(
        {
          ...buildStatusListCredential({
            id: urls.statusListUrl,
            issuer,
            encodedList: encodeStatusList([]),
            validFrom: '2026-03-09T00:00:00Z',
          }),
          validUntil: '2026-06-01T00:00:00Z',
        },
        key,
      ),
      'garbage',
    ];
    for (const statusListJwt of cases) {
      const result = await verifyOffline({
        credentialJwt: jwt,
        jwks: jwks(),
        statusListJwt,
        now: during,
      });
      expect(result.verdict).toBe('INVALID');
      expect(result.reason).toMatch(/status list/);
    }
  });
});
