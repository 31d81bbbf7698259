import {
  getIntrospectionQuery,
  type IntrospectionObjectType,
  type IntrospectionQuery,
  type IntrospectionTypeRef,
} from 'graphql';
import { asAdmin, registerLearner } from '../support/factories.js';
import { asInstructor } from '../support/catalog.js';
import { DataSource } from 'typeorm';
import {
  answerAll,
  ATTEMPT,
  explanationOf,
  GRANT_ACCOMMODATION,
  MY_ATTEMPTS,
  QUIZ_POLICY,
  quizCourse,
  referenceOf,
  startAttempt,
  SUBMIT_ATTEMPT,
  submitAttempt,
  type AttemptView,
  type QuizCourse,
  type QuizPolicyView,
} from '../support/assessment.js';
import { countQueries } from '../support/query-counter.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** What a learner can call, with the arguments to call it with. */
const LEARNER_OPERATIONS: { kind: 'query' | 'mutation'; field: string; args: string }[] = [
  { kind: 'query', field: 'me', args: '' },
  { kind: 'query', field: 'courses', args: '(first: 2)' },
  { kind: 'query', field: 'course', args: '(slug: $slug)' },
  { kind: 'query', field: 'courseVersion', args: '(id: $versionId)' },
  { kind: 'query', field: 'lesson', args: '(id: $lessonId)' },
  { kind: 'query', field: 'quiz', args: '(id: $quizId)' },
  { kind: 'query', field: 'quizAttempt', args: '(id: $attemptId)' },
  { kind: 'query', field: 'myQuizAttempts', args: '(quizId: $quizId)' },
  { kind: 'query', field: 'myEnrollments', args: '' },
  { kind: 'query', field: 'myCertificates', args: '' },
  { kind: 'query', field: 'myTranscript', args: '' },
  { kind: 'mutation', field: 'startQuizAttempt', args: '(quizId: $quizId)' },
];

/** Fields that carry the answer key. Reaching one is fine only behind a gate that checks. */
const KEY_FIELDS = new Set([
  'QuestionOption.isCorrect',
  'Question.explanationMarkdown',
  // Item checks say which keys are longest, where keys sit, and how many are false.
  'QuestionBankChecks.items',
  'QuestionBankChecks.keyPositions',
  'QuestionBankChecks.longestKeys',
  'QuestionBankChecks.falseKeys',
  'QuestionBankChecks.findings',
  'QuestionReview.correctOptionIds',
  'QuestionReview.explanationMarkdown',
  'QuestionReview.explanationHtml',
  'QuestionReview.correct',
  // Item analysis, for authors: which option is the key.
  'OptionAnalysis.isKey',
]);
/** The gates: fields that check authorship, or apply the review policy, before answering. */
const GATES = new Set(['CourseVersion.questionBanks', 'Quiz.bank', 'AttemptQuestion.review']);

function named(type: IntrospectionTypeRef): string {
  return 'ofType' in type && type.ofType ? named(type.ofType) : (type as { name: string }).name;
}

