import { DataSource } from 'typeorm';
import { asAdmin, registerLearner } from '../support/factories.js';
import { asInstructor } from '../support/catalog.js';
import {
  answerAll,
  ATTEMPT,
  quizCourse,
  SAVE,
  START,
  startAttempt,
  SUBMIT_ATTEMPT,
  type AttemptView,
  type QuizCourse,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
      details
    }
  }
`;

describe('quiz attempts', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
  });
  afterAll(() => test.close());

  const learner = async () => test.client.as((await registerLearner(test)).accessToken);
  const start = startAttempt;
  const submit = async (client: GraphQLClient, attemptId: string) =>
    (await client.ok<{ submitQuizAttempt: AttemptView }>(SUBMIT_ATTEMPT, { attemptId }))
      .submitQuizAttempt;

  it('submits in the same number of statements for 3 questions as for 24, nine at most', async () => {
    const statementsToSubmit = async (questions: number) => {
      const made = await quizCourse(author, admin, {
        bankSize: questions,
        quiz: { questionCount: questions },
      });
      const client = await learner();
      const attempt = await start(client, made);
      await answerAll(client, attempt, made.key, (index) => index % 2 === 0);
      const { result, queries } = await countQueries(test.app.get(DataSource), () =>
        submit(client, attempt.id),
      );
      expect(result.status).toBe('SUBMITTED');
      return queries.length;
    };
    const forThree = await statementsToSubmit(3);
    expect(await statementsToSubmit(24)).toBe(forThree);
    // In the transaction: BEGIN, the attempt locked with its quiz, the drawn questions with the
    // key, the points and the result in one write, the audit row, COMMIT; then the completion
    // check and the attempt's view in two reads (issue 20: submits come in bursts).
    expect(forThree).toBeLessThanOrEqual(9);
  }, 120_000);

  describe('drawing, saving, grading', () => {
    let course: QuizCourse;
    beforeAll(async () => {
      course = await quizCourse(author, admin, {
        bankSize: 9,
        quiz: { questionCount: 5, reviewTiming: 'AFTER_EACH_ATTEMPT', maxAttempts: 2 },
      });
    });

    it('lets only enrolled learners attempt the quiz', async () => {
      const stranger = await learner();
      const error = await stranger.error(START, { quizId: course.quizId });
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ENROLLED' });
    });

    it('draws the set number of questions and freezes them and their order', async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      expect(attempt.questions).toHaveLength(5);
      expect(attempt.status).toBe('IN_PROGRESS');
      // Starting again resumes the same attempt, in the same order.
      const resumed = await start(pat, course);
      expect(resumed.id).toBe(attempt.id);
      expect(resumed.questions).toEqual(attempt.questions);
    });

    it('keeps every saved answer, and grades on the server from the key', async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      await answerAll(pat, attempt, course.key, (i) => i < 4);
      // A crash here loses nothing: reading the attempt shows the saved answers.
      const { quizAttempt } = await pat.ok<{ quizAttempt: AttemptView }>(ATTEMPT, {
        id: attempt.id,
      });
      expect(quizAttempt.questions.every((q) => q.selectedOptionIds.length > 0)).toBe(true);
      const graded = await submit(pat, attempt.id);
      expect(graded.result).toMatchObject({ scorePercent: 80, passed: true, maxPoints: 5 });
    });

    it('grades two concurrent submits once; both get the same result', async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      await answerAll(pat, attempt, course.key, (i) => i % 2 === 0);
      const [a, b] = await Promise.all([submit(pat, attempt.id), submit(pat, attempt.id)]);
      expect(a.result).toEqual(b.result);
      expect(a.result?.scorePercent).toBe(60);
      const { auditEvents } = await admin.ok<{ auditEvents: { action: string }[] }>(AUDIT, {
        subjectId: attempt.id,
      });
      expect(auditEvents.map((event) => event.action)).toEqual(['QUIZ_ATTEMPT_GRADED']);
    });

    it('refuses an answer saved after submission and changes nothing', async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      await answerAll(pat, attempt, course.key, () => false);
      const before = await submit(pat, attempt.id);
      const question = attempt.questions[0]!;
      const error = await pat.error(SAVE, {
        input: {
          attemptId: attempt.id,
          questionId: question.questionId,
          selectedOptionIds: course.key.get(question.questionId),
        },
      });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTEMPT_SUBMITTED' });
      const { quizAttempt } = await pat.ok<{ quizAttempt: AttemptView }>(ATTEMPT, {
        id: attempt.id,
      });
      expect(quizAttempt).toEqual(before);
    });

    it('refuses an option of another question and a question not in the attempt', async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      const [first, second] = attempt.questions;
      const foreignOption = await pat.error(SAVE, {
        input: {
          attemptId: attempt.id,
          questionId: first!.questionId,
          selectedOptionIds: [second!.options[0]!.id],
        },
      });
      expect(foreignOption.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'selectedOptionIds',
      });
      const notDrawn = [...course.key.keys()].find(
        (id) => !attempt.questions.some((q) => q.questionId === id),
      )!;
      const foreignQuestion = await pat.error(SAVE, {
        input: { attemptId: attempt.id, questionId: notDrawn, selectedOptionIds: [] },
      });
      expect(foreignQuestion.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'questionId',
      });
      const { quizAttempt } = await pat.ok<{ quizAttempt: AttemptView }>(ATTEMPT, {
        id: attempt.id,
      });
      expect(quizAttempt.questions.every((q) => q.selectedOptionIds.length === 0)).toBe(true);
    });

    it("hides another learner's attempt entirely", async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      const sam = await learner();
      for (const [document, variables] of [
        [ATTEMPT, { id: attempt.id }],
        [SUBMIT_ATTEMPT, { attemptId: attempt.id }],
        [
          SAVE,
          {
            input: {
              attemptId: attempt.id,
              questionId: attempt.questions[0]!.questionId,
              selectedOptionIds: [],
            },
          },
        ],
      ] as const) {
        const error = await sam.error(document, variables);
        expect(error.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('refuses an attempt past the maximum, and makes none', async () => {
      const pat = await learner();
      for (let i = 0; i < 2; i += 1) await submit(pat, (await start(pat, course)).id);
      const error = await pat.error(START, { quizId: course.quizId });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MAX_ATTEMPTS_REACHED' });
      const { myQuizAttempts } = await pat.ok<{ myQuizAttempts: { id: string }[] }>(
        /* GraphQL */ `
          query Mine($quizId: ID!) {
            myQuizAttempts(quizId: $quizId) {
              id
            }
          }
        `,
        { quizId: course.quizId },
      );
      expect(myQuizAttempts).toHaveLength(2);
    });
  });

  describe('time limits, enforced on the server', () => {
    let course: QuizCourse;
    // Access tokens last 15 minutes: each test moves time forward, then puts it back.
    let origin: Date;
    beforeEach(() => {
      origin = test.clock.now();
    });
    afterEach(() => test.clock.set(origin));
    beforeAll(async () => {
      course = await quizCourse(author, admin, {
        bankSize: 3,
        quiz: { timeLimitSeconds: 600, reviewTiming: 'AFTER_EACH_ATTEMPT' },
      });
    });

    it('grades an attempt past its deadline with what was saved in time', async () => {
      const pat = await learner();
      const attempt = await start(pat, course);
      expect(Date.parse(attempt.deadlineAt!) - test.clock.now().getTime()).toBe(600_000);
      expect(attempt.secondsRemaining).toBe(600);
      expect(attempt.questions[0]!.stemHtml).toMatch(/^<p>Question \d+: which is right\?<\/p>/);
      test.clock.advance(4 * 60 * 1000);
      // The server says how long is left, so a timer need not trust the device's clock.
      const resumed = await pat.ok<{ quizAttempt: AttemptView }>(ATTEMPT, { id: attempt.id });
      expect(resumed.quizAttempt.secondsRemaining).toBe(360);
      test.clock.advance(-4 * 60 * 1000);
      const [first, second] = attempt.questions;
      await pat.ok(SAVE, {
        input: {
          attemptId: attempt.id,
          questionId: first!.questionId,
          selectedOptionIds: course.key.get(first!.questionId),
        },
      });
      test.clock.advance(11 * 60 * 1000);
      const late = await pat.error(SAVE, {
        input: {
          attemptId: attempt.id,
          questionId: second!.questionId,
          selectedOptionIds: course.key.get(second!.questionId),
        },
      });
      expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTEMPT_EXPIRED' });
      const { quizAttempt } = await pat.ok<{ quizAttempt: AttemptView }>(ATTEMPT, {
        id: attempt.id,
      });
      expect(quizAttempt.status).toBe('SUBMITTED');
      expect(quizAttempt.submittedLate).toBe(true);
      expect(quizAttempt.secondsRemaining).toBeNull();
      expect(quizAttempt.result?.scorePercent).toBeCloseTo(33.33, 2);
      expect(quizAttempt.questions[1]!.selectedOptionIds).toEqual([]);
    });

    it('grades an expired attempt found when the learner comes back, and starts a fresh one', async () => {
      const pat = await learner();
      const first = await start(pat, course);
      test.clock.advance(11 * 60 * 1000);
      const second = await start(pat, course);
      expect(second.id).not.toBe(first.id);
      expect(second.attemptNumber).toBe(2);
      const { quizAttempt } = await pat.ok<{ quizAttempt: AttemptView }>(ATTEMPT, { id: first.id });
      expect(quizAttempt).toMatchObject({ status: 'SUBMITTED', submittedLate: true });
    });
  });

  describe('scoring multiple choice', () => {
    it('gives partial credit, or none, as the quiz is set', async () => {
      for (const [scoring, expected] of [
        ['PARTIAL_CREDIT', 50],
        ['ALL_OR_NOTHING', 0],
      ] as const) {
        // Question 2 of the bank is multiple choice with two right options. One attempt
        // only: with more, a retake would repeat the questions and the review would hide them.
        const course = await quizCourse(author, admin, {
          bankSize: 3,
          quiz: {
            scoring,
            reviewTiming: 'AFTER_EACH_ATTEMPT',
            shuffleQuestions: false,
            maxAttempts: 1,
          },
        });
        const pat = await learner();
        const attempt = await start(pat, course);
        const multiple = attempt.questions.find((q) => q.type === 'MULTIPLE_CHOICE')!;
        await pat.ok(SAVE, {
          input: {
            attemptId: attempt.id,
            questionId: multiple.questionId,
            selectedOptionIds: [course.key.get(multiple.questionId)![0]],
          },
        });
        const graded = await submit(pat, attempt.id);
        const review = graded.questions.find((q) => q.questionId === multiple.questionId)!.review!;
        expect({ scoring, points: review.points! * 100 }).toEqual({ scoring, points: expected });
      }
    });
  });
});
