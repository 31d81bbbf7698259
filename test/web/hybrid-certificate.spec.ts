import { appendFileSync } from 'node:fs';
import { DEMO, expect, test } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/a11y.js';
import { Api } from './support/api.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';
import { startApiServer, type ApiServer } from './support/global-setup.js';

const HOUR = 3_600_000;
const COURSE_MINUTES = 68;
const LAB_MINUTES = 60;
const SPLIT = `Self-paced online: ${COURSE_MINUTES} min · Live or in-person: ${LAB_MINUTES} min`;
const HYBRID = 'Hybrid (coursework and hands-on training)';

/**
 * Sets the environment the support helpers read (the outbox the verification mail lands in,
 * the clock file seat time moves) to this journey's own server while `work` runs. A worker
 * runs one journey at a time, so nothing else reads them meanwhile.
 */
async function onServer<T>(server: ApiServer, work: () => Promise<T>): Promise<T> {
  const saved = {
    outbox: process.env['FASCICLE_OUTBOX_DIR'],
    clock: process.env['FASCICLE_CLOCK_OFFSET_FILE'],
  };
  process.env['FASCICLE_OUTBOX_DIR'] = server.outboxDir;
  process.env['FASCICLE_CLOCK_OFFSET_FILE'] = server.clockOffsetFile;
  try {
    return await work();
  } finally {
    process.env['FASCICLE_OUTBOX_DIR'] = saved.outbox;
    process.env['FASCICLE_CLOCK_OFFSET_FILE'] = saved.clock;
  }
}

/**
 * A learner who finished the online course, attended a one-hour lab, had a supervised session
 * confirmed and passed the practical: everything a hybrid program asks, through the API.
 * Returns the learner and their program credential's code.
 */
