import { DataSource } from 'typeorm';
import { quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON, UPDATE_VERSION } from '../support/catalog.js';
import { asAdmin, LOGIN, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;
const SET_REQUIREMENTS = /* GraphQL */ `
  mutation Requirements($input: SetHandsOnRequirementsInput!) {
    setProgramHandsOnRequirements(input: $input) {
      liveMinutes {
        sessionKind
        minimumMinutes
      }
      practicalExam
      supervisedSessions {
        minimumCount
        withinDays
      }
      supervisorRule {
        minimumOwnSessions
        citation
      }
    }
  }
`;
const PROGRAMS = /* GraphQL */ `
  query Programs {
    credentialPrograms {
      id
      handsOnRequirements {
        practicalExam
      }
    }
  }
`;
const PROGRESS = /* GraphQL */ `
  query Progress($programId: ID!) {
    myProgramProgress(programId: $programId) {
      met
      liveMinutes
      supervisedSessionsCounted
      startedOn
      missing {
        kind
        message
        countedMinutes
        countedCount
        supervisorNotQualified
        pending
        failedAttempts
      }
    }
  }
`;
const CHECKLIST = /* GraphQL */ `
  mutation Checklist($input: CreatePracticalChecklistInput!) {
    createPracticalChecklist(input: $input) {
      id
    }
  }
`;
const EXAM = /* GraphQL */ `
  mutation Exam($input: RecordPracticalExamInput!) {
    recordPracticalExam(input: $input) {
      id
      passed
    }
  }
`;
const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleLiveSessionInput!) {
    scheduleLiveSession(input: $input) {
      id
    }
  }
`;
const REGISTER_SEAT = /* GraphQL */ `
  mutation Seat($sessionId: ID!) {
    registerForLiveSession(sessionId: $sessionId) {
      status
    }
  }
`;
const CORRECT_ATTENDANCE = /* GraphQL */ `
  mutation Correct($input: CorrectLiveAttendanceInput!) {
    correctLiveAttendance(input: $input) {
      creditedMinutes
    }
  }
`;
const QUALIFY = /* GraphQL */ `
  mutation Qualify($input: SupervisorQualificationInput!) {
    setSupervisorQualification(input: $input) {
      meetsStateQualification
    }
  }
