import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import { asInstructor } from '../support/catalog.js';
import {
  ACCOMMODATIONS,
  answerAll,
  GRANT_ACCOMMODATION,
  MY_ATTEMPTS,
  QUIZ_POLICY,
  quizCourse,
  START,
  startAttempt,
  submitAttempt,
  type QuizCourse,
  type QuizPolicyView,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
      details
    }
  }
`;

describe('attempt policy: retake waits and accommodations', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let adminId: string;
  // Access tokens last 15 minutes: each test moves time forward, then puts it back.
  let origin: Date;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    const adminSession = await asAdmin(test);
    admin = test.client.as(adminSession.accessToken);
    adminId = adminSession.userId;
  });
  afterAll(() => test.close());
  beforeEach(() => {
    origin = test.clock.now();
  });
  afterEach(() => test.clock.set(origin));

  const learner = async (): Promise<{ session: Session; client: GraphQLClient }> => {
    const session = await registerLearner(test);
    return { session, client: test.client.as(session.accessToken) };
  };
  const viewerPolicy = async (client: GraphQLClient, quizId: string) =>
    (await client.ok<{ quiz: QuizPolicyView }>(QUIZ_POLICY, { id: quizId })).quiz.viewerPolicy;
  const attemptsOf = async (client: GraphQLClient, quizId: string) =>
    (await client.ok<{ myQuizAttempts: { attemptNumber: number }[] }>(MY_ATTEMPTS, { quizId }))
      .myQuizAttempts;
  const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

  describe('retake wait', () => {
    let course: QuizCourse;
    beforeAll(async () => {
      course = await quizCourse(author, admin, {
        bankSize: 3,
        quiz: { retakeWaitMinutes: 10, maxAttempts: 3 },
      });
    });

    it('refuses a retake within the wait after a failed attempt, saying when, then allows it', async () => {
      const { client: pat } = await learner();
      const first = await startAttempt(pat, course);
      await answerAll(pat, first, course.key, () => false);
      expect((await submitAttempt(pat, first.id)).result?.passed).toBe(false);
      const allowedAt = new Date(test.clock.now().getTime() + 10 * 60_000);

      const refused = await pat.error(START, { quizId: course.quizId });
      expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RETAKE_WAIT' });
      expect(refused.message).toContain(utc(allowedAt));
      expect(await viewerPolicy(pat, course.quizId)).toEqual({
        maxAttempts: 3,
        timeLimitSeconds: null,
        attemptsUsed: 1,
        nextAttemptAt: allowedAt.toISOString(),
        retakeWaitMinutes: 10,
      });

      test.clock.advance(10 * 60_000 - 1000);
      const stillRefused = await pat.error(START, { quizId: course.quizId });
      expect(stillRefused.extensions).toMatchObject({ reason: 'RETAKE_WAIT' });
      expect(await attemptsOf(pat, course.quizId)).toHaveLength(1);

      test.clock.advance(1000);
      expect((await viewerPolicy(pat, course.quizId))?.nextAttemptAt).toBeNull();
      const second = await startAttempt(pat, course);
      expect(second.attemptNumber).toBe(2);
      expect((await viewerPolicy(pat, course.quizId))?.attemptsUsed).toBe(2);
    });

    it('sets no wait after a passed attempt', async () => {
      const { client: pat } = await learner();
      const first = await startAttempt(pat, course);
      await answerAll(pat, first, course.key, () => true);
      expect((await submitAttempt(pat, first.id)).result?.passed).toBe(true);
      expect((await viewerPolicy(pat, course.quizId))?.nextAttemptAt).toBeNull();
      expect((await startAttempt(pat, course)).attemptNumber).toBe(2);
    });
  });

  describe('accommodations', () => {
    let course: QuizCourse;
    beforeAll(async () => {
      course = await quizCourse(author, admin, {
        bankSize: 3,
        quiz: { maxAttempts: 1, timeLimitSeconds: 600 },
      });
    });
    const grant = (userId: string, changes: Record<string, unknown> = {}) => ({
      input: {
        quizId: course.quizId,
        userId,
        extraAttempts: 2,
        extraTimePercent: 50,
        reason: 'Documented learning disability: time and a half, two more attempts.',
        ...changes,
      },
    });

    it('adds attempts and time for that learner only, and is audited', async () => {
      const { session, client: pat } = await learner();
      const { client: sam } = await learner();
      const first = await startAttempt(pat, course);
      expect(Date.parse(first.deadlineAt!) - test.clock.now().getTime()).toBe(600_000);
      await submitAttempt(pat, first.id);
      expect((await pat.error(START, { quizId: course.quizId })).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'MAX_ATTEMPTS_REACHED',
      });

      const { grantQuizAccommodation } = await admin.ok<{
        grantQuizAccommodation: Record<string, unknown>;
      }>(GRANT_ACCOMMODATION, grant(session.userId));
      expect(grantQuizAccommodation).toMatchObject({
        quizId: course.quizId,
        userId: session.userId,
        learnerName: 'Pat Therapist, PT',
        extraAttempts: 2,
        extraTimePercent: 50,
        grantedBy: adminId,
      });
      expect(await viewerPolicy(pat, course.quizId)).toMatchObject({
        maxAttempts: 3,
        timeLimitSeconds: 900,
        attemptsUsed: 1,
      });
      const second = await startAttempt(pat, course);
      expect(second.attemptNumber).toBe(2);
      expect(Date.parse(second.deadlineAt!) - test.clock.now().getTime()).toBe(900_000);
      // Someone else's limits are the quiz's own.
      expect(await viewerPolicy(sam, course.quizId)).toMatchObject({
        maxAttempts: 1,
        timeLimitSeconds: 600,
        attemptsUsed: 0,
      });

      // Granting again replaces it; each grant is in the audit log with its reason.
      await admin.ok(GRANT_ACCOMMODATION, grant(session.userId, { extraAttempts: 1 }));
      const { quizAccommodations } = await admin.ok<{
        quizAccommodations: { userId: string; extraAttempts: number; learnerName: string }[];
      }>(ACCOMMODATIONS, { quizId: course.quizId });
      expect(quizAccommodations.filter((a) => a.userId === session.userId)).toEqual([
        expect.objectContaining({ extraAttempts: 1, learnerName: 'Pat Therapist, PT' }),
      ]);
      const { auditEvents } = await admin.ok<{
        auditEvents: { action: string; details: string }[];
      }>(AUDIT, { subjectId: course.quizId });
      const granted = auditEvents
        .filter((event) => event.action === 'QUIZ_ACCOMMODATION_GRANTED')
        .map((event) => JSON.parse(event.details) as Record<string, unknown>);
      expect(granted).toEqual([
        {
          userId: session.userId,
          extraAttempts: 1,
          extraTimePercent: 50,
          reason: 'Documented learning disability: time and a half, two more attempts.',
        },
        {
          userId: session.userId,
          extraAttempts: 2,
          extraTimePercent: 50,
          reason: 'Documented learning disability: time and a half, two more attempts.',
        },
      ]);
    });

    it('is for admins only, with a reason and within bounds, and changes nothing when refused', async () => {
      const { session, client: pat } = await learner();
      const visitor = test.client;
      expect(
        (await author.error(GRANT_ACCOMMODATION, grant(session.userId))).extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await pat.error(GRANT_ACCOMMODATION, grant(session.userId))).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(
        (await visitor.error(GRANT_ACCOMMODATION, grant(session.userId))).extensions?.code,
      ).toBe('UNAUTHENTICATED');
      expect((await author.error(ACCOMMODATIONS, { quizId: course.quizId })).extensions?.code).toBe(
        'FORBIDDEN',
      );

      for (const [changes, field] of [
        [{ reason: 'because' }, 'reason'],
        [{ extraTimePercent: 301 }, 'extraTimePercent'],
        [{ extraAttempts: 21 }, 'extraAttempts'],
        [{ extraAttempts: -1 }, 'extraAttempts'],
      ] as const) {
        const error = await admin.error(GRANT_ACCOMMODATION, grant(session.userId, changes));
        expect({ field, extensions: error.extensions }).toMatchObject({
          field,
          extensions: { code: 'BAD_USER_INPUT', field },
        });
      }
      const unknownUser = await admin.error(
        GRANT_ACCOMMODATION,
        grant('00000000-0000-4000-8000-000000000000'),
      );
      expect(unknownUser.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
      const unknownQuiz = await admin.error(
        GRANT_ACCOMMODATION,
        grant(session.userId, { quizId: '00000000-0000-4000-8000-000000000000' }),
      );
      expect(unknownQuiz.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'quizId' });

      const { quizAccommodations } = await admin.ok<{ quizAccommodations: { userId: string }[] }>(
        ACCOMMODATIONS,
        { quizId: course.quizId },
      );
      expect(quizAccommodations.map((a) => a.userId)).not.toContain(session.userId);
      expect((await viewerPolicy(pat, course.quizId))?.maxAttempts).toBe(1);
    });

    it('tells a visitor nothing of anyone’s limits, nor of the blueprint', async () => {
      const { quiz } = await admin.ok<{ quiz: { id: string } }>(QUIZ_POLICY, { id: course.quizId });
      const { course: seen } = await test.client.ok<{
        course: {
          currentVersion: { quizzes: { viewerPolicy: unknown; blueprintPlan: unknown }[] };
        };
      }>(
        /* GraphQL */ `
          query Public($slug: String!) {
            course(slug: $slug) {
              currentVersion {
                quizzes {
                  id
                  viewerPolicy {
                    maxAttempts
                  }
                  blueprintPlan {
                    freshAttempts
                  }
                }
              }
            }
          }
        `,
        { slug: course.slug },
      );
      expect(seen.currentVersion.quizzes).toEqual([
        { id: quiz.id, viewerPolicy: null, blueprintPlan: null },
      ]);
    });
  });
});
