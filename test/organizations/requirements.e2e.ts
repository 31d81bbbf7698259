import { CredentialKind } from '@fascicle/catalog';
import { Role } from '@fascicle/common';
import { DataSource } from 'typeorm';
import { CertificateIssuer } from '../../apps/api/src/credentials/certificate-issuer.js';
import { CertificateKind } from '../../apps/api/src/credentials/certificate-kind.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { registerLearner, userWithRoles } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`;
const REQUIRE = /* GraphQL */ `
  mutation Require($input: AddRequiredCredentialInput!) {
    addRequiredCredential(input: $input) {
      id
      label
      courseId
      programId
    }
  }
`;
const LIST = /* GraphQL */ `
  query Requirements($organizationId: ID!) {
    requiredCredentials(organizationId: $organizationId) {
      id
      label
      courseId
      title
      courseSlug
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine($organizationId: ID!) {
    myRequiredCredentials(organizationId: $organizationId) {
      label
      status
      certificateCode
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($requirementId: ID!) {
    removeRequiredCredential(requirementId: $requirementId)
  }
`;
const REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    organization(id: $id) {
      complianceReport {
        requirements {
          label
        }
      }
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptInvitation(token: $token) {
      id
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
    }
  }
`;

describe("a clinic's required credentials", () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let outsider: GraphQLClient;
  let clinicId: string;
  let courseId: string;
  let versionId: string;
  let staffUserId: string;

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    admin = test.client.as((await registerLearner(test)).accessToken);
    clinicId = (
      await admin.ok<{ createOrganization: { id: string } }>(CREATE, {
        input: { name: 'Harbor PT' },
      })
    ).createOrganization.id;
    outsider = test.client.as((await registerLearner(test)).accessToken);
    await outsider.ok(CREATE, { input: { name: 'Elsewhere PT' } });
    const member = await registerLearner(test, { email: 'member@example.com' });
    await admin.ok(INVITE, { input: { organizationId: clinicId, email: member.email } });
    staff = test.client.as(member.accessToken);
    await staff.ok(ACCEPT, { token: /token=([A-Za-z0-9_-]+)/.exec(inbox.at(-1)!.text)![1] });
    const author = test.client.as((await asInstructor(test)).accessToken);
    const platformAdmin = test.client.as((await userWithRoles(test, [Role.ADMIN])).accessToken);
    const course = await draftCourse(author, { input: { title: 'Needling safety refresher' } });
    await publish(author, platformAdmin, course.versionId);
    courseId = course.courseId;
    versionId = course.versionId;
    staffUserId = member.userId;
  });

  afterAll(async () => {
    await test.close();
  });

  it('lists what is required to every member, and removes it for admins only', async () => {
    const { addRequiredCredential: requirement } = await admin.ok<{
      addRequiredCredential: { id: string; courseId: string; programId: string | null };
    }>(REQUIRE, { input: { organizationId: clinicId, label: 'Safety course', courseId } });
    expect(requirement).toMatchObject({ courseId, programId: null });

    const seenByStaff = await staff.ok<{ requiredCredentials: Record<string, unknown>[] }>(LIST, {
      organizationId: clinicId,
    });
    expect(seenByStaff.requiredCredentials).toEqual([
      expect.objectContaining({
        label: 'Safety course',
        title: 'Needling safety refresher',
        courseSlug: expect.any(String),
      }),
    ]);
    // Staff cannot read the report, but they see where they themselves stand.
    const mine = await staff.ok<{ myRequiredCredentials: unknown[] }>(MINE, {
      organizationId: clinicId,
    });
    expect(mine.myRequiredCredentials).toEqual([
      { label: 'Safety course', status: 'MISSING', certificateCode: null },
    ]);
    expect((await outsider.error(MINE, { organizationId: clinicId })).extensions?.['code']).toBe(
      'NOT_FOUND',
    );
    expect((await outsider.error(LIST, { organizationId: clinicId })).extensions?.['code']).toBe(
      'NOT_FOUND',
    );

    // Staff and other clinics' admins cannot remove it, and learn nothing about it.
    for (const client of [staff, outsider]) {
      const refused = await client.error(REMOVE, { requirementId: requirement.id });
      expect(refused.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'requirementId' });
    }
    await admin.ok(REMOVE, { requirementId: requirement.id });
    const after = await admin.ok<{ requiredCredentials: unknown[] }>(LIST, {
      organizationId: clinicId,
    });
    expect(after.requiredCredentials).toEqual([]);
    const { organization } = await admin.ok<{
      organization: { complianceReport: { requirements: unknown[] } };
    }>(REPORT, { id: clinicId });
    expect(organization.complianceReport.requirements).toEqual([]);

    const platformAdmin = test.client.as((await userWithRoles(test, [Role.ADMIN])).accessToken);
    const { auditEvents } = await platformAdmin.ok<{ auditEvents: { action: string }[] }>(AUDIT, {
      subjectId: clinicId,
    });
    expect(auditEvents.map((event) => event.action)).toEqual(
      expect.arrayContaining(['REQUIRED_CREDENTIAL_ADDED', 'REQUIRED_CREDENTIAL_REMOVED']),
    );
  });

  it("is met by a certificate for the required course, found through the certificate's enrollment", async () => {
    await admin.ok(REQUIRE, {
      input: { organizationId: clinicId, label: 'Safety course', courseId },
    });
    const dataSource = test.app.get(DataSource);
    const [{ enrollmentId }] = (await dataSource.query(
      `INSERT INTO enrollments (user_id, course_id, version_id, status, enrolled_at, completed_at)
       VALUES ($1, $2, $3, 'COMPLETED', now(), now()) RETURNING id AS "enrollmentId"`,
      [staffUserId, courseId, versionId],
    )) as [{ enrollmentId: string }];
    const certificate = await dataSource.transaction((manager) =>
      test.app.get(CertificateIssuer).issue(manager, {
        kind: CertificateKind.COURSE,
        userId: staffUserId,
        enrollmentId,
        programId: null,
        title: 'Needling safety refresher',
        slug: 'needling-safety-refresher',
        version: 1,
        creditMinutes: 60,
        liveMinutes: 0,
        credentialKind: CredentialKind.DIDACTIC,
        scopeStatement: 'Didactic coursework only.',
        disclosure: null,
        validityMonths: null,
        approvals: [],
      }),
    );
    const mine = await staff.ok<{ myRequiredCredentials: unknown[] }>(MINE, {
      organizationId: clinicId,
    });
    expect(mine.myRequiredCredentials).toEqual([
      { label: 'Safety course', status: 'VALID', certificateCode: certificate.code },
    ]);
  });
});
