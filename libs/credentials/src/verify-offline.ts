import type { JWK } from 'jose';
import type { AchievementCredential } from './achievement-credential.js';
import {
  type SignedCredential,
  verifyCredential,
  verifySignedCredential,
} from './credential-jwt.js';
import { statusAt } from './status-list.js';

export type OfflineVerdict = 'VALID' | 'EXPIRED' | 'REVOKED' | 'INVALID';

export interface OfflineResult {
  verdict: OfflineVerdict;
  reason?: string;
  credential?: AchievementCredential;
}

/** Reads the revocation bit from a signed status list, or says why the list cannot be used. */
async function revoked(
  credential: AchievementCredential,
  statusListJwt: string,
  jwks: { keys: JWK[] },
  now: Date,
): Promise<boolean | string> {
  let list: SignedCredential;
  try {
    ({ payload: list } = await verifySignedCredential(statusListJwt, jwks, now));
  } catch (error) {
    return `status list: ${(error as Error).message}`;
  }
  const status = credential.credentialStatus;
  const subject = list.credentialSubject as Record<string, unknown> | undefined;
  // A validly signed list for another range of certificates must not clear this one.
  if (!status || list.id !== status.statusListCredential) return 'status list is not this one';
  const listIssuer =
    typeof list.issuer === 'object' ? (list.issuer as { id?: unknown })?.id : list.issuer;
  if (listIssuer !== credential.issuer.id) return 'status list is from another issuer';
  if (!(list.type as unknown[]).includes('BitstringStatusListCredential')) {
    return 'not a BitstringStatusListCredential';
  }
  if (subject?.statusPurpose !== status.statusPurpose) return 'status list has another purpose';
  if (typeof subject.encodedList !== 'string') return 'status list has no encodedList';
  // An out-of-date list could hide a revocation made since.
  if (typeof list.validUntil === 'string' && Date.parse(list.validUntil) < now.getTime()) {
    return 'status list has expired';
  }
  if (!/^\d+$/.test(status.statusListIndex)) return 'status index is not a number';
  try {
    return statusAt(subject.encodedList, Number(status.statusListIndex));
  } catch (error) {
    return `status list: ${(error as Error).message}`;
  }
}

/**
 * What an employer or board learns from a certificate file alone, with our JWK Set and
 * (optionally) our signed status list, without calling us. Revoked wins over expired, as on the
 * verification page; without a status list revocation cannot be checked, and the result says so.
 */
export async function verifyOffline(input: {
  credentialJwt: string;
  jwks: { keys: JWK[] };
  statusListJwt?: string;
  now?: Date;
}): Promise<OfflineResult> {
  const now = input.now ?? new Date();
  let credential: AchievementCredential;
  try {
    ({ credential } = await verifyCredential(input.credentialJwt, input.jwks, now));
  } catch (error) {
    return { verdict: 'INVALID', reason: (error as Error).message };
  }
  if (input.statusListJwt !== undefined) {
    const result = await revoked(credential, input.statusListJwt, input.jwks, now);
    if (typeof result === 'string') return { verdict: 'INVALID', reason: result, credential };
    if (result) return { verdict: 'REVOKED', credential };
  }
  if (credential.validUntil !== undefined && Date.parse(credential.validUntil) < now.getTime()) {
    return { verdict: 'EXPIRED', credential };
  }
  return input.statusListJwt === undefined
    ? { verdict: 'VALID', reason: 'revocation not checked: no status list given', credential }
    : { verdict: 'VALID', credential };
}
