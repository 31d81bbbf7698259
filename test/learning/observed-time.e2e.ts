import { MIN_COMPLETIONS_FOR_OBSERVED_TIME, quartiles } from '@fascicle/catalog';
import { asInstructor, draftCourse, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { COMPLETE_LESSON, evaluationInput, EVALUATE } from '../support/learning.js';
import { ENROLL } from '../support/assessment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OBSERVED = /* GraphQL */ `
  query Observed($id: ID!) {
    courseVersion(id: $id) {
      observedTime {
        completions
        minimumCompletions
        lessons {
          lessonId
          requiredMinutes
          learners
          readers
          activeMedianMinutes
          readingQ1Minutes
          readingMedianMinutes
          readingQ3Minutes
          basis
          flag
        }
      }
    }
  }
`;
const REPORT = /* GraphQL */ `
  mutation Report($lessonId: ID!, $reachedEnd: Boolean) {
    recordLessonActivity(lessonId: $lessonId, reachedEnd: $reachedEnd) {
      creditedSeconds
    }
  }
`;
const MY_ENROLLMENTS = /* GraphQL */ `
  query {
    myEnrollments {
      id
    }
  }
`;

interface Observed {
  courseVersion: {
    observedTime: {
      completions: number;
      minimumCompletions: number;
      lessons: {
        requiredMinutes: number;
        learners: number;
        readers: number;
        activeMedianMinutes: number;
        readingQ1Minutes: number;
        readingMedianMinutes: number;
        readingQ3Minutes: number;
        basis: string;
        flag: string | null;
      }[];
    } | null;
  };
}

const MINUTE = 60_000;

describe('observed time against required time', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let versionId: string;
  let courseId: string;
  let lessonId: string;
  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(author, { modules: 1, lessons: 1 });
    ({ versionId, courseId } = course);
    lessonId = course.lessonIds[0]!;
    await author.ok(UPDATE_LESSON, { input: { lessonId, seatTimeMinutes: 10 } });
    await publish(author, admin, versionId);
  });
  afterAll(() => test.close());

  /** As a fresh admin each time: learners' reports move the clock past any token's life. */
  const observed = async (client?: GraphQLClient) => {
    const viewer = client ?? test.client.as((await asAdmin(test)).accessToken);
    return (await viewer.ok<Observed>(OBSERVED, { id: versionId })).courseVersion.observedTime;
  };

  /** A learner who reaches the end of the text after `readMinutes` and stays the seat time. */
  async function takeCourse(readMinutes: number): Promise<void> {
    const learner = test.client.as((await registerLearner(test)).accessToken);
    await learner.ok(ENROLL, { courseId });
    await learner.ok(REPORT, { lessonId });
    for (let minute = 1; minute <= 10; minute += 1) {
      test.clock.advance(MINUTE);
      await learner.ok(REPORT, { lessonId, reachedEnd: minute === readMinutes });
    }
    await learner.ok(COMPLETE_LESSON, { lessonId });
    const { myEnrollments } = await learner.ok<{ myEnrollments: { id: string }[] }>(MY_ENROLLMENTS);
    await learner.ok(EVALUATE, { input: evaluationInput(myEnrollments[0]!.id) });
    // Another learner starts later: one activity clock each, but the server's clock is shared.
    test.clock.advance(MINUTE);
  }

  it('shows nothing until enough learners completed, and nothing to learners', async () => {
    const learner = test.client.as((await registerLearner(test)).accessToken);
    expect(await observed(learner)).toBeNull();
    for (let i = 0; i < 3; i += 1) await takeCourse(4);
    expect(await observed()).toEqual({
      completions: 3,
      minimumCompletions: MIN_COMPLETIONS_FOR_OBSERVED_TIME,
      lessons: [],
    });
  }, 120_000);

  it('gives the quartiles of reading time and flags a requirement learners do not need', async () => {
    const readMinutes = [4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7, 8];
    for (const minutes of readMinutes) await takeCourse(minutes);
    const all = [4, 4, 4, ...readMinutes];

    const report = (await observed())!;
    expect(report.completions).toBe(20);
    const expected = quartiles(all)!;
    const [lesson] = report.lessons;
    expect(lesson).toMatchObject({
      requiredMinutes: 10,
      learners: 20,
      readers: 20,
      basis: 'READING',
      readingQ1Minutes: expected.q1,
      readingMedianMinutes: expected.median,
      readingQ3Minutes: expected.q3,
      // A median of 5 minutes for 10 required: under 70 %.
      flag: 'UNDER',
    });
    // Everyone stayed the seat time, so total active time alone could never show it.
    expect(lesson!.activeMedianMinutes).toBeGreaterThanOrEqual(10);
  }, 240_000);
});
