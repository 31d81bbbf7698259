import { DataSource } from 'typeorm';
import { asAdmin, registerLearner } from '../support/factories.js';
import {
  asInstructor,
  draftCourse,
  publish,
  UPDATE_LESSON,
  UPDATE_VERSION,
} from '../support/catalog.js';
import {
  answerAll,
  ENROLL,
  quizCourse,
  startAttempt,
  SUBMIT_ATTEMPT,
  type QuizCourse,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  COMPLETE_LESSON,
  EVALUATE,
  evaluationInput,
  MY_CERTIFICATES,
  RECORD,
  VERIFY,
  type CertificateView,
} from '../support/learning.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SET_PREREQUISITES = /* GraphQL */ `
  mutation Prereq($input: SetCoursePrerequisitesInput!) {
    setCoursePrerequisites(input: $input)
  }
`;
const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;
const TRANSCRIPT = /* GraphQL */ `
  query Transcript {
    myTranscript {
      totalHours
      years {
        year
        hours
      }
      csvUrl
      certificates {
        code
        kind
      }
    }
  }
`;

describe('completion rules, races, prerequisites, programs, expiry', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let course: QuizCourse;

  beforeAll(async () => {
    test = await startTestApp({ VERIFY_RATE_LIMIT_PER_MINUTE: '5' });
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await shortCourse({
      validity: 12,
      title: '=HYPERLINK("http://evil.example") Needling',
    });
  }, 60_000);
  afterAll(() => test.close());

  /** A published course: one lesson of one minute, a three-question quiz. */
  async function shortCourse(options: { validity?: number; title?: string } = {}) {
    const made = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60, reviewTiming: 'AFTER_EACH_ATTEMPT' },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, { input: { lessonId: made.lessonIds[0], seatTimeMinutes: 1 } });
    await author.ok(UPDATE_VERSION, {
      input: {
        versionId: made.versionId,
        creditMinutes: 75,
        ...(options.validity ? { certificateValidityMonths: options.validity } : {}),
        ...(options.title ? { title: options.title } : {}),
      },
    });
    await publish(author, admin, made.versionId);
    return made;
  }

  /** Enrols, sits the lesson out on the test clock, and answers the quiz (not submitted). */
  async function readyToFinish(learner: GraphQLClient, target: QuizCourse) {
    const { enroll } = await learner.ok<{ enroll: { id: string } }>(ENROLL, {
      courseId: target.courseId,
    });
    const lessonId = target.lessonIds[0];
    await learner.ok(RECORD, { lessonId });
    for (let i = 0; i < 2; i += 1) {
      test.clock.advance(30_000);
      await learner.ok(RECORD, { lessonId });
    }
    await learner.ok(COMPLETE_LESSON, { lessonId });
    const attempt = await startAttempt(learner, target);
    await answerAll(learner, attempt, target.key, () => true);
    return { enrollmentId: enroll.id, attemptId: attempt.id };
  }

  async function finish(learner: GraphQLClient, target: QuizCourse) {
    const { enrollmentId, attemptId } = await readyToFinish(learner, target);
    await learner.ok(SUBMIT_ATTEMPT, { attemptId });
    await learner.ok(EVALUATE, { input: evaluationInput(enrollmentId) });
  }

  it('credits reports sent at the same moment once: they take turns on the clock', async () => {
    const made = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, admin, made.versionId);
    const learner = test.client.as((await registerLearner(test)).accessToken);
    await learner.ok(ENROLL, { courseId: made.courseId });
    const lessonId = made.lessonIds[0];
    // The very first reports, together: they start the clock and earn nothing.
    const first = await Promise.all(
      Array.from({ length: 4 }, () =>
        learner.ok<{ recordLessonActivity: { creditedSeconds: number } }>(RECORD, { lessonId }),
      ),
    );
    expect(Math.max(...first.map((r) => r.recordLessonActivity.creditedSeconds))).toBe(0);
    // A minute later, five at once (five tabs, or a replayed request): one minute, not five.
    test.clock.advance(60_000);
    const together = await Promise.all(
      Array.from({ length: 5 }, () =>
        learner.ok<{ recordLessonActivity: { creditedSeconds: number } }>(RECORD, { lessonId }),
      ),
    );
    expect(Math.max(...together.map((r) => r.recordLessonActivity.creditedSeconds))).toBe(60);
    const [progress] = (await test.app
      .get(DataSource)
      .query(`SELECT active_seconds AS "activeSeconds" FROM lesson_progress WHERE lesson_id = $1`, [
        lessonId,
      ])) as [{ activeSeconds: number }];
    expect(progress.activeSeconds).toBe(60);
    // Someone not enrolled moves no clock and gets the usual error.
    const stranger = test.client.as((await registerLearner(test)).accessToken);
    const error = await stranger.error(RECORD, { lessonId });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('credits one lesson at a time: lessons open side by side earn nothing extra', async () => {
    const made = await draftCourse(author, { modules: 1, lessons: 2 });
    await publish(author, admin, made.versionId);
    const learner = test.client.as((await registerLearner(test)).accessToken);
    await learner.ok(ENROLL, { courseId: made.courseId });
    const [a, b] = made.lessonIds;
    const credited = async (lessonId: string, resumed = false) =>
      (
        await learner.ok<{ recordLessonActivity: { creditedSeconds: number } }>(RECORD, {
          lessonId,
          resumed,
        })
      ).recordLessonActivity.creditedSeconds;
    // Two tabs, reporting in turn every 15 s for two minutes: neither lesson earns.
    for (let i = 0; i < 8; i += 1) {
      await credited(i % 2 === 0 ? a! : b!);
      test.clock.advance(15_000);
    }
    expect(await credited(a!)).toBe(0);
    // One lesson at a time earns real time.
    test.clock.advance(30_000);
    expect(await credited(a!)).toBe(30);
    // The page was hidden for 50 s: the report after it restarts the clock and earns nothing.
    test.clock.advance(50_000);
    expect(await credited(a!, true)).toBe(30);
    test.clock.advance(20_000);
    expect(await credited(a!)).toBe(50);
  });

  it('issues exactly one certificate when the last two actions race', async () => {
    const learner = test.client.as((await registerLearner(test)).accessToken);
    const { enrollmentId, attemptId } = await readyToFinish(learner, course);
    const [submitted, evaluated] = await Promise.all([
      learner.request(SUBMIT_ATTEMPT, { attemptId }),
      learner.request(EVALUATE, { input: evaluationInput(enrollmentId) }),
    ]);
    expect(submitted.errors).toBeUndefined();
    expect(evaluated.errors).toBeUndefined();
    const { myCertificates } = await learner.ok<{ myCertificates: CertificateView[] }>(
      MY_CERTIFICATES,
    );
    expect(myCertificates.filter((c) => c.kind === 'COURSE')).toHaveLength(1);
    // And the database itself refuses a second current one for the enrollment.
    const dataSource = test.app.get(DataSource);
    await expect(
      dataSource.query(
        `INSERT INTO certificates (code, kind, user_id, enrollment_id, holder_name, title, provider, ce_hours,
                                   completed_on, credential_jwt, issued_at)
         SELECT 'DUPL-ICAT-E000-0X', kind, user_id, enrollment_id, holder_name, title, provider, ce_hours,
                completed_on, credential_jwt, issued_at FROM certificates WHERE enrollment_id = $1`,
        [enrollmentId],
      ),
    ).rejects.toThrow(/certificates_current_enrollment_idx/);
  });

  it('enforces prerequisites at enrollment', async () => {
    const advanced = await shortCourse();
    await author.ok(SET_PREREQUISITES, {
      input: { courseId: advanced.courseId, prerequisiteCourseIds: [course.courseId] },
    });
    const learner = test.client.as((await registerLearner(test)).accessToken);
    const refused = await learner.error(ENROLL, { courseId: advanced.courseId });
    expect(refused.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PREREQUISITES_NOT_MET',
    });
    await finish(learner, course);
    const { enroll } = await learner.ok<{ enroll: { status: string } }>(ENROLL, {
      courseId: advanced.courseId,
    });
    expect(enroll.status).toBe('ACTIVE');
  });

  it('issues the program credential when its last course completes, and it expires', async () => {
    const second = await shortCourse();
    await admin.ok(CREATE_PROGRAM, {
      input: {
        slug: 'dry-needling-level-1-test',
        title: 'Dry Needling - Level 1 (didactic)',
        description: 'Didactic only: hands-on training is still required by most boards.',
        validityMonths: 24,
        courseIds: [course.courseId, second.courseId],
      },
    });
    const learner = test.client.as((await registerLearner(test)).accessToken);
    await finish(learner, course);
    let mine = (await learner.ok<{ myCertificates: CertificateView[] }>(MY_CERTIFICATES))
      .myCertificates;
    expect(mine.map((c) => c.kind)).toEqual(['COURSE']);
    await finish(learner, second);
    mine = (await learner.ok<{ myCertificates: CertificateView[] }>(MY_CERTIFICATES))
      .myCertificates;
    const program = mine.find((c) => c.kind === 'PROGRAM')!;
    expect(program).toMatchObject({
      title: 'Dry Needling - Level 1 (didactic)',
      status: 'VALID',
      ceHours: 2.5,
    });
    expect(program.expiresOn).not.toBeNull();

    const origin = test.clock.now();
    test.clock.set(new Date(`${program.expiresOn}T12:00:00Z`));
    test.clock.advance(24 * 3600 * 1000);
    try {
      const { verifyCertificate } = await test.client.ok<{ verifyCertificate: { status: string } }>(
        VERIFY,
        {
          code: program.code,
        },
      );
      expect(verifyCertificate.status).toBe('EXPIRED');
    } finally {
      test.clock.set(origin);
    }
  });

  it('keeps a transcript by year, with a CSV that is safe in a spreadsheet', async () => {
    const session = await registerLearner(test);
    const learner = test.client.as(session.accessToken);
    await finish(learner, course);
    const { myTranscript } = await learner.ok<{
      myTranscript: { totalHours: number; years: { year: number; hours: number }[] };
    }>(TRANSCRIPT);
    expect(myTranscript.totalHours).toBe(1.25);
    expect(myTranscript.years).toEqual([{ year: test.clock.now().getUTCFullYear(), hours: 1.25 }]);
    const csv = await (
      await fetch(`${test.url}/me/transcript.csv`, {
        headers: { authorization: `Bearer ${session.accessToken}` },
      })
    ).text();
    expect(csv.split('\r\n')[0]).toMatch(/^Completed,Kind,Title,/);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('reports the progress of many enrollments in as many queries as of one', async () => {
    const MINE = /* GraphQL */ `
      query Mine {
        myEnrollments {
          id
          status
          courseVersion {
            title
          }
          progressReport {
            remaining
            evaluationSubmitted
            lessons {
              creditedSeconds
              completed
            }
            quizzes {
              passed
            }
          }
          certificate {
            code
          }
        }
      }
    `;
    const learner = test.client.as((await registerLearner(test)).accessToken);
    await learner.ok(ENROLL, { courseId: course.courseId });
    const dataSource = test.app.get(DataSource);
    const one = await countQueries(dataSource, () => learner.ok(MINE));
    for (let i = 0; i < 3; i += 1) {
      await learner.ok(ENROLL, { courseId: (await shortCourse()).courseId });
    }
    const four = await countQueries(dataSource, () =>
      learner.ok<{ myEnrollments: unknown[] }>(MINE),
    );
    expect(four.result.myEnrollments).toHaveLength(4);
    expect(four.queries.length).toBe(one.queries.length);
  });

  it('rate-limits verification per address', async () => {
    test.clock.advance(61_000);
    const results = [];
    for (let i = 0; i < 7; i += 1) {
      results.push(await test.client.request(VERIFY, { code: '0000-0000-0000-00' }));
    }
    expect(
      results.filter((r) => r.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS'),
    ).toHaveLength(2);
    test.clock.advance(61_000);
    expect(
      (await test.client.request(VERIFY, { code: '0000-0000-0000-00' })).errors,
    ).toBeUndefined();
  });
});