`;
const RECORD_SESSION = /* GraphQL */ `
  mutation Record($input: RecordSupervisedSessionInput!) {
    recordSupervisedSession(input: $input) {
      id
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($id: ID!) {
    confirmSupervisedSession(id: $id) {
      status
      supervisorCheck {
        qualified
        reasons
      }
    }
  }
`;
const CREATE_ORG = /* GraphQL */ `
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
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    organization(id: $id) {
      complianceReport(first: 50) {
        members {
          edges {
            node {
              userId
              handsOnCertified
              credentials {
                credentialKind
                liveMinutes
              }
            }
          }
        }
      }
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine {
    myCertificates {
      kind
      title
      credentialKind
      creditMinutes
      onlineMinutes
      liveMinutes
      deliveryMethod
    }
  }
`;

interface Progress {
  met: boolean;
  liveMinutes: number;
  supervisedSessionsCounted: number;
  startedOn: string | null;
  missing: {
    kind: string;
    message: string;
    countedMinutes: number | null;
    countedCount: number | null;
    supervisorNotQualified: number | null;
    pending: number | null;
    failedAttempts: number | null;
  }[];
}
interface Held {
  kind: string;
  title: string;
  credentialKind: string;
  creditMinutes: number;
  onlineMinutes: number;
  liveMinutes: number;
  deliveryMethod: string;
}

const ITEMS = [
  { key: 'screening', label: 'Screens for contraindications', critical: true },
  { key: 'clean-technique', label: 'Clean technique', critical: true },
  { key: 'documentation', label: 'Documents the treatment', critical: false },
];
const LAB_MINUTES = 90;

describe('hybrid programs: awarded when the last requirement arrives', () => {
  let test: TestApp;
  let db: DataSource;
  let instructor: Session;
  let administrator: Session;
  let course: QuizCourse;
  let programId: string;
  let checklistId: string;
  let qualified: Session;
  let unqualified: Session;
  let today: string;

  /**
   * A client signed in as `who`. The labs move the test clock by days, past the access
   * tokens' quarter of an hour, so a token older than ten minutes is replaced by signing in.
   */
  const tokens = new Map<string, { token: string; at: number }>();
  const as = async (who: Session): Promise<GraphQLClient> => {
    const now = test.clock.now().getTime();
    // A session's own token was issued moments before its first use here.
    const held = tokens.get(who.userId) ?? { token: who.accessToken, at: now };
    if (now - held.at > 10 * 60_000) {
      const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
        input: { email: who.email, password: who.password },
      });
      Object.assign(held, { token: login.accessToken, at: now });
    }
    tokens.set(who.userId, held);
    return test.client.as(held.token);
  };
  /** The program's instructor: author of its course, examiner, keeper of its labs. */
  const author = {
    ok: async <T>(query: string, variables?: Record<string, unknown>) =>
      (await as(instructor)).ok<T>(query, variables),
  };
  const progress = async (who: Session) =>
    (await (await as(who)).ok<{ myProgramProgress: Progress }>(PROGRESS, { programId }))
      .myProgramProgress;
  const mine = async (who: Session) =>
    (await (await as(who)).ok<{ myCertificates: Held[] }>(MINE)).myCertificates;
  const programCertificates = async (who: Session) =>
    Number(
      (
        (await db.query(
          `SELECT count(*) AS n FROM certificates WHERE user_id = $1 AND program_id = $2`,
          [who.userId, programId],
        )) as { n: string }[]
      )[0]!.n,
    );
  const recordSession = async (learner: Session, supervisor: Session) =>
    (
      await (
        await as(learner)
      ).ok<{ recordSupervisedSession: { id: string } }>(RECORD_SESSION, {
        input: {
          programId,
          // Today on the test clock, which the labs move: never before the program started.
          sessionDate: test.clock.now().toISOString().slice(0, 10),
          bodyRegions: ['SHOULDER_GIRDLE'],
          muscles: ['upper trapezius'],
          needleCount: 4,
          supervisorId: supervisor.userId,
        },
      })
    ).recordSupervisedSession.id;
  const confirm = async (supervisor: Session, id: string) =>
    (await as(supervisor)).ok<{
      confirmSupervisedSession: { supervisorCheck: { qualified: boolean; reasons: string[] } };
    }>(CONFIRM, { id });
  const examine = (candidate: Session, passedAll: boolean) =>
    author.ok<{ recordPracticalExam: { id: string; passed: boolean } }>(EXAM, {
      input: {
        checklistId,
        candidateId: candidate.userId,
        examinedOn: today,
        results: ITEMS.map((item) => ({
          key: item.key,
          passed: passedAll || item.key !== 'screening',
        })),
      },
    });

  interface Lab {
    id: string;
    startsAt: Date;
  }

  /** A lab of the program three days from now. */
  async function scheduleLab(): Promise<Lab> {
    const startsAt = new Date(test.clock.now().getTime() + 3 * 86_400_000);
    const { scheduleLiveSession } = await author.ok<{ scheduleLiveSession: { id: string } }>(
      SCHEDULE,
      {
        input: {
          programId,
          kind: 'LAB',
          title: 'Lab 1: upper quarter',
          venue: '1 Clinic Way, Tampa, FL',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + LAB_MINUTES * 60_000).toISOString(),
          capacity: 10,
          instructors: 1,
          learnersPerInstructor: 10,
          registrationCutoffHours: 24,
        },
      },
    );
    return { id: scheduleLiveSession.id, startsAt };
  }

  /** The instructor records the learner's attendance (from the paper sheet), after the lab. */
  const attend = async (lab: Lab, learner: Session, minutes: number) => {
    const end = lab.startsAt.getTime() + LAB_MINUTES * 60_000;
    if (test.clock.now().getTime() < end) test.clock.advance(end - test.clock.now().getTime());
    return author.ok<{ correctLiveAttendance: { creditedMinutes: number } }>(CORRECT_ATTENDANCE, {
      input: {
        sessionId: lab.id,
        userId: learner.userId,
        checkedInAt: lab.startsAt.toISOString(),
        checkedOutAt: new Date(lab.startsAt.getTime() + minutes * 60_000).toISOString(),
        reason: 'Signed the paper sheet; the scanner was down.',
      },
    });
  };

  /** A learner with the course done and a seat at a new lab. */
  async function learnerReady(): Promise<{ learner: Session; lab: Lab }> {
    const learner = await registerLearner(test);
    await finishOneLessonCourse(test, await as(learner), course);
    const lab = await scheduleLab();
    await (await as(learner)).ok(REGISTER_SEAT, { sessionId: lab.id });
    return { learner, lab };
  }

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    instructor = await asInstructor(test);
    administrator = await asAdmin(test);
    const admin = await as(administrator);
    const authorClient = await as(instructor);
    course = await quizCourse(authorClient, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60 },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
    });
    await author.ok(UPDATE_VERSION, { input: { versionId: course.versionId, creditMinutes: 30 } });
    await publish(authorClient, admin, course.versionId);
    programId = (
      await admin.ok<{ createCredentialProgram: { id: string } }>(CREATE_PROGRAM, {
        input: {
          slug: 'hybrid-test',
          title: 'Dry Needling — Hybrid',
          description: 'Coursework, a lab, a practical exam and supervised sessions.',
          credentialKind: 'HYBRID',
          scopeStatement: 'Coursework and hands-on training.',
          validityMonths: 24,
          courseIds: [course.courseId],
        },
      })
    ).createCredentialProgram.id;
    checklistId = (
      await author.ok<{ createPracticalChecklist: { id: string } }>(CHECKLIST, {
        input: { programId, title: 'Dry needling practical', items: ITEMS },
      })
    ).createPracticalChecklist.id;
    today = test.clock.now().toISOString().slice(0, 10);
    qualified = await registerLearner(test, { licenseState: 'FL' });
    await (
      await as(qualified)
    ).ok(QUALIFY, {
      input: {
        licenseState: 'FL',
        licenseNumber: 'PT-123456',
        dryNeedlingYears: 3,
        ownSessions: 120,
        meetsStateQualification: true,
      },
    });
    unqualified = await registerLearner(test);
    await (
      await as(unqualified)
    ).ok(QUALIFY, {
      input: {
        licenseState: 'CO',
        licenseNumber: 'PT-123456',
        dryNeedlingYears: 0,
        ownSessions: 10,
      },
    });
  });

  afterAll(async () => {
    await test?.close();
  });

  it('sets what a program asks beyond its courses: admins only, one minimum per kind', async () => {
    const learner = await registerLearner(test);
    const input = {
      programId,
      liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: LAB_MINUTES }],
      practicalExam: true,
      supervisedSessions: { minimumCount: 2, withinDays: 365 },
      supervisorRule: 'FLORIDA',
    };
    const admin = await as(administrator);
    expect(
      (await (await as(learner)).error(SET_REQUIREMENTS, { input })).extensions?.['code'],
    ).toBe('FORBIDDEN');
    const twice = await admin.error(SET_REQUIREMENTS, {
      input: { ...input, liveMinutes: [...input.liveMinutes, ...input.liveMinutes] },
    });
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'liveMinutes' });
    expect((await db.query(`SELECT * FROM hybrid_program_rules`)) as unknown[]).toEqual([]);

    const { setProgramHandsOnRequirements } = await admin.ok<{
      setProgramHandsOnRequirements: unknown;
    }>(SET_REQUIREMENTS, { input });
    expect(setProgramHandsOnRequirements).toEqual({
      liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: LAB_MINUTES }],
      practicalExam: true,
      supervisedSessions: { minimumCount: 2, withinDays: 365 },
      supervisorRule: { minimumOwnSessions: 25, citation: 'Fla. Admin. Code R. 64B17-6.008' },
    });
    const { credentialPrograms } = await (
      await as(learner)
    ).ok<{
      credentialPrograms: { id: string; handsOnRequirements: { practicalExam: boolean } | null }[];
    }>(PROGRAMS);
    expect(credentialPrograms.find((p) => p.id === programId)?.handsOnRequirements).toEqual({
      practicalExam: true,
    });
  });

  it('is not awarded until every requirement holds, and once when the last one arrives', async () => {
    const { learner, lab } = await learnerReady();
    const kinds = async () => (await progress(learner)).missing.map((m) => m.kind);
    // The course alone earns its certificate, not the program.
    expect((await mine(learner)).map((c) => c.kind)).toEqual(['COURSE']);
    expect(await kinds()).toEqual(['LIVE_MINUTES', 'PRACTICAL_EXAM', 'SUPERVISED_SESSIONS']);
    expect((await progress(learner)).startedOn).toBe(today);

    // Confirmations by a supervisor who does not meet Florida's rule do not count.
    for (let i = 0; i < 2; i += 1) {
      const { confirmSupervisedSession } = await confirm(
        unqualified,
        await recordSession(learner, unqualified),
      );
      expect(confirmSupervisedSession.supervisorCheck.qualified).toBe(false);
      expect(confirmSupervisedSession.supervisorCheck.reasons).toEqual(
        expect.arrayContaining([
          '1 year(s) of dry needling are needed; 0 are recorded.',
          '25 dry needling sessions of their own are needed; 10 are recorded.',
        ]),
      );
    }
    const pendingId = await recordSession(learner, qualified);
    expect((await progress(learner)).missing[2]).toMatchObject({
      kind: 'SUPERVISED_SESSIONS',
      countedCount: 0,
      supervisorNotQualified: 2,
      pending: 1,
    });
    const confirmed = await confirm(qualified, pendingId);
    expect(confirmed.confirmSupervisedSession.supervisorCheck).toEqual({
      qualified: true,
      reasons: [],
    });
    await confirm(qualified, await recordSession(learner, qualified));
    expect(await kinds()).toEqual(['LIVE_MINUTES', 'PRACTICAL_EXAM']);
    expect((await progress(learner)).supervisedSessionsCounted).toBe(2);

    // A failed practical (a critical item missed) is an attempt, not a pass.
    expect((await examine(learner, false)).recordPracticalExam.passed).toBe(false);
    expect((await progress(learner)).missing[1]).toMatchObject({
      kind: 'PRACTICAL_EXAM',
      failedAttempts: 1,
    });
    await examine(learner, true);
    expect(await kinds()).toEqual(['LIVE_MINUTES']);
    expect(await programCertificates(learner)).toBe(0);

    // The lab, attended in full: the last requirement, and the program is awarded with it.
    expect((await attend(lab, learner, LAB_MINUTES)).correctLiveAttendance.creditedMinutes).toBe(
      LAB_MINUTES,
    );
    expect(await progress(learner)).toMatchObject({ met: true, missing: [], liveMinutes: 90 });
    const program = (await mine(learner)).find((c) => c.kind === 'PROGRAM');
    expect(program).toEqual({
      kind: 'PROGRAM',
      title: 'Dry Needling — Hybrid',
      credentialKind: 'HYBRID',
      creditMinutes: 30 + LAB_MINUTES,
      onlineMinutes: 30,
      liveMinutes: LAB_MINUTES,
      deliveryMethod: 'blended',
    });

    // A clinic that requires the program tells the hands-on holder from one without it.
    const clinicAdmin = await as(await registerLearner(test));
    const { createOrganization } = await clinicAdmin.ok<{ createOrganization: { id: string } }>(
      CREATE_ORG,
      { input: { name: 'Hands-on clinic' } },
    );
    await clinicAdmin.ok(REQUIRE, {
      input: { organizationId: createOrganization.id, label: 'Dry needling, hands-on', programId },
    });
    const other = await registerLearner(test);
    for (const member of [learner, other]) {
      await db.query(
        `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
         VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
        [createOrganization.id, member.userId],
      );
    }
    const { organization } = await clinicAdmin.ok<{
      organization: {
        complianceReport: {
          members: {
            edges: {
              node: {
                userId: string;
                handsOnCertified: boolean;
                credentials: { credentialKind: string | null; liveMinutes: number }[];
              };
            }[];
          };
        };
      };
    }>(REPORT, { id: createOrganization.id });
    const rows = new Map(
      organization.complianceReport.members.edges.map(({ node }) => [node.userId, node]),
    );
    expect(rows.get(learner.userId)).toMatchObject({
      handsOnCertified: true,
      credentials: [{ credentialKind: 'HYBRID', liveMinutes: LAB_MINUTES }],
    });
    expect(rows.get(other.userId)).toMatchObject({
      handsOnCertified: false,
      credentials: [{ credentialKind: null, liveMinutes: 0 }],
    });

    // More evidence later issues nothing more.
    await confirm(qualified, await recordSession(learner, qualified));
    await examine(learner, true);
    expect(await programCertificates(learner)).toBe(1);
  });

  it('awards once when the last two requirements arrive at the same moment', async () => {
    const { learner, lab } = await learnerReady();
    await confirm(qualified, await recordSession(learner, qualified));
    await attend(lab, learner, LAB_MINUTES);
    const lastSession = await recordSession(learner, qualified);
    expect(await programCertificates(learner)).toBe(0);
    // On the PostgreSQL server the two transactions overlap; the per-holder turn makes the
    // second see the first's evidence, and the credential is issued by exactly one of them.
    await Promise.all([confirm(qualified, lastSession), examine(learner, true)]);
    expect(await programCertificates(learner)).toBe(1);
    expect((await progress(learner)).met).toBe(true);
  });

  it('counts a partial lab as nothing: a lab needs three quarters of its length', async () => {
    const { learner, lab } = await learnerReady();
    const { correctLiveAttendance } = await attend(lab, learner, 60);
    expect(correctLiveAttendance.creditedMinutes).toBe(0);
    expect((await progress(learner)).missing[0]).toMatchObject({
      kind: 'LIVE_MINUTES',
      countedMinutes: 0,
    });
  });
});
