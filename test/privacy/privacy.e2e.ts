import { unzipSync, strFromU8 } from 'fflate';
import { DataSource } from 'typeorm';
import { CredentialsAccountData } from '../../apps/api/src/credentials/credentials-account-data.js';
import { quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, LOGIN, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;
const MINE = /* GraphQL */ `
  query Mine {
    myCertificates {
      code
      completedOn
    }
  }
`;
const VERIFY = /* GraphQL */ `
  query Verify($code: String!) {
    verifyCertificate(code: $code) {
      status
      holderName
    }
  }
`;
const CREATE_CLINIC = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
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
const REFRESH = /* GraphQL */ `
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      accessToken
    }
  }
`;

interface Exported {
  exportedAt: string;
  profile: { email: string; displayName: string };
  licenses: { number: string; state: string }[];
  enrollments: { course: string; status: string; evaluation: { comments: string } | null }[];
  quizAttempts: { quiz: string; passed: boolean; scorePercent: number }[];
  certificates: { code: string; file: string; holderName: string }[];
  clinicMemberships: { clinic: string; status: string }[];
}

/** Download my data, and delete my account (docs/privacy.md). */
describe('a person downloads their data and deletes their account', () => {
  let test: TestApp;
  let db: DataSource;
  let course: QuizCourse;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60 },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
    });
    await publish(author, admin, course.versionId);
  }, 120_000);
  afterAll(() => test.close());

  /** A learner who finished the course and runs a clinic of their own. */
  async function holder(): Promise<{ session: Session; learner: GraphQLClient; code: string }> {
    const session = await registerLearner(test, { licenseNumber: 'PT-20002', licenseState: 'CO' });
    const learner = test.client.as(session.accessToken);
    await finishOneLessonCourse(test, learner, course);
    await learner.ok(CREATE_CLINIC, { input: { name: 'Front Range Needling' } });
    const { myCertificates } = await learner.ok<{ myCertificates: { code: string }[] }>(MINE);
    return { session, learner, code: myCertificates[0]!.code };
  }

  const download = (accessToken?: string) =>
    fetch(`${test.url}/me/data.zip`, {
      headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    });

  it('downloads a zip of their profile, enrolments, attempts, certificates with PDFs', async () => {
    const { session, code } = await holder();
    const response = await download(session.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const data = JSON.parse(strFromU8(files['fascicle-data.json']!)) as Exported;

    expect(data.profile).toMatchObject({ email: session.email });
    expect(data.licenses).toEqual([expect.objectContaining({ number: 'PT-20002', state: 'CO' })]);
    expect(data.enrollments).toEqual([
      expect.objectContaining({ course: expect.any(String), status: 'COMPLETED' }),
    ]);
    expect(data.quizAttempts).toEqual([expect.objectContaining({ passed: true })]);
    expect(data.certificates).toEqual([
      expect.objectContaining({ code, file: `certificates/${code}.pdf` }),
    ]);
    expect(data.clinicMemberships).toEqual([
      expect.objectContaining({ clinic: 'Front Range Needling', status: 'ACTIVE' }),
    ]);
    expect(strFromU8(files[`certificates/${code}.pdf`]!.subarray(0, 5))).toBe('%PDF-');
    // The questions stay secure: an attempt is its score and times only.
    expect(JSON.stringify(data.quizAttempts)).not.toMatch(/question|option|answer/i);
  });

  it('refuses the download without a session', async () => {
    expect((await download()).status).toBe(401);
  });

  it('refuses a wrong password and changes nothing', async () => {
    const { session, learner } = await holder();
    const error = await learner.error(DELETE, { input: { password: 'not my password at all' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(error.extensions)).toContain('password');
    await test.client.ok(LOGIN, { input: { email: session.email, password: session.password } });
  });

  it("refuses a platform admin's own deletion", async () => {
    const admin = await asAdmin(test);
    const error = await test.client
      .as(admin.accessToken)
      .error(DELETE, { input: { password: admin.password } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('erases the account, keeps the certificate verifiable until its retention ends', async () => {
    const { session, learner, code } = await holder();
    const inviter = test.client.as((await registerLearner(test)).accessToken);
    const { createOrganization: other } = await inviter.ok<{ createOrganization: { id: string } }>(
      CREATE_CLINIC,
      { input: { name: 'Another Clinic' } },
    );
    await inviter.ok(INVITE, {
      input: { organizationId: other.id, email: session.email, role: 'STAFF' },
    });

    expect(await learner.ok(DELETE, { input: { password: session.password } })).toEqual({
      deleteMyAccount: true,
    });

    // No one signs in as them again; their sessions are over; the address is free.
    const login = await test.client.error(LOGIN, {
      input: { email: session.email, password: session.password },
    });
    expect(login.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await test.client.error(REFRESH, {
      input: { refreshToken: session.refreshToken },
    });
    expect(refresh.extensions?.code).toBe('UNAUTHENTICATED');
    await registerLearner(test, { email: session.email });

    const [user] = await db.query(
      `SELECT email, display_name, roles, deleted_at FROM users WHERE id = $1`,
      [session.userId],
    );
    expect(user).toMatchObject({ display_name: 'Deleted account', roles: [] });
    expect(user.email).not.toContain(session.email);
    expect(user.deleted_at).not.toBeNull();
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM licenses WHERE user_id = $1)::int AS licenses,
              (SELECT count(*) FROM refresh_tokens WHERE user_id = $1)::int AS sessions,
              (SELECT count(*) FROM invitations WHERE email = $2)::int AS invitations,
              (SELECT count(*) FROM memberships WHERE user_id = $1 AND status = 'ACTIVE')::int AS memberships,
              (SELECT count(*) FROM course_evaluations e JOIN enrollments n ON n.id = e.enrollment_id
                WHERE n.user_id = $1 AND (e.comments <> '' OR e.intended_practice_change <> ''))::int AS texts`,
      [session.userId, session.email],
    );
    expect(counts).toEqual([
      { licenses: 0, sessions: 0, invitations: 0, memberships: 0, texts: 0 },
    ]);

    // The audit trail names the deletion by ids only.
    const [audit] = await db.query(
      `SELECT details FROM audit_events WHERE action = 'ACCOUNT_DELETED' AND subject_id = $1`,
      [session.userId],
    );
    expect(JSON.stringify(audit.details)).not.toContain(session.email);

    // The certificate, as issued, still verifies for a board, for six years.
    const verified = await test.client.ok<{ verifyCertificate: { status: string } }>(VERIFY, {
      code,
    });
    expect(verified.verifyCertificate.status).toBe('VALID');
    const [kept] = await db.query(
      `SELECT completed_on::text AS completed, retain_until::text AS until FROM certificates WHERE code = $1`,
      [code],
    );
    const [year, rest] = [Number(kept.completed.slice(0, 4)), kept.completed.slice(4)];
    expect(kept.until).toBe(`${year + 6}${rest}`);

    // The day after its retention ends, the purge deletes it; a live account's stays.
    const live = await holder();
    const purge = test.app.get(CredentialsAccountData);
    expect(await purge.purgeRetained(kept.until)).toBe(0);
    const dayAfter = new Date(Date.parse(`${kept.until}T00:00:00Z`) + 86_400_000);
    expect(await purge.purgeRetained(dayAfter.toISOString().slice(0, 10))).toBe(1);
    const gone = await test.client.ok<{ verifyCertificate: { status: string } }>(VERIFY, { code });
    expect(gone.verifyCertificate.status).toBe('NOT_FOUND');
    const still = await test.client.ok<{ verifyCertificate: { status: string } }>(VERIFY, {
      code: live.code,
    });
    expect(still.verifyCertificate.status).toBe('VALID');
  });
});
