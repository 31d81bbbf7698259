import { strFromU8, unzipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { pdfText } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
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
const SESSION_FIELDS = /* GraphQL */ `
  id
  status
  sessionDate
  bodyRegions
  muscles
  needleCount
  notes
  learnerName
  supervisorName
  decidedAt
  rejectionReason
  confirmedQualification {
    licenseState
    licenseNumber
    dryNeedlingYears
    ownSessions
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($input: RecordSupervisedSessionInput!) {
    recordSupervisedSession(input: $input) { ${SESSION_FIELDS} }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($id: ID!) {
    confirmSupervisedSession(id: $id) { ${SESSION_FIELDS} }
  }
`;
const REJECT = /* GraphQL */ `
  mutation Reject($id: ID!, $reason: String!) {
    rejectSupervisedSession(id: $id, reason: $reason) { ${SESSION_FIELDS} }
  }
`;
const QUALIFY = /* GraphQL */ `
  mutation Qualify($input: SupervisorQualificationInput!) {
    setSupervisorQualification(input: $input) {
      licenseState
      licenseNumber
      dryNeedlingYears
      ownSessions
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine($first: Int, $after: String) {
    mySupervisedSessions(first: $first, after: $after) {
      edges { node { ${SESSION_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const TO_CONFIRM = /* GraphQL */ `
  query ToConfirm {
    sessionsToConfirm(first: 50) {
      edges {
        node {
          id
          learnerName
          supervisorQualification {
            licenseState
          }
        }
      }
    }
  }
`;
const RECORD_EVENT = /* GraphQL */ `
  mutation Event($input: RecordAdverseEventInput!) {
    recordAdverseEvent(input: $input) {
      id
      type
      severity
    }
  }
`;
const RECORD_TREATMENTS = /* GraphQL */ `
  mutation Treatments($input: RecordTreatmentCountInput!) {
    recordTreatmentCount(input: $input) {
      date
      count
    }
  }
`;
const CLINIC_EVENTS = /* GraphQL */ `
  query Clinic($organizationId: ID!, $first: Int) {
    clinicAdverseEvents(organizationId: $organizationId, first: $first) {
      edges {
        node {
          id
          clinicianId
          clinicianName
          type
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    clinicAdverseEventRate(organizationId: $organizationId) {
      eventCount
      treatmentCount
      eventsWithTreatmentsLogged
      ratePerThousandTreatments
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;
const SUMMARY = /* GraphQL */ `
  query Summary {
    adverseEventSummary {
      groups {
        type
        types
        count
      }
      total
    }
  }
`;

interface SessionView {
  id: string;
  status: string;
  notes: string | null;
  supervisorName: string;
  decidedAt: string | null;
  rejectionReason: string | null;
  confirmedQualification: { licenseState: string; licenseNumber: string } | null;
}

const QUALIFICATION = {
  licenseState: 'FL',
  licenseNumber: 'PT 998877',
  dryNeedlingYears: 4,
  ownSessions: 900,
};

/**
 * The patient-free practice logs (issue 18, items 4 and 5): identifiers in free text are
 * refused before anything is stored; only the named supervisor decides, never on their own
 * session; clinic admins see their clinic only; program-wide figures come in groups of five.
 */
describe('practice logs', () => {
  let test: TestApp;
  let db: DataSource;
  let programId: string;
  let learner: Session;
  let learnerClient: GraphQLClient;
  let supervisor: Session;
  let supervisorClient: GraphQLClient;
  let outsiderClient: GraphQLClient;
  let today: string;

  const sessionInput = (overrides: Record<string, unknown> = {}) => ({
    programId,
    sessionDate: today,
    bodyRegions: ['SHOULDER_GIRDLE', 'THORACIC_BACK'],
    muscles: ['upper trapezius', 'infraspinatus'],
    needleCount: 6,
    supervisorId: supervisor.userId,
    notes: 'Used 0.25 × 40 mm needles, 3 passes each; CPT 20561.',
    ...overrides,
  });
  const record = async (client: GraphQLClient, overrides: Record<string, unknown> = {}) =>
    (
      await client.ok<{ recordSupervisedSession: SessionView }>(RECORD, {
        input: sessionInput(overrides),
      })
    ).recordSupervisedSession;
  const storedSessions = async () =>
    Number(
      ((await db.query(`SELECT COUNT(*) AS n FROM supervised_sessions`)) as { n: string }[])[0]!.n,
    );
  const eventInput = (overrides: Record<string, unknown> = {}) => ({
    eventDate: today,
    severity: 'MILD',
    type: 'BRUISING',
    actionTaken: 'Pressure for 2 minutes, ice.',
    outcome: 'Resolved within the session.',
    ...overrides,
  });

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    today = test.clock.now().toISOString().slice(0, 10);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const platformAdmin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, platformAdmin, course.versionId);
    const { createCredentialProgram } = await platformAdmin.ok<{
      createCredentialProgram: { id: string };
    }>(CREATE_PROGRAM, {
      input: {
        slug: 'dry-needling-hybrid',
        title: 'Dry Needling (hybrid)',
        description: 'Online courses, labs and supervised practice.',
        validityMonths: 24,
        courseIds: [course.courseId],
      },
    });
    programId = createCredentialProgram.id;
    learner = await registerLearner(test, { displayName: 'Lee Learner, DPT' });
    learnerClient = test.client.as(learner.accessToken);
    supervisor = await registerLearner(test, { displayName: 'Sam Supervisor, PT' });
    supervisorClient = test.client.as(supervisor.accessToken);
    outsiderClient = test.client.as((await registerLearner(test)).accessToken);
  }, 120_000);
  afterAll(() => test.close());

  it('refuses free text with a date of birth or a phone number, naming the field, and stores nothing', async () => {
    const dob = await learnerClient.error(RECORD, {
      input: sessionInput({ notes: 'Pt DOB 03/14/1962, tolerated well' }),
    });
    expect(dob.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dob.extensions?.field).toBe('notes');
    expect(dob.message).toContain('date of birth');
    expect(dob.message).toContain('the log must not identify the patient');
    expect(dob.message).not.toContain('1962');

    const phone = await learnerClient.error(RECORD, {
      input: sessionInput({ notes: 'Call back on (303) 555-0147 tomorrow' }),
    });
    expect(phone.extensions?.code).toBe('BAD_USER_INPUT');
    expect(phone.extensions?.field).toBe('notes');
    expect(phone.message).toBe('Remove the phone number: the log must not identify the patient');
    expect(phone.message).not.toContain('0147');

    const inMuscles = await learnerClient.error(RECORD, {
      input: sessionInput({ muscles: ['gluteus medius', 'MRN 4471234'] }),
    });
    expect(inMuscles.extensions?.field).toBe('muscles');

    const event = await learnerClient.error(RECORD_EVENT, {
      input: eventInput({ outcome: 'Patient emailed from jo@example.com, fine now' }),
    });
    expect(event.extensions?.code).toBe('BAD_USER_INPUT');
    expect(event.extensions?.field).toBe('outcome');

    expect(await storedSessions()).toBe(0);
    const events = await db.query(`SELECT id FROM adverse_events`);
    expect(events).toHaveLength(0);
  });

  it('refuses a date in the future, a self-named supervisor and an unknown program', async () => {
    const tomorrow = new Date(test.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    const future = await learnerClient.error(RECORD, {
      input: sessionInput({ sessionDate: tomorrow }),
    });
    expect(future.extensions?.field).toBe('sessionDate');
    const self = await learnerClient.error(RECORD, {
      input: sessionInput({ supervisorId: learner.userId }),
    });
    expect(self.extensions?.code).toBe('BAD_USER_INPUT');
    expect(self.extensions?.field).toBe('supervisorId');
    const program = await learnerClient.error(RECORD, {
      input: sessionInput({ programId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(program.extensions?.field).toBe('programId');
    const needles = await learnerClient.error(RECORD, { input: sessionInput({ needleCount: 0 }) });
    expect(needles.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storedSessions()).toBe(0);
  });

  it('names the supervisor by email once they have recorded a qualification', async () => {
    // Accounts of their own, so the other tests' counts and logs stay as they are.
    const trainee = await registerLearner(test, { displayName: 'Tess Trainee, PT' });
    const traineeClient = test.client.as(trainee.accessToken);
    const mentor = await registerLearner(test, { displayName: 'Morgan Mentor, DPT' });
    const unqualified = await registerLearner(test);
    const byEmail = (supervisorEmail: string) =>
      sessionInput({ supervisorId: undefined, supervisorEmail, notes: null });
    const sessionsOf = async (userId: string) =>
      (
        (await db.query(`SELECT 1 FROM supervised_sessions WHERE learner_id = $1`, [
          userId,
        ])) as unknown[]
      ).length;

    // Missing and unqualified accounts get the same answer: the form finds no accounts.
    const unknown = await traineeClient.error(RECORD, {
      input: byEmail('nobody-here@example.com'),
    });
    const noQualification = await traineeClient.error(RECORD, {
      input: byEmail(unqualified.email),
    });
    for (const refused of [unknown, noQualification]) {
      expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.extensions?.field).toBe('supervisorEmail');
      expect(refused.message).toBe(
        'No supervisor with a recorded qualification uses this email: ask them to record their license and experience on their Confirm page first',
      );
    }
    const badEmail = await traineeClient.error(RECORD, { input: byEmail('not an email') });
    expect(badEmail.extensions?.field).toBe('supervisorEmail');

    // Both, or neither, is refused naming the field.
    const both = await traineeClient.error(RECORD, {
      input: sessionInput({ supervisorId: mentor.userId, supervisorEmail: mentor.email }),
    });
    expect(both.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.extensions?.field).toBe('supervisorId');
    const neither = await traineeClient.error(RECORD, {
      input: sessionInput({ supervisorId: null }),
    });
    expect(neither.extensions?.code).toBe('BAD_USER_INPUT');
    expect(neither.extensions?.field).toBe('supervisorEmail');

    // Oneself by email is refused as by id, qualified or not.
    await traineeClient.ok(QUALIFY, { input: QUALIFICATION });
    const self = await traineeClient.error(RECORD, { input: byEmail(trainee.email) });
    expect(self.extensions?.field).toBe('supervisorEmail');
    expect(self.message).toBe(
      'You cannot supervise your own session: name the clinician who supervised it',
    );
    expect(await sessionsOf(trainee.userId)).toBe(0);

    // Qualified, the mentor is found by their email as they typed it, and it waits for them.
    await test.client.as(mentor.accessToken).ok(QUALIFY, { input: QUALIFICATION });
    const session = await record(traineeClient, {
      supervisorId: undefined,
      supervisorEmail: `  ${mentor.email.toUpperCase()} `,
    });
    expect(session.status).toBe('PENDING');
    expect(session.supervisorName).toBe('Morgan Mentor, DPT');
    const waiting = await test.client.as(mentor.accessToken).ok<{
      sessionsToConfirm: { edges: { node: { id: string } }[] };
    }>(TO_CONFIRM);
    expect(waiting.sessionsToConfirm.edges.map((e) => e.node.id)).toEqual([session.id]);
  });

  it('lets only the named supervisor decide, never on their own session, once', async () => {
    const session = await record(learnerClient);
    expect(session.status).toBe('PENDING');
    expect(session.supervisorName).toBe('Sam Supervisor, PT');

    const own = await learnerClient.error(CONFIRM, { id: session.id });
    expect(own.extensions?.code).toBe('FORBIDDEN');
    expect(own.message).toContain('of your own');
    const other = await outsiderClient.error(CONFIRM, { id: session.id });
    expect(other.extensions?.code).toBe('FORBIDDEN');
    const otherReject = await outsiderClient.error(REJECT, { id: session.id, reason: 'No.' });
    expect(otherReject.extensions?.code).toBe('FORBIDDEN');

    // The supervisor sees it waiting, and confirms only once their qualification is recorded.
    const waiting = await supervisorClient.ok<{
      sessionsToConfirm: { edges: { node: { id: string; learnerName: string } }[] };
    }>(TO_CONFIRM);
    expect(waiting.sessionsToConfirm.edges.map((e) => e.node.id)).toEqual([session.id]);
    expect(waiting.sessionsToConfirm.edges[0]!.node.learnerName).toBe('Lee Learner, DPT');
    const unqualified = await supervisorClient.error(CONFIRM, { id: session.id });
    expect(unqualified.extensions?.code).toBe('CONFLICT');
    await supervisorClient.ok(QUALIFY, { input: QUALIFICATION });

    const { confirmSupervisedSession: confirmed } = await supervisorClient.ok<{
      confirmSupervisedSession: SessionView;
    }>(CONFIRM, { id: session.id });
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.decidedAt).not.toBeNull();
    expect(confirmed.confirmedQualification).toMatchObject({
      licenseState: 'FL',
      licenseNumber: 'PT 998877',
    });
    const again = await supervisorClient.error(REJECT, { id: session.id, reason: 'Changed mind' });
    expect(again.extensions?.code).toBe('CONFLICT');

    // A later change of profile does not change what was confirmed.
    await supervisorClient.ok(QUALIFY, { input: { ...QUALIFICATION, licenseNumber: 'PT 1' } });
    const { mySupervisedSessions } = await learnerClient.ok<{
      mySupervisedSessions: { edges: { node: SessionView }[] };
    }>(MINE);
    expect(mySupervisedSessions.edges[0]!.node.confirmedQualification?.licenseNumber).toBe(
      'PT 998877',
    );

    const audit = (await db.query(
      `SELECT action, actor_id AS "actorId" FROM audit_events WHERE subject_id = $1`,
      [session.id],
    )) as { action: string; actorId: string }[];
    expect(audit).toEqual([{ action: 'SUPERVISED_SESSION_CONFIRMED', actorId: supervisor.userId }]);
  });

  it('records a rejection with its reason, and refuses identifiers in the reason', async () => {
    const session = await record(learnerClient, { notes: null });
    const identifying = await supervisorClient.error(REJECT, {
      id: session.id,
      reason: 'Wrong patient, MRN 5566778',
    });
    expect(identifying.extensions?.field).toBe('reason');
    const { rejectSupervisedSession: rejected } = await supervisorClient.ok<{
      rejectSupervisedSession: SessionView;
    }>(REJECT, { id: session.id, reason: 'I was not in the clinic that day.' });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.rejectionReason).toBe('I was not in the clinic that day.');
    expect(rejected.confirmedQualification).toBeNull();
  });

  it('pages the learner’s own sessions, newest first', async () => {
    test.clock.advance(1000);
    const newest = await record(learnerClient, { notes: null });
    const first = await learnerClient.ok<{
      mySupervisedSessions: {
        edges: { node: SessionView }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(MINE, { first: 2 });
    expect(first.mySupervisedSessions.edges[0]!.node.id).toBe(newest.id);
    expect(first.mySupervisedSessions.pageInfo.hasNextPage).toBe(true);
    const rest = await learnerClient.ok<{
      mySupervisedSessions: { edges: { node: SessionView }[]; pageInfo: { hasNextPage: boolean } };
    }>(MINE, { first: 2, after: first.mySupervisedSessions.pageInfo.endCursor });
    expect(rest.mySupervisedSessions.edges).toHaveLength(1);
    expect(rest.mySupervisedSessions.pageInfo.hasNextPage).toBe(false);
    const strangers = await outsiderClient.ok<{
      mySupervisedSessions: { edges: unknown[] };
    }>(MINE);
    expect(strangers.mySupervisedSessions.edges).toEqual([]);
  });

  it('exports the confirmed sessions as CSV (formula-safe) and PDF with the supervisor, license and time', async () => {
    const session = await record(learnerClient, {
      muscles: ['=HYPERLINK("http://x.example")', 'levator scapulae'],
      notes: null,
    });
    await supervisorClient.ok(CONFIRM, { id: session.id });

    const anonymous = await fetch(`${test.url}/me/supervised-sessions.csv`);
    expect(anonymous.status).toBe(401);
    const response = await fetch(`${test.url}/me/supervised-sessions.csv`, {
      headers: { authorization: `Bearer ${learner.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Session date,Program,Body regions,Muscles,Needles,Supervisor,Supervisor license state,Supervisor license number,Supervisor years of dry needling,Supervisor own sessions,Confirmed at (UTC),Confirmation record',
    );
    // Two confirmed (the pending and the rejected ones are not in the log).
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Sam Supervisor, PT",FL,PT 998877,4,900,');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x.example""); levator scapulae"`);
    expect(lines[2]).toContain('PT 1,');
    expect(lines[2]!.endsWith(session.id)).toBe(true);

    // The same log as a PDF: the learner named, each confirmation record on it.
    expect((await fetch(`${test.url}/me/supervised-sessions.pdf`)).status).toBe(401);
    const pdf = await fetch(`${test.url}/me/supervised-sessions.pdf`, {
      headers: { authorization: `Bearer ${learner.accessToken}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Supervised dry needling sessions');
    expect(text).toContain('2 session(s), each confirmed by the supervisor named');
    expect(text).toContain('Sam Supervisor, PT');
    expect(text.replace(/\s+/g, '')).toContain(session.id);
  });

  it('shows a clinic admin their own clinic’s events and rate, and no other clinic’s', async () => {
    const clinic = async (name: string) => {
      const admin = await registerLearner(test);
      const client = test.client.as(admin.accessToken);
      const { createOrganization } = await client.ok<{ createOrganization: { id: string } }>(
        CREATE_ORG,
        { input: { name } },
      );
      const staff = await registerLearner(test);
      await db.query(
        `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
         VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
        [createOrganization.id, staff.userId],
      );
      return {
        id: createOrganization.id,
        admin: client,
        staff,
        staffClient: test.client.as(staff.accessToken),
      };
    };
    const north = await clinic('North Clinic PT');
    const south = await clinic('South Clinic PT');

    await north.staffClient.ok(RECORD_EVENT, { input: eventInput() });
    await north.staffClient.ok(RECORD_EVENT, { input: eventInput({ type: 'PAIN' }) });
    await north.staffClient.ok(RECORD_TREATMENTS, { input: { date: today, count: 40 } });
    await north.staffClient.ok(RECORD_TREATMENTS, { input: { date: today, count: 400 } });
    await south.staffClient.ok(RECORD_EVENT, { input: eventInput({ type: 'SYNCOPE' }) });

    const view = await north.admin.ok<{
      clinicAdverseEvents: { edges: { node: { clinicianId: string; type: string } }[] };
      clinicAdverseEventRate: {
        eventCount: number;
        treatmentCount: number;
        ratePerThousandTreatments: number | null;
      };
    }>(CLINIC_EVENTS, { organizationId: north.id });
    expect(view.clinicAdverseEvents.edges.map((e) => e.node.type).sort()).toEqual([
      'BRUISING',
      'PAIN',
    ]);
    expect(
      view.clinicAdverseEvents.edges.every((e) => e.node.clinicianId === north.staff.userId),
    ).toBe(true);
    // The second count for the day replaced the first: 2 events in 400 treatments.
    expect(view.clinicAdverseEventRate).toMatchObject({
      eventCount: 2,
      treatmentCount: 400,
      ratePerThousandTreatments: 5,
    });

    const southRate = await south.admin.ok<{
      clinicAdverseEventRate: { eventCount: number; ratePerThousandTreatments: number | null };
    }>(CLINIC_EVENTS, { organizationId: south.id });
    expect(southRate.clinicAdverseEventRate).toMatchObject({
      eventCount: 1,
      ratePerThousandTreatments: null,
    });

    const crossed = await south.admin.error(CLINIC_EVENTS, { organizationId: north.id });
    expect(crossed.extensions?.code).toBe('NOT_FOUND');
    const staffOnly = await north.staffClient.error(CLINIC_EVENTS, { organizationId: north.id });
    expect(staffOnly.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives instructors program-wide counts only in groups of at least five', async () => {
    // So far: BRUISING 1, PAIN 1, SYNCOPE 1 (the clinic test). Four more bruises make five.
    for (let i = 0; i < 4; i += 1) {
      await outsiderClient.ok(RECORD_EVENT, { input: eventInput() });
    }
    const instructor = test.client.as((await asInstructor(test)).accessToken);
    const { adverseEventSummary } = await instructor.ok<{
      adverseEventSummary: {
        groups: { type: string | null; types: string[]; count: number | null }[];
        total: number | null;
      };
    }>(SUMMARY);
    expect(adverseEventSummary.groups).toEqual([
      { type: 'BRUISING', types: ['BRUISING'], count: 5 },
      { type: null, types: ['PAIN', 'SYNCOPE'], count: null },
    ]);
    expect(adverseEventSummary.total).toBeNull();

    const asLearner = await learnerClient.error(SUMMARY);
    expect(asLearner.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the logs back in the data download and erases them with the account', async () => {
    const response = await fetch(`${test.url}/me/data.zip`, {
      headers: { authorization: `Bearer ${learner.accessToken}` },
    });
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const data = JSON.parse(strFromU8(files['fascicle-data.json']!)) as {
      supervisedSessions: { status: string }[];
    };
    expect(data.supervisedSessions.map((s) => s.status).sort()).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'PENDING',
      'REJECTED',
    ]);

    // The supervisor goes: what they confirmed stays in the learner's log; what waited for
    // them can no longer be decided.
    await supervisorClient.ok(DELETE, { input: { password: supervisor.password } });
    const statuses = (await db.query(
      `SELECT status, COUNT(*)::int AS n FROM supervised_sessions WHERE learner_id = $1
        GROUP BY status ORDER BY status`,
      [learner.userId],
    )) as { status: string; n: number }[];
    expect(statuses).toEqual([
      { status: 'CONFIRMED', n: 2 },
      { status: 'REJECTED', n: 2 },
    ]);
    const qualifications = await db.query(
      `SELECT 1 FROM supervisor_qualifications WHERE user_id = $1`,
      [supervisor.userId],
    );
    expect(qualifications).toHaveLength(0);

    await learnerClient.ok(DELETE, { input: { password: learner.password } });
    const left = await db.query(`SELECT 1 FROM supervised_sessions WHERE learner_id = $1`, [
      learner.userId,
    ]);
    expect(left).toHaveLength(0);
  });
});
