import { DataSource } from 'typeorm';
import { ENROLL, quizCourse, START, type QuizCourse } from '../support/assessment.js';
import {
  asInstructor,
  CREATE_DRAFT,
  publish,
  UPDATE_LESSON,
  UPDATE_VERSION,
} from '../support/catalog.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { COMPLETE_LESSON, RECORD } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const GATE = /* GraphQL */ `
  query Gate($id: ID!) {
    courseVersion(id: $id) {
      quizzesAfterLessons
    }
  }
`;

/** A course may ask learners to finish a module's lessons before its quiz. */
describe('quizzes after lessons', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
  });
  afterAll(() => test.close());

  async function course(gated: boolean): Promise<QuizCourse> {
    const made = await quizCourse(author, admin, { bankSize: 3, publish: false });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: made.lessonIds[0], title: 'Lung apex and safe depth', seatTimeMinutes: 1 },
    });
    await author.ok(UPDATE_VERSION, {
      input: { versionId: made.versionId, quizzesAfterLessons: gated },
    });
    await publish(author, admin, made.versionId);
    return made;
  }

  async function enrolledLearner(made: QuizCourse): Promise<GraphQLClient> {
    const learner = test.client.as((await registerLearner(test)).accessToken);
    await learner.ok(ENROLL, { courseId: made.courseId });
    return learner;
  }

  it("refuses the quiz until the module's lessons are done, naming them", async () => {
    const made = await course(true);
    const learner = await enrolledLearner(made);
    const refused = await learner.error(START, { quizId: made.quizId });
    expect(refused.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LESSONS_UNFINISHED',
      field: 'quizId',
    });
    expect(refused.message).toBe('Finish these lessons before this quiz: Lung apex and safe depth');
    const attempts = await test.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM quiz_attempts WHERE quiz_id = $1`, [made.quizId]);
    expect(attempts).toEqual([{ n: 0 }]);

    const lessonId = made.lessonIds[0];
    await learner.ok(RECORD, { lessonId });
    for (let i = 0; i < 2; i += 1) {
      test.clock.advance(30_000);
      await learner.ok(RECORD, { lessonId });
    }
    await learner.ok(COMPLETE_LESSON, { lessonId });
    const started = await learner.ok<{ startQuizAttempt: { id: string } }>(START, {
      quizId: made.quizId,
    });
    expect(started.startQuizAttempt.id).toEqual(expect.any(String));
  });

  it('lets a course that does not ask for it start the quiz at once', async () => {
    const made = await course(false);
    const learner = await enrolledLearner(made);
    await learner.ok(START, { quizId: made.quizId });
  });

  it('keeps the setting in the next draft', async () => {
    const made = await course(true);
    const { createDraftVersion } = await author.ok<{ createDraftVersion: { id: string } }>(
      CREATE_DRAFT,
      { input: { courseId: made.courseId, changelog: 'Next edition' } },
    );
    const { courseVersion } = await author.ok<{
      courseVersion: { quizzesAfterLessons: boolean };
    }>(GATE, { id: createDraftVersion.id });
    expect(courseVersion.quizzesAfterLessons).toBe(true);
  });
});