describe('answer keys stay on the server until the review policy allows', () => {
  let test: TestApp;
  let schema: IntrospectionQuery['__schema'];
  let course: QuizCourse;
  let learner: GraphQLClient;
  let attempt: AttemptView;

  beforeAll(async () => {
    test = await startTestApp();
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    // Six questions over three objectives, three per attempt, two attempts: each attempt has
    // questions of its own, so the key may show after each.
    course = await quizCourse(author, admin, {
      bankSize: 6,
      quiz: {
        reviewContent: 'FULL_EXPLANATIONS',
        reviewTiming: 'AFTER_EACH_ATTEMPT',
        questionCount: 3,
        maxAttempts: 2,
      },
    });
    learner = test.client.as((await registerLearner(test)).accessToken);
    attempt = await startAttempt(learner, course);
    await answerAll(learner, attempt, course.key, (i) => i % 2 === 0);
    schema = (await test.client.ok<IntrospectionQuery>(getIntrospectionQuery())).__schema;
  });
  afterAll(() => test.close());

  const objectType = (name: string) =>
    schema.types.find((type) => type.name === name && type.kind === 'OBJECT') as
      IntrospectionObjectType | undefined;

  /** Every path from the learner's operations to a key field, by walking the schema. */
  function pathsToKeys(): string[][] {
    const found: string[][] = [];
    const root = (kind: 'query' | 'mutation') =>
      objectType(kind === 'query' ? schema.queryType.name : schema.mutationType!.name)!;
    const walk = (typeName: string, path: string[], seen: Set<string>) => {
      const type = objectType(typeName);
      if (!type) return;
      for (const field of type.fields) {
        const coordinate = `${typeName}.${field.name}`;
        const next = [...path, coordinate];
        if (KEY_FIELDS.has(coordinate)) found.push(next);
        const target = named(field.type);
        if (!seen.has(target)) walk(target, next, new Set([...seen, target]));
      }
    };
    for (const operation of LEARNER_OPERATIONS) {
      const field = root(operation.kind).fields.find((f) => f.name === operation.field)!;
      const target = named(field.type);
      walk(target, [`${root(operation.kind).name}.${operation.field}`], new Set([target]));
    }
    return found;
  }

  /** A selection of every field reachable from a type (no type twice on one path). */
  function selectAll(typeName: string, seen: Set<string>, depth: number): string {
    const type = objectType(typeName);
    if (!type) return '';
    const fields = type.fields
      .filter((field) => field.args.every((arg) => arg.type.kind !== 'NON_NULL'))
      .map((field) => {
        const target = named(field.type);
        if (!objectType(target)) return field.name;
        if (seen.has(target) || depth === 0) return null;
        const inner = selectAll(target, new Set([...seen, target]), depth - 1);
        return inner ? `${field.name} { ${inner} }` : null;
      })
      .filter(Boolean);
    return fields.join(' ');
  }

  it('reaches the key only through gates that check (the schema walk)', () => {
    const paths = pathsToKeys();
    expect(paths.length).toBeGreaterThan(0);
    const ungated = paths.filter((path) => !path.some((coordinate) => GATES.has(coordinate)));
    expect(ungated).toEqual([]);
  });

  it('gives a learner nothing of the key during an attempt, through every field of every operation', async () => {
    const variables = {
      slug: course.slug,
      versionId: course.versionId,
      quizId: course.quizId,
      attemptId: attempt.id,
      lessonId: course.lessonIds[0],
    };
    const declared =
      '($slug: String!, $versionId: ID!, $quizId: ID!, $attemptId: ID!, $lessonId: ID!)';
    const responses: string[] = [];
    for (const operation of LEARNER_OPERATIONS) {
      const root = objectType(
        operation.kind === 'query' ? schema.queryType.name : schema.mutationType!.name,
      )!;
      const target = named(root.fields.find((f) => f.name === operation.field)!.type);
      const selection = objectType(target) ? `{ ${selectAll(target, new Set([target]), 6)} }` : '';
      const used = Object.keys(variables).filter((name) => operation.args.includes(`$${name}`));
      const header = used.length
        ? `(${declared
            .slice(1, -1)
            .split(', ')
            .filter((d) => used.some((u) => d.startsWith(`$${u}:`)))
            .join(', ')})`
        : '';
      const document = `${operation.kind} Walk${header} { ${operation.field}${operation.args} ${selection} }`;
      const result = await learner.request(
        document,
        Object.fromEntries(used.map((name) => [name, variables[name as keyof typeof variables]])),
      );
      expect({ operation: operation.field, errors: result.errors }).toEqual({
        operation: operation.field,
        errors: undefined,
      });
      responses.push(JSON.stringify(result.data));
    }
    const everything = responses.join('\n');
    // The startQuizAttempt call resumed the same attempt rather than starting a new one.
    expect(everything).toContain(attempt.id);
    for (let n = 0; n < 6; n += 1) {
      expect(everything).not.toContain(explanationOf(n));
      expect(everything).not.toContain(referenceOf(n));
    }
    expect(everything).not.toMatch(/"isCorrect"|"correctOptionIds":\[|"correct":(true|false)/);
    expect(everything).not.toMatch(/"questionBanks":\[\{/);
    expect(everything).not.toMatch(/"bank":\{/);
    expect(everything).not.toMatch(/"review":\{/);
    // The author's views of the quiz are null; the learner's own limits are there.
    expect(everything).not.toMatch(/"blueprintPlan":\{|"checks":\{/);
    expect(everything).toMatch(/"viewerPolicy":\{[^}]*"maxAttempts":2[,}]/);
  });

  it('shows the key once the attempt is submitted, as this quiz allows', async () => {
    const { submitQuizAttempt } = await learner.ok<{ submitQuizAttempt: AttemptView }>(
      SUBMIT_ATTEMPT,
      {
        attemptId: attempt.id,
      },
    );
    const first = submitQuizAttempt.questions[0]!;
    expect(first.review?.correctOptionIds?.sort()).toEqual(
      [...course.key.get(first.questionId)!].sort(),
    );
    expect(first.review?.explanationMarkdown).toMatch(/EXPLANATION-SECRET-/);
  });
});

describe('review policies: what each shows, and when', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
  });
  afterAll(() => test.close());

  /** A quiz of `bankSize` questions (three objectives) and one learner's submitted attempt. */
  async function submitted(
    quiz: Record<string, unknown>,
    passing: boolean,
    bankSize = 3,
  ): Promise<{ attempt: AttemptView; course: QuizCourse; client: GraphQLClient }> {
    const course = await quizCourse(author, admin, {
      bankSize,
      quiz: { passingScorePercent: 60, ...quiz },
    });
    const client = test.client.as((await registerLearner(test)).accessToken);
    const attempt = await startAttempt(client, course);
    await answerAll(client, attempt, course.key, (i) => passing || i === 0);
    return { attempt: await submitAttempt(client, attempt.id), course, client };
  }

  const shown = (attempt: AttemptView) => ({
    score: attempt.result !== null,
    correctness: attempt.questions.every(
      (q) => q.review?.correct !== null && q.review?.correct !== undefined,
    ),
    key: attempt.questions.every(
      (q) => q.review?.correctOptionIds !== null && q.review?.explanationMarkdown !== null,
    ),
  });

  /** Three of six questions a draw, one per objective, two attempts: both can be fresh. */
  const freshEachAttempt = { questionCount: 3, maxAttempts: 2 };

  it.each([
    ['SCORE_ONLY', { score: true, correctness: false, key: false }],
    ['SCORE_AND_CORRECTNESS', { score: true, correctness: true, key: false }],
    ['FULL_EXPLANATIONS', { score: true, correctness: true, key: true }],
  ])('after each attempt, %s shows %j', async (reviewContent, expected) => {
    const { attempt } = await submitted(
      { reviewContent, reviewTiming: 'AFTER_EACH_ATTEMPT', ...freshEachAttempt },
      false,
      6,
    );
    expect(shown(attempt)).toEqual(expected);
  });

  it('AFTER_EACH_ATTEMPT hides the key of a failed attempt while a retake could repeat its questions', async () => {
    // Three questions, all drawn each time, two attempts: the second repeats the first.
    const { attempt, course, client } = await submitted(
      { reviewContent: 'FULL_EXPLANATIONS', reviewTiming: 'AFTER_EACH_ATTEMPT', maxAttempts: 2 },
      false,
    );
    expect(shown(attempt)).toEqual({ score: true, correctness: false, key: false });
    expect(JSON.stringify(attempt)).not.toMatch(/EXPLANATION-SECRET-/);
    const { quiz } = await author.ok<{ quiz: QuizPolicyView }>(QUIZ_POLICY, { id: course.quizId });
    expect(quiz.blueprintPlan).toMatchObject({ freshAttempts: 1, retakesMayRepeat: true });
    // The last attempt used, nothing is left to protect: the review opens, for both attempts.
    const second = await startAttempt(client, course);
    await answerAll(client, second, course.key, () => false);
    expect(shown(await submitAttempt(client, second.id))).toEqual({
      score: true,
      correctness: true,
      key: true,
    });
    const { myQuizAttempts } = await client.ok<{ myQuizAttempts: AttemptView[] }>(MY_ATTEMPTS, {
      quizId: course.quizId,
    });
    expect(myQuizAttempts.map((a) => shown(a).key)).toEqual([true, true]);
  });

  it('AFTER_EACH_ATTEMPT hides the key with unlimited attempts, however large the bank', async () => {
    const { attempt } = await submitted(
      { reviewContent: 'FULL_EXPLANATIONS', reviewTiming: 'AFTER_EACH_ATTEMPT', questionCount: 3 },
      false,
      12,
    );
    expect(shown(attempt)).toEqual({ score: true, correctness: false, key: false });
  });

  it('AFTER_EACH_ATTEMPT shows the key of a failed attempt when every allowed attempt draws fresh questions', async () => {
    const { attempt, course, client } = await submitted(
      {
        reviewContent: 'FULL_EXPLANATIONS',
        reviewTiming: 'AFTER_EACH_ATTEMPT',
        ...freshEachAttempt,
      },
      false,
      6,
    );
    expect(attempt.result?.passed).toBe(false);
    expect(shown(attempt)).toEqual({ score: true, correctness: true, key: true });
    const { quiz } = await author.ok<{ quiz: QuizPolicyView }>(QUIZ_POLICY, { id: course.quizId });
    expect(quiz.blueprintPlan).toMatchObject({ freshAttempts: 2, retakesMayRepeat: false });
    // The retake indeed meets none of the questions whose key was shown.
    const second = await startAttempt(client, course);
    const first = new Set(attempt.questions.map((q) => q.questionId));
    expect(second.questions.filter((q) => first.has(q.questionId))).toEqual([]);
  });

  it('hides that key again once an accommodation allows more attempts than fresh draws', async () => {
    const { attempt, course, client } = await submitted(
      {
        reviewContent: 'FULL_EXPLANATIONS',
        reviewTiming: 'AFTER_EACH_ATTEMPT',
        ...freshEachAttempt,
      },
      false,
      6,
    );
    expect(shown(attempt).key).toBe(true);
    const { me } = await client.ok<{ me: { id: string } }>('{ me { id } }');
    await admin.ok(GRANT_ACCOMMODATION, {
      input: {
        quizId: course.quizId,
        userId: me.id,
        extraAttempts: 1,
        extraTimePercent: 0,
        reason: 'Documented disability: one more attempt.',
      },
    });
    const { quizAttempt } = await client.ok<{ quizAttempt: AttemptView }>(ATTEMPT, {
      id: attempt.id,
    });
    expect(shown(quizAttempt)).toEqual({ score: true, correctness: false, key: false });
  });

  it('AFTER_PASSING_OR_LAST_ATTEMPT shows only the score after a failed attempt with attempts left', async () => {
    const { attempt } = await submitted(
      {
        reviewContent: 'FULL_EXPLANATIONS',
        reviewTiming: 'AFTER_PASSING_OR_LAST_ATTEMPT',
        maxAttempts: 3,
      },
      false,
    );
    expect(shown(attempt)).toEqual({ score: true, correctness: false, key: false });
    expect(attempt.result?.passed).toBe(false);
  });

  it('AFTER_PASSING_OR_LAST_ATTEMPT shows everything once passed', async () => {
    const { attempt } = await submitted(
      {
        reviewContent: 'FULL_EXPLANATIONS',
        reviewTiming: 'AFTER_PASSING_OR_LAST_ATTEMPT',
        maxAttempts: 3,
      },
      true,
    );
    expect(shown(attempt)).toEqual({ score: true, correctness: true, key: true });
  });

  it('AFTER_PASSING_OR_LAST_ATTEMPT shows everything after the last attempt, passed or not', async () => {
    const { attempt } = await submitted(
      {
        reviewContent: 'FULL_EXPLANATIONS',
        reviewTiming: 'AFTER_PASSING_OR_LAST_ATTEMPT',
        maxAttempts: 1,
      },
      false,
    );
    expect(shown(attempt)).toEqual({ score: true, correctness: true, key: true });
  });

  it('builds the reviews of many attempts in as many statements as of one', async () => {
    const { course, client } = await submitted(
      { reviewContent: 'FULL_EXPLANATIONS', reviewTiming: 'AFTER_EACH_ATTEMPT', maxAttempts: 5 },
      false,
    );
    const dataSource = test.app.get(DataSource);
    const read = () => client.ok(MY_ATTEMPTS, { quizId: course.quizId });
    const one = await countQueries(dataSource, read);
    for (let i = 0; i < 3; i += 1) {
      const next = await startAttempt(client, course);
      await submitAttempt(client, next.id);
    }
    const four = await countQueries(dataSource, read);
    expect(four.queries.length).toBe(one.queries.length);
  });
});
