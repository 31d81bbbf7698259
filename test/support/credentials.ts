import { DataSource } from 'typeorm';
import { CredentialKind } from '@fascicle/catalog';
import { CertificateIssuer } from '../../apps/api/src/credentials/certificate-issuer.js';
import { CertificateKind } from '../../apps/api/src/credentials/certificate-kind.js';
import type { TestApp } from './test-app.js';

/**
 * A 24-month didactic program credential for the user, issued now on the test clock, straight
 * through the issuer (tests that need a holder, not the path to one).
 */
export function issueProgramCredential(test: TestApp, userId: string, programId: string) {
  return test.app.get(DataSource).transaction((manager) =>
    test.app.get(CertificateIssuer).issue(manager, {
      kind: CertificateKind.PROGRAM,
      userId,
      enrollmentId: null,
      programId,
      title: 'Dry Needling - Level 1 (didactic)',
      slug: 'dry-needling-level-1',
      version: 1,
      creditMinutes: 120,
      liveMinutes: 0,
      credentialKind: CredentialKind.DIDACTIC,
      scopeStatement: 'Didactic coursework only.',
      disclosure: null,
      validityMonths: 24,
      approvals: [],
    }),
  );
}
