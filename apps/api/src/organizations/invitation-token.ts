import { createHash } from 'node:crypto';

/** Invitations are stored by the hash of their token: the database never holds a usable one. */
export const hashInvitationToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');
