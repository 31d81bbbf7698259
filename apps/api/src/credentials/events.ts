import type { EntityManager } from 'typeorm';
import type { CertificateKind } from './certificate-kind.js';

/**
 * A certificate was issued (a course's, or a program credential). Published inside the
 * issuing transaction, because the issuer runs in its caller's (the completion's): a handler
 * writes through `manager`, and subscribes with `{ suppressErrors: false }` when its failure
 * must roll the issue back. Nothing outside the transaction (mail, other connections) belongs
 * in a handler: the certificate is not committed yet.
 */
export class CertificateIssued {
  static readonly event = 'credentials.certificate-issued';

  constructor(
    readonly certificateId: string,
    readonly code: string,
    readonly kind: CertificateKind,
    readonly userId: string,
    readonly enrollmentId: string | null,
    readonly programId: string | null,
    readonly manager: EntityManager,
  ) {}
}

/**
 * A certificate was revoked: by an admin, or as a program credential whose course certificate
 * was. Published after the revocation has committed, once per certificate.
 */
export class CertificateRevoked {
  static readonly event = 'credentials.certificate-revoked';

  constructor(
    readonly certificateId: string,
    readonly code: string,
    readonly userId: string,
    readonly reason: string,
    readonly revokedAt: Date,
  ) {}
}
