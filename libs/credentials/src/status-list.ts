import { gunzipSync, gzipSync } from 'node:zlib';
import type { IssuerProfile } from './achievement-credential.js';

/**
 * 131 072 entries (16 KiB), the Bitstring Status List minimum: in a list this long one
 * certificate's lookup does not reveal to us which certificate is being checked.
 */
export const STATUS_LIST_SIZE = 131_072;

/** Refuses to inflate more than this: a list is signed, but a verifier should not trust size. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

function checkIndex(index: number, size: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`status index ${index} is outside a list of ${size}`);
  }
}

/**
 * The `encodedList` of a W3C Bitstring Status List: bit i set for each index (bit 0 is the
 * left-most bit of the first byte), GZIP-compressed, base64url without padding, prefixed with
 * the Multibase code `u`. A list of zeros compresses to a few dozen bytes.
 */
export function encodeStatusList(setIndexes: Iterable<number>, size = STATUS_LIST_SIZE): string {
  if (!Number.isInteger(size) || size <= 0 || size % 8 !== 0) {
    throw new RangeError(`a status list holds a positive multiple of 8 entries, not ${size}`);
  }
  const bits = new Uint8Array(size / 8);
  for (const index of setIndexes) {
    checkIndex(index, size);
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** Decodes an `encodedList` to its bytes. Lists without the `u` prefix (older drafts) pass. */
export function decodeStatusList(encodedList: string): Uint8Array {
  // Unambiguous: GZIP starts 1F 8B, so an unprefixed list always starts with `H`.
  const base64 = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
  if (!/^[A-Za-z0-9_-]+$/.test(base64)) throw new TypeError('encodedList is not base64url');
  return gunzipSync(Buffer.from(base64, 'base64url'), { maxOutputLength: MAX_LIST_BYTES });
}

/** Whether the bit at `index` is set, i.e. (for a revocation list) whether it is revoked. */
export function statusAt(encodedList: string, index: number): boolean {
  const bits = decodeStatusList(encodedList);
  checkIndex(index, bits.length * 8);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

export interface BitstringStatusListCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    encodedList: string;
  };
}

/** The revocation list as a credential, to be signed like the certificates it covers. */
export function buildStatusListCredential(input: {
  id: string;
  issuer: IssuerProfile;
  encodedList: string;
  validFrom: string;
}): BitstringStatusListCredential {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer.id,
    validFrom: input.validFrom,
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: input.encodedList,
    },
  };
}
