import { DataSource } from 'typeorm';
import { pointBiserial } from '@fascicle/assessment';
import { asAdmin, registerLearner } from '../support/factories.js';
import { asInstructor } from '../support/catalog.js';
import {
  quizCourse,
  SAVE,
  startAttempt,
  SUBMIT_ATTEMPT,
  type QuizCourse,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ANALYSIS = /* GraphQL */ `
  query Analysis($quizId: ID!) {
    quizItemAnalysis(quizId: $quizId) {
      attempts
      meanScorePercent
      passRate
      scoreDistribution {
        fromPercent
        toPercent
        attempts
      }
      questions {
        questionId
        position
        responses
        facility
        discrimination
        mostChosenWrongOption {
          optionId
          text
          picks
        }
        options {
          optionId
          position
          isKey
          picks
          share
        }
      }
    }
  }
`;

interface Analysis {
  attempts: number;
  meanScorePercent: number;
  passRate: number;
  scoreDistribution: { fromPercent: number; attempts: number }[];
  questions: {
    questionId: string;
    responses: number;
    facility: number | null;
    discrimination: number | null;
    mostChosenWrongOption: { optionId: string; picks: number } | null;
    options: { optionId: string; position: number; isKey: boolean; picks: number; share: number }[];
  }[];
}

describe('item analysis', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let course: QuizCourse;
  /** learner index → question index → answered right? */
  const pattern = (learner: number, question: number) =>
    (learner + question) % 4 !== 0 || learner > 9;
  const graded: { items: number[]; total: number }[] = [];
  const wrongPicks = new Map<string, Map<string, number>>();

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(author, admin, {
      bankSize: 6,
      quiz: { shuffleQuestions: false, shuffleOptions: false, passingScorePercent: 70 },
    });
  }, 60_000);
  afterAll(() => test.close());

  async function takeQuiz(index: number) {
    const learner = test.client.as((await registerLearner(test)).accessToken);
    const attempt = await startAttempt(learner, course);
    const items: number[] = [];
    for (const [q, question] of attempt.questions.entries()) {
      const right = pattern(index, q);
      const key = course.key.get(question.questionId)!;
      const wrong = question.options.map((o) => o.id).filter((id) => !key.includes(id));
      // Weak learners pick the first wrong option, the others the last one.
      const pick = index % 3 === 0 ? wrong[0]! : wrong.at(-1)!;
      await learner.ok(SAVE, {
        input: {
          attemptId: attempt.id,
          questionId: question.questionId,
          selectedOptionIds: right ? key : [pick],
        },
      });
      items.push(right ? 1 : 0);
      if (!right) {
        const picks = wrongPicks.get(question.questionId) ?? new Map<string, number>();
        picks.set(pick, (picks.get(pick) ?? 0) + 1);
        wrongPicks.set(question.questionId, picks);
      }
    }
    await learner.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });
    graded.push({ items, total: items.reduce((a, b) => a + b, 0) });
  }

  it('computes facility, point-biserial discrimination, every option’s picks and the most chosen wrong one in SQL', async () => {
    for (let i = 0; i < 12; i += 1) await takeQuiz(i);
    const { quizItemAnalysis: analysis } = await author.ok<{ quizItemAnalysis: Analysis }>(
      ANALYSIS,
      {
        quizId: course.quizId,
      },
    );
    expect(analysis.attempts).toBe(12);
    const questionIds = [...course.key.keys()];
    for (const [q, questionId] of questionIds.entries()) {
      const stats = analysis.questions.find((item) => item.questionId === questionId)!;
      const facility = graded.reduce((sum, g) => sum + g.items[q]!, 0) / graded.length;
      const expected = pointBiserial(
        graded.map((g) => ({ item: g.items[q]!, rest: g.total - g.items[q]! })),
      );
      expect(stats.responses).toBe(12);
      expect(stats.facility).toBeCloseTo(facility, 4);
      if (expected === null) expect(stats.discrimination).toBeNull();
      else expect(stats.discrimination).toBeCloseTo(expected, 3);
      const picks = [...(wrongPicks.get(questionId) ?? new Map()).entries()].sort(
        (a, b) => b[1] - a[1],
      );
      expect(stats.mostChosenWrongOption?.picks ?? 0).toBe(picks[0]?.[1] ?? 0);
      // Every option, the key included: the key chosen by those who got it right.
      const key = course.key.get(questionId)!;
      const rights = graded.filter((g) => g.items[q] === 1).length;
      expect(stats.options.map((o) => o.position)).toEqual(stats.options.map((_, i) => i + 1));
      for (const option of stats.options) {
        expect(option.isKey).toBe(key.includes(option.optionId));
        const expectedPicks = option.isKey
          ? rights
          : (wrongPicks.get(questionId)?.get(option.optionId) ?? 0);
        expect(option.picks).toBe(expectedPicks);
        expect(option.share).toBeCloseTo(expectedPicks / 12, 4);
      }
    }
    const mean = graded.reduce((sum, g) => sum + (g.total / 6) * 100, 0) / graded.length;
    expect(analysis.meanScorePercent).toBeCloseTo(mean, 1);
    expect(analysis.scoreDistribution.reduce((sum, bucket) => sum + bucket.attempts, 0)).toBe(12);
    expect(analysis.scoreDistribution.find((b) => b.fromPercent === 90)!.attempts).toBe(
      graded.filter((g) => g.total === 6).length,
    );
  }, 60_000);

  it('costs the same number of queries for 12 attempts as for 18', async () => {
    const dataSource = test.app.get(DataSource);
    const twelve = await countQueries(dataSource, () =>
      author.ok(ANALYSIS, { quizId: course.quizId }),
    );
    for (let i = 12; i < 18; i += 1) await takeQuiz(i);
    const eighteen = await countQueries(dataSource, () =>
      author.ok(ANALYSIS, { quizId: course.quizId }),
    );
    expect(eighteen.queries.length).toBe(twelve.queries.length);
  }, 60_000);

  it('is for authors and admins only', async () => {
    const other = test.client.as((await asInstructor(test)).accessToken);
    const error = await other.error(ANALYSIS, { quizId: course.quizId });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const learner = test.client.as((await registerLearner(test)).accessToken);
    expect((await learner.error(ANALYSIS, { quizId: course.quizId })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
