import { createHash } from 'node:crypto';

/**
 * What the database keeps of a token handed to a client (refresh tokens, emailed links, clinic
 * invitations): its SHA-256, so a copy of the table opens nothing. Random tokens of 256 bits
 * need no slow hash.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
