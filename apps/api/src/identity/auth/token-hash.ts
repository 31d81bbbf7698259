import { createHash } from 'node:crypto';

/**
 * What the database keeps of a token handed to a client (refresh tokens, emailed links): its
 * SHA-256, so a copy of the table opens nothing. 256 random bits need no slow hash.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
