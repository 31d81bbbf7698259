import { defaultContentDir, loadCurriculum, type CurriculumQuestion } from '@fascicle/curriculum';
import { LOGIN, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { ENROLL, SAVE, START, SUBMIT_ATTEMPT, type AttemptView } from '../support/assessment.js';
import {
  COMPLETE_LESSON,
  EVALUATE,
  evaluationInput,
  MY_CERTIFICATES,
  RECORD,
  VERIFY,
  type CertificateView,
} from '../support/learning.js';
import { seedCurriculum } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FOUNDATIONS = /* GraphQL */ `
  query Foundations {
    course(slug: "dry-needling-foundations") {
      id
      currentVersion {
        title
        ceHours
        creditMinutes
        modules {
          title
          lessons {
            id
            title
            seatTimeMinutes
          }
        }
        quizzes {
          id
          title
          isFinalExam
        }
      }
    }
  }
`;

interface Foundations {
  course: {
    id: string;
    currentVersion: {
      title: string;
      ceHours: number;
      creditMinutes: number;
      modules: { lessons: { id: string; title: string; seatTimeMinutes: number }[] }[];
      quizzes: { id: string; title: string; isFinalExam: boolean }[];
    };
  };
}

const MINUTE = 60_000;

/**
 * A physical therapist takes the seeded Foundations course from enrolment to a verified
 * certificate over the API, on the test clock: every lesson's seat time reported a minute
 * at a time, both module quizzes answered as someone who studied the lessons would (the
 * answers come from the course files, never from the API), the evaluation, the certificate.
 */
describe('the Foundations course, end to end', () => {
  let test: TestApp;
  let pat: Session;
  let tokenAt = 0;
  let learner: GraphQLClient;
  const questionsByStem = new Map<string, CurriculumQuestion>();

  /** Access tokens last 15 minutes of clock time; a learner in a long lesson signs in again. */
  async function client(): Promise<GraphQLClient> {
    if (test.clock.now().getTime() - tokenAt > 10 * MINUTE) {
      const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
        input: { email: pat.email, password: pat.password },
      });
      learner = test.client.as(login.accessToken);
      tokenAt = test.clock.now().getTime();
    }
    return learner;
  }

  beforeAll(async () => {
    test = await startTestApp();
    await seedCurriculum(test);
    pat = await registerLearner(test, {
      displayName: 'Pat Rivera, PT, DPT',
      licenseNumber: 'PT-450912',
      licenseState: 'CO',
    });
    tokenAt = test.clock.now().getTime();
    learner = test.client.as(pat.accessToken);
    const foundations = loadCurriculum(defaultContentDir()).courses[0];
    for (const module of foundations.modules) {
      for (const question of module.quiz?.questions ?? []) {
        questionsByStem.set(question.stem.trim(), question);
      }
    }
  }, 180_000);

  afterAll(async () => {
    await test.close();
  });

  it('gives a certificate for its claimed minutes that anyone can verify', async () => {
    const { course } = await (await client()).ok<Foundations>(FOUNDATIONS);
    const version = course.currentVersion;
    await (await client()).ok(ENROLL, { courseId: course.id });

    const lessons = version.modules.flatMap((module) => module.lessons);
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    for (const lesson of lessons) {
      // Too early: the server counts the seat time, not the client.
      const early = await (await client()).request(COMPLETE_LESSON, { lessonId: lesson.id });
      expect(early.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(early.errors?.[0]?.message).toMatch(/more minute\(s\) of seat time/);
      for (let minute = 0; minute < lesson.seatTimeMinutes; minute += 1) {
        await (await client()).ok(RECORD, { lessonId: lesson.id });
        test.clock.advance(MINUTE);
      }
      await (await client()).ok(RECORD, { lessonId: lesson.id });
      const done = await (
        await client()
      ).ok<{ completeLesson: { completed: boolean } }>(COMPLETE_LESSON, { lessonId: lesson.id });
      expect(done.completeLesson.completed).toBe(true);
    }

    const quizzes = version.quizzes.filter((quiz) => !quiz.isFinalExam);
    expect(quizzes).toHaveLength(2);
    for (const quiz of quizzes) {
      const { startQuizAttempt: attempt } = await (
        await client()
      ).ok<{ startQuizAttempt: AttemptView }>(START, { quizId: quiz.id });
      // Drawn by blueprint: two questions for each objective the module's bank covers.
      expect(attempt.questions.length).toBeGreaterThanOrEqual(6);
      for (const question of attempt.questions) {
        const written = questionsByStem.get(question.stemMarkdown.trim());
        if (!written) throw new Error(`not in the course files: ${question.stemMarkdown}`);
        const right = new Set(written.options.filter((o) => o.correct).map((o) => o.text));
        const chosen = question.options.filter((option) => right.has(option.text));
        await (
          await client()
        ).ok(SAVE, {
          input: {
            attemptId: attempt.id,
            questionId: question.questionId,
            selectedOptionIds: chosen.map((option) => option.id),
          },
        });
        test.clock.advance(30_000);
      }
      const { submitQuizAttempt: graded } = await (
        await client()
      ).ok<{ submitQuizAttempt: AttemptView }>(SUBMIT_ATTEMPT, { attemptId: attempt.id });
      expect(graded.result).toMatchObject({ scorePercent: 100, passed: true });
    }

    const { myEnrollments } = await (
      await client()
    ).ok<{ myEnrollments: { id: string }[] }>(`query { myEnrollments { id } }`);
    const { submitCourseEvaluation } = await (
      await client()
    ).ok<{ submitCourseEvaluation: { code: string; status: string } | null }>(EVALUATE, {
      input: evaluationInput(myEnrollments[0].id),
    });
    expect(submitCourseEvaluation?.status).toBe('VALID');

    const { myCertificates } = await (
      await client()
    ).ok<{ myCertificates: CertificateView[] }>(MY_CERTIFICATES);
    expect(myCertificates).toHaveLength(1);
    expect(myCertificates[0]).toMatchObject({
      code: submitCourseEvaluation!.code,
      holderName: 'Pat Rivera, PT, DPT',
      licenseNumber: 'PT-450912',
      title: 'Foundations of trigger point dry needling',
      ceHours: version.ceHours,
      approvals: [expect.objectContaining({ approvalNumber: 'SAMPLE-FND-001', isSample: true })],
    });
    expect(version.ceHours).toBe(Math.floor(version.creditMinutes / 15) / 4);

    const { verifyCertificate } = await test.client.ok<{
      verifyCertificate: { status: string; holderName: string; ceHours: number; title: string };
    }>(VERIFY, { code: submitCourseEvaluation!.code });
    expect(verifyCertificate).toMatchObject({
      status: 'VALID',
      holderName: 'Pat Rivera, PT, DPT',
      ceHours: version.ceHours,
      title: 'Foundations of trigger point dry needling',
    });
  }, 300_000);
});