async function hybridHolder(server: ApiServer) {
  const api = new Api(server.url);
  let instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin, { creditMinutes: COURSE_MINUTES });
  const learner = await registerLearner(api, 'Jamie Ortiz, PT');
  await earnCertificate(learner.client, course);

  const { createCredentialProgram } = await admin.ok<{ createCredentialProgram: { id: string } }>(
    `mutation ($input: CreateCredentialProgramInput!) { createCredentialProgram(input: $input) { id } }`,
    {
      input: {
        slug: `hybrid-${Date.now()}`,
        title: 'Dry Needling — Hybrid',
        description: 'The course, a lab, a practical examination and a supervised session.',
        credentialKind: 'HYBRID',
        scopeStatement: 'Coursework and hands-on training in the upper quarter.',
        courseIds: [course.courseId],
        validityMonths: 24,
      },
    },
  );
  const programId = createCredentialProgram.id;
  await admin.ok(
    `mutation ($input: SetHandsOnRequirementsInput!) { setProgramHandsOnRequirements(input: $input) { practicalExam } }`,
    {
      input: {
        programId,
        liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: LAB_MINUTES }],
        practicalExam: true,
        supervisedSessions: { minimumCount: 1 },
      },
    },
  );
  const { createPracticalChecklist } = await instructor.ok<{
    createPracticalChecklist: { id: string };
  }>(
    `mutation ($input: CreatePracticalChecklistInput!) { createPracticalChecklist(input: $input) { id } }`,
    {
      input: {
        programId,
        title: 'Practical',
        items: [
          { key: 'screening', label: 'Screens for contraindications', critical: true },
          { key: 'sharps', label: 'Disposes of sharps safely', critical: true },
        ],
      },
    },
  );
  const startsAt = new Date(Date.now() + 2 * HOUR);
  const { scheduleLiveSession } = await instructor.ok<{ scheduleLiveSession: { id: string } }>(
    `mutation ($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id } }`,
    {
      input: {
        programId,
        kind: 'LAB',
        title: 'Lab: upper quarter',
        venue: '1 Clinic Way, Tampa, FL',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + LAB_MINUTES * 60_000).toISOString(),
        capacity: 6,
        instructors: 1,
        learnersPerInstructor: 6,
        registrationCutoffHours: 1,
      },
    },
  );
  await learner.client.ok(
    `mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { status } }`,
    {
      id: scheduleLiveSession.id,
    },
  );
  // The lab happens: this server's clock (no other journey's) moves past its end.
  appendFileSync(server.clockOffsetFile, `${4 * HOUR}\n`);
  instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const learnerClient = await api.login(learner.email, learner.password);
  const { me } = await learnerClient.ok<{ me: { id: string } }>(`{ me { id } }`);
  await instructor.ok(
    `mutation ($input: CorrectLiveAttendanceInput!) { correctLiveAttendance(input: $input) { creditedMinutes } }`,
    {
      input: {
        sessionId: scheduleLiveSession.id,
        userId: me.id,
        checkedInAt: startsAt.toISOString(),
        checkedOutAt: new Date(startsAt.getTime() + LAB_MINUTES * 60_000).toISOString(),
        reason: 'Signed the paper sheet at the door and at the end.',
      },
    },
  );

  const supervisor = await registerLearner(api, 'Sam Supervisor, PT');
  const supervisorClient = await api.login(supervisor.email, supervisor.password);
  const { me: supervisorMe } = await supervisorClient.ok<{ me: { id: string } }>(`{ me { id } }`);
  await supervisorClient.ok(
    `mutation ($input: SupervisorQualificationInput!) { setSupervisorQualification(input: $input) { ownSessions } }`,
    {
      input: {
        licenseState: 'FL',
        licenseNumber: 'PT-4411',
        dryNeedlingYears: 4,
        ownSessions: 300,
      },
    },
  );
  const today = new Date().toISOString().slice(0, 10);
  const { recordSupervisedSession } = await learnerClient.ok<{
    recordSupervisedSession: { id: string };
  }>(
    `mutation ($input: RecordSupervisedSessionInput!) { recordSupervisedSession(input: $input) { id } }`,
    {
      input: {
        programId,
        sessionDate: today,
        bodyRegions: ['SHOULDER_GIRDLE'],
        muscles: ['infraspinatus'],
        needleCount: 3,
        supervisorId: supervisorMe.id,
      },
    },
  );
  await supervisorClient.ok(
    `mutation ($id: ID!) { confirmSupervisedSession(id: $id) { status } }`,
    {
      id: recordSupervisedSession.id,
    },
  );
  // The practical, passed: the last requirement, and the program is awarded with it.
  await instructor.ok(
    `mutation ($input: RecordPracticalExamInput!) { recordPracticalExam(input: $input) { passed } }`,
    {
      input: {
        checklistId: createPracticalChecklist.id,
        candidateId: me.id,
        examinedOn: today,
        results: [
          { key: 'screening', passed: true },
          { key: 'sharps', passed: true },
        ],
      },
    },
  );
  const { myCertificates } = await learnerClient.ok<{
    myCertificates: { kind: string; code: string }[];
  }>(`{ myCertificates { kind code } }`);
  const program = myCertificates.find((certificate) => certificate.kind === 'PROGRAM');
  if (!program) throw new Error('the hybrid program was not awarded');
  return { learner, code: program.code };
}

test('the hybrid certificate shows online and live hours apart, on the certificates and verify pages', async ({
  page,
}) => {
  // Its own server: the lab has to be over, hours later, and the shared server's clock moves
  // only by minutes (every other journey's access tokens live on it).
  const server = await startApiServer();
  try {
    const { learner, code } = await onServer(server, () => hybridHolder(server));

    await test.step('the holder sees the hybrid kind and the split on their certificates', async () => {
      await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/certificates')}`);
      await page.getByLabel('Email').fill(learner.email);
      await page.getByLabel('Password').fill(learner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const card = page.getByRole('listitem', { name: 'Dry Needling — Hybrid' });
      await expect(card.getByText(`What this certifies: ${HYBRID}`)).toBeVisible();
      await expect(card.getByText(SPLIT)).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'certificates with a hybrid credential');
    });

    await test.step('anyone verifying the code sees the same', async () => {
      await page.goto(`${server.url}/verify/${code}`);
      await expect(page.getByText(HYBRID).first()).toBeVisible();
      await expect(page.getByText(SPLIT)).toBeVisible();
    });
  } finally {
    await server.stop();
  }
});
