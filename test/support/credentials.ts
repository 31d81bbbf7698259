import { DataSource } from 'typeorm';
import { CredentialKind } from '@fascicle/catalog';
import { CertificateIssuer } from '../../apps/api/src/credentials/certificate-issuer.js';
import { CertificateKind } from '../../apps/api/src/credentials/certificate-kind.js';
import { asInstructor, draftCourse, publish } from './catalog.js';
import { asAdmin, registerLearner } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/** What a program credential of each kind certifies, as the issuer is given it. */
const PROGRAM_CREDENTIALS = {
  [CredentialKind.DIDACTIC]: {
    title: 'Dry Needling - Level 1 (didactic)',
    slug: 'dry-needling-level-1',
    creditMinutes: 120,
    liveMinutes: 0,
    scopeStatement: 'Didactic coursework only.',
  },
  // 50 live hours and 12 online ones: what Florida's rule asks of face-to-face training.
  [CredentialKind.HYBRID]: {
    title: 'Dry Needling - Hybrid',
    slug: 'dry-needling-hybrid',
    creditMinutes: 62 * 60,
    liveMinutes: 50 * 60,
    scopeStatement: 'Coursework and supervised labs.',
  },
};

/**
 * A 24-month program credential for the user (didactic unless said), issued now on the test
 * clock, straight through the issuer (tests that need a holder, not the path to one).
 */
export function issueProgramCredential(
  test: TestApp,
  userId: string,
  programId: string,
  kind: CredentialKind.DIDACTIC | CredentialKind.HYBRID = CredentialKind.DIDACTIC,
) {
  return test.app.get(DataSource).transaction((manager) =>
    test.app.get(CertificateIssuer).issue(manager, {
      kind: CertificateKind.PROGRAM,
      userId,
      enrollmentId: null,
      programId,
      ...PROGRAM_CREDENTIALS[kind],
      version: 1,
      credentialKind: kind,
      disclosure: null,
      validityMonths: 24,
      approvals: [],
    }),
  );
}

/** A 24-month hybrid program of the given courses, made by a platform admin; its id. */
export async function createHybridProgram(
  platformAdmin: GraphQLClient,
  courseIds: string[],
): Promise<string> {
  const { createCredentialProgram } = await platformAdmin.ok<{
    createCredentialProgram: { id: string };
  }>(CREATE_PROGRAM, {
    input: {
      slug: 'dry-needling-hybrid',
      title: 'Dry Needling - Hybrid',
      description: 'Hybrid.',
      validityMonths: 24,
      courseIds,
    },
  });
  return createCredentialProgram.id;
}

const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;
export const CREATE_ORG = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`;
export const REQUIRE = /* GraphQL */ `
  mutation Require($input: AddRequiredCredentialInput!) {
    addRequiredCredential(input: $input) {
      id
    }
  }
`;

/**
 * A clinic requiring a 24-month program, its admin (who gets every reminder too), and staff
 * whose program certificate expires the given number of days from now on the test clock (50
 * days: the 60-day reminder is due; 20: the 30-day one).
 */
export async function expiringCredentialsInAClinic(
  test: TestApp,
  clinicAdminEmail: string,
  holders: { email: string; expiresInDays: number }[],
): Promise<void> {
  const author = test.client.as((await asInstructor(test)).accessToken);
  const platformAdmin = test.client.as((await asAdmin(test)).accessToken);
  const course = await draftCourse(author, { modules: 1, lessons: 1 });
  await publish(author, platformAdmin, course.versionId);
  const { createCredentialProgram: program } = await platformAdmin.ok<{
    createCredentialProgram: { id: string };
  }>(CREATE_PROGRAM, {
    input: {
      slug: 'dry-needling-level-1',
      title: 'Dry Needling - Level 1 (didactic)',
      description: 'Didactic.',
      validityMonths: 24,
      courseIds: [course.courseId],
    },
  });
  const clinicAdmin = await registerLearner(test, { email: clinicAdminEmail });
  const adminClient = test.client.as(clinicAdmin.accessToken);
  const { createOrganization: clinic } = await adminClient.ok<{
    createOrganization: { id: string };
  }>(CREATE_ORG, { input: { name: 'Cascade Physical Therapy' } });
  await adminClient.ok(REQUIRE, {
    input: { organizationId: clinic.id, label: 'Dry Needling - Level 1', programId: program.id },
  });
  const now = test.clock.now();
  for (const { email, expiresInDays } of holders) {
    const holder = await registerLearner(test, { email });
    await test.app.get(DataSource).query(
      `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
       VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
      [clinic.id, holder.userId],
    );
    // Issued 24 months before the expiry wanted, on the test clock.
    test.clock.set(
      new Date(
        Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate() + expiresInDays),
      ),
    );
    try {
      await issueProgramCredential(test, holder.userId, program.id);
    } finally {
      test.clock.set(now);
    }
  }
}

/** The credential reminders among received mail: signing up sends each person a link first. */
export function reminderMails<Mail extends { subject: string }>(mails: Mail[]): Mail[] {
  return mails.filter((mail) => mail.subject.includes(' expires on '));
}
