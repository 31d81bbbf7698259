import { gzipSync } from 'node:zlib';
import {
  buildStatusListCredential,
  decodeStatusList,
  encodeStatusList,
  STATUS_LIST_SIZE,
  statusAt,
} from './status-list.js';
import { issuer } from './test-fixtures.js';

describe('status lists', () => {
  const set = [0, 7, 8, 131_071];
  const encoded = encodeStatusList(set);

  it('is 16 KiB of bits, GZIP, base64url with the Multibase u prefix', () => {
    expect(STATUS_LIST_SIZE).toBe(131_072);
    expect(encoded).toMatch(/^uH4sI[A-Za-z0-9_-]+$/);
    const bits = decodeStatusList(encoded);
    expect(bits).toHaveLength(16_384);
    // Bit 0 is the left-most bit of the first byte.
    expect([bits[0], bits[1], bits[2], bits[16_383]]).toEqual([0x81, 0x80, 0, 0x01]);
  });

  it('reads back exactly the indexes set', () => {
    for (const index of set) expect(statusAt(encoded, index)).toBe(true);
    for (const index of [1, 6, 9, 15, 16, 65_536, 131_070]) {
      expect(statusAt(encoded, index)).toBe(false);
    }
  });

  it('compresses an empty list to almost nothing', () => {
    const empty = encodeStatusList([]);
    expect(empty.length).toBeLessThan(100);
    expect(statusAt(empty, 0)).toBe(false);
  });

  it('reads lists without the u prefix', () => {
    expect(statusAt(encoded.slice(1), 8)).toBe(true);
  });

  it('refuses indexes outside the list', () => {
    expect(() => encodeStatusList([131_072])).toThrow(RangeError);
    expect(() => encodeStatusList([-1])).toThrow(RangeError);
    expect(() => encodeStatusList([1.5])).toThrow(RangeError);
    expect(() => statusAt(encoded, 131_072)).toThrow(RangeError);
    expect(() => encodeStatusList([], 12)).toThrow(RangeError);
  });

  it('supports other sizes', () => {
    const small = encodeStatusList([3], 16);
    expect([...decodeStatusList(small)]).toEqual([0x10, 0]);
  });

  it('refuses lists that are not base64url or inflate too far', () => {
    expect(() => statusAt('u!!!', 0)).toThrow();
    const bomb = `u${gzipSync(new Uint8Array(17 * 1024 * 1024)).toString('base64url')}`;
    // zlib's own RangeError, from Node's realm rather than Jest's, so matched by message.
    expect(() => statusAt(bomb, 0)).toThrow(/larger than/);
  });

  it('wraps the list in a BitstringStatusListCredential', () => {
    const id = 'https://fascicle.example/credentials/status/1';
    expect(
      buildStatusListCredential({
        id,
        issuer,
        encodedList: encoded,
        validFrom: '2026-03-09T00:00:00Z',
      }),
    ).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'https://fascicle.example/issuer',
      validFrom: '2026-03-09T00:00:00Z',
      credentialSubject: {
        id: `${id}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encoded,
      },
    });
  });
});
