/**
 * An account's email address was verified. Published after the commit; completion listens,
 * because courses finished before it were waiting for it to issue their certificates.
 */
export class EmailVerified {
  static readonly event = 'identity.email-verified';

  constructor(readonly userId: string) {}
}
