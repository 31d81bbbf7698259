import { DataSource } from 'typeorm';
import { asAdmin, registerLearner } from '../support/factories.js';
import {
  ADD_LESSON,
  ADD_MODULE,
  asInstructor,
  CREATE_DRAFT,
  draftCourse,
  lessonInput,
  publish,
  UPDATE_LESSON,
} from '../support/catalog.js';
import {
  ADD_QUESTION,
  CREATE_BANK,
  CREATE_QUIZ,
  ENROLL,
  MY_ATTEMPTS,
  QUIZ_POLICY,
  quizCourse,
  questionInput,
  START,
  startAttempt,
  submitAttempt,
  UPDATE_QUIZ,
  type AttemptView,
  type QuizPolicyView,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BANK_CHECKS = /* GraphQL */ `
  query Checks($id: ID!) {
    quiz(id: $id) {
      bank {
        questions {
          id
        }
        checks {
          singleChoice
          longestKeys
          chanceShare
          longestKeyLimit
          trueFalse
          falseKeys
          keyPositions
          findings {
            code
            limit
            message
          }
          items {
            questionId
            warnings {
              code
              message
            }
          }
        }
      }
    }
  }
`;

interface ChecksView {
  quiz: {
    bank: {
      questions: { id: string }[];
      checks: {
        singleChoice: number;
        longestKeys: number;
        chanceShare: number;
        longestKeyLimit: number;
        trueFalse: number;
        falseKeys: number;
        keyPositions: number[];
        findings: { code: string; limit: boolean; message: string }[];
        items: { questionId: string; warnings: { code: string; message: string }[] }[];
      };
    } | null;
  };
}

const LESSON_TEXT =
  'A patient who reports pain over the upper trapezius after a long day at the desk should be screened for red flags before any needling.';

const common = { explanationMarkdown: 'Why it is so.', reference: 'Item-writing guide, 2020' };
const single = (stemMarkdown: string, key: string, distractors: string[]) => ({
  ...common,
  type: 'SINGLE_CHOICE',
  stemMarkdown,
  objectiveTag: 'screening',
  options: [
    { text: key, isCorrect: true },
    ...distractors.map((text) => ({ text, isCorrect: false })),
  ],
});
const keyedFalse = (stemMarkdown: string) => ({
  ...common,
  type: 'TRUE_FALSE',
  stemMarkdown,
  objectiveTag: 'safety',
  options: [
    { text: 'True', isCorrect: false },
    { text: 'False', isCorrect: true },
  ],
});

/** A bank with the cues a test-wise guesser uses, one or more per question. */
const CUED_BANK = [
  single(
    'Which nerve runs deep to the upper trapezius?',
    'The spinal accessory nerve, cranial nerve eleven',
    ['The ulnar nerve', 'The radial nerve'],
  ),
  single(
    'What does a local twitch response indicate during needling?',
    'A brief contraction of the taut band being needled',
    ['Nerve injury', 'Infection'],
  ),
  single(
    'Which structure lies closest to a needle over the rhomboids?',
    'The pleura and the upper lobe of the lung beneath',
    ['The liver', 'The spleen'],
  ),
  single(
    'Where does a used needle go after withdrawal?',
    'Into a rigid sharps container within arm’s reach',
    ['A paper bin', 'A pocket'],
  ),
  keyedFalse('Dry needling is the same procedure as acupuncture.'),
  keyedFalse('A twitch response proves the needle reached a trigger point.'),
  keyedFalse('Needling over the lung apex carries no risk of pneumothorax.'),
  keyedFalse('Clean technique allows reusing a needle on the same patient.'),
  keyedFalse('Consent may be skipped for a repeat session with a known patient.'),
  single('Which statement about consent is correct?', 'Consent is documented before treatment', [
    'It is never needed for a procedure this brief',
    'It is always given verbally and never in writing',
  ]),
  single(
    'A patient who reports pain over the upper trapezius after a long day at the desk. What comes first?',
    'Screening',
    ['Needling now', 'Heat pack'],
  ),
  single('Which are risks of needling the chest wall?', 'All of the above', [
    'Pneumothorax and bruising',
    'Fainting during treatment',
  ]),
];

describe('blueprints, draws and item checks', () => {
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
  const policy = async (client: GraphQLClient, quizId: string) =>
    (await client.ok<{ quiz: QuizPolicyView }>(QUIZ_POLICY, { id: quizId })).quiz;

  it('stores a blueprint and a retake wait, refuses ones that do not fit, and copies them into the next draft', async () => {
    const course = await quizCourse(author, admin, { bankSize: 6, publish: false });
    const update = (changes: Record<string, unknown>) =>
      author.error(UPDATE_QUIZ, { input: { quizId: course.quizId, ...changes } });
    const row = (n: number, count = 1) => ({ objective: `objective-${n}`, count });

    const tooMany = await update({ questionCount: 3, blueprint: [row(0, 2), row(1, 2)] });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'blueprint' });
    expect(tooMany.message).toMatch(/add up to 4 but questionCount is 3/);
    const badKey = await update({
      questionCount: 1,
      blueprint: [{ objective: 'Not a key', count: 1 }],
    });
    expect(badKey.extensions).toMatchObject({ field: 'blueprint.0.objective' });
    const zero = await update({ questionCount: 1, blueprint: [row(0, 0)] });
    expect(zero.extensions).toMatchObject({ field: 'blueprint.0.count' });
    const twice = await update({ questionCount: 2, blueprint: [row(0), row(0)] });
    expect(twice.extensions).toMatchObject({ field: 'blueprint' });
    expect(twice.message).toMatch(/objective-0 twice/);
    // The quiz draws the whole bank: a blueprint has nothing to share out.
    const wholeBank = await update({ blueprint: [row(0)] });
    expect(wholeBank.extensions).toMatchObject({ field: 'blueprint' });
    const wait = await update({ retakeWaitMinutes: 10081 });
    expect(wait.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retakeWaitMinutes' });
    expect((await policy(author, course.quizId)).blueprint).toBeNull();

    const blueprint = [row(0), row(1), row(2)];
    await author.ok(UPDATE_QUIZ, {
      input: { quizId: course.quizId, questionCount: 3, blueprint, retakeWaitMinutes: 60 },
    });
    const stored = await policy(author, course.quizId);
    expect(stored).toMatchObject({ blueprint, retakeWaitMinutes: 60 });
    expect(stored.blueprintPlan).toEqual({
      rows: blueprint.map((r) => ({ ...r, poolSize: 2 })),
      problems: [],
      freshAttempts: 2,
      retakesMayRepeat: true,
    });
    // Changing the number drawn alone would leave the blueprint adding up to the old one.
    const stale = await update({ questionCount: 4 });
    expect(stale.extensions).toMatchObject({ field: 'blueprint' });

    await publish(author, admin, course.versionId);
    const { createDraftVersion } = await author.ok<{
      createDraftVersion: { id: string };
    }>(CREATE_DRAFT, { input: { courseId: course.courseId, changelog: 'Next edition' } });
    const { courseVersion } = await author.ok<{
      courseVersion: { quizzes: { id: string; blueprint: unknown; retakeWaitMinutes: number }[] };
    }>(
      /* GraphQL */ `
        query Draft($id: ID!) {
          courseVersion(id: $id) {
            quizzes {
              id
              retakeWaitMinutes
              blueprint {
                objective
                count
              }
            }
          }
        }
      `,
      { id: createDraftVersion.id },
    );
    expect(courseVersion.quizzes).toEqual([
      { id: expect.not.stringMatching(course.quizId), blueprint, retakeWaitMinutes: 60 },
    ]);
  });

  it('draws every objective its count in every attempt, and a retake avoids the questions already seen', async () => {
    // Four questions per objective; each attempt draws 2 + 1 + 1. The first two attempts can
    // have questions of their own; the third runs out of fresh ones for objective-0 only.
    const course = await quizCourse(author, admin, {
      bankSize: 12,
      quiz: {
        questionCount: 4,
        blueprint: [
          { objective: 'objective-0', count: 2 },
          { objective: 'objective-1', count: 1 },
          { objective: 'objective-2', count: 1 },
        ],
      },
    });
    const objectives = (attempt: AttemptView) => {
      const counts: Record<string, number> = {};
      for (const q of attempt.questions) {
        const tag = course.objectiveOf.get(q.questionId)!;
        counts[tag] = (counts[tag] ?? 0) + 1;
      }
      return counts;
    };
    const ids = (attempt: AttemptView, tag?: string) =>
      attempt.questions
        .map((q) => q.questionId)
        .filter((id) => !tag || course.objectiveOf.get(id) === tag);

    // Two learners: a draw that ignored what was seen would pass by chance about 1 in 40.
    for (let run = 0; run < 2; run += 1) {
      const pat = await learner();
      const attempts: AttemptView[] = [];
      for (let n = 0; n < 3; n += 1) {
        const attempt = await startAttempt(pat, course);
        expect(objectives(attempt)).toEqual({
          'objective-0': 2,
          'objective-1': 1,
          'objective-2': 1,
        });
        attempts.push(attempt);
        await submitAttempt(pat, attempt.id);
      }
      const [first, second, third] = attempts as [AttemptView, AttemptView, AttemptView];
      expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
      const seen = new Set([...ids(first), ...ids(second)]);
      for (const tag of ['objective-1', 'objective-2']) {
        expect(ids(third, tag).filter((id) => seen.has(id))).toEqual([]);
      }
    }
  });

  it('refuses to start an attempt its bank cannot fill, and makes none', async () => {
    // Sums to the number drawn, so the input is accepted; the bank has 2 of objective-0.
    const course = await quizCourse(author, admin, {
      bankSize: 6,
      quiz: { questionCount: 3, blueprint: [{ objective: 'objective-0', count: 3 }] },
    });
    const plan = (await policy(author, course.quizId)).blueprintPlan!;
    expect(plan.problems).toEqual(['The blueprint draws 3 for objective-0 but the bank has 2']);
    const pat = await learner();
    await pat.ok(ENROLL, { courseId: course.courseId });
    const error = await pat.error(START, { quizId: course.quizId });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BLUEPRINT_UNFILLABLE' });
    expect(error.message).toMatch(/objective-0 but the bank has 2/);
    const { myQuizAttempts } = await pat.ok<{ myQuizAttempts: unknown[] }>(MY_ATTEMPTS, {
      quizId: course.quizId,
    });
    expect(myQuizAttempts).toEqual([]);
  });

  it("shows authors each bank's item checks, reading the version's lessons; learners see neither checks nor plan", async () => {
    const course = await quizCourse(author, admin, {
      bankSize: CUED_BANK.length,
      publish: false,
      question: (bankId, n) => ({ bankId, ...CUED_BANK[n]! }),
    });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], bodyMarkdown: `## Screening\n\n${LESSON_TEXT}` },
    });
    await publish(author, admin, course.versionId);

    const { bank } = (await author.ok<ChecksView>(BANK_CHECKS, { id: course.quizId })).quiz;
    const { checks } = bank!;
    expect(checks).toMatchObject({
      singleChoice: 7,
      longestKeys: 4,
      longestKeyLimit: 3,
      trueFalse: 5,
      falseKeys: 5,
      keyPositions: [7],
    });
    expect(checks.chanceShare).toBeCloseTo(1 / 3, 6);
    expect(checks.findings.map(({ code, limit }) => ({ code, limit }))).toEqual([
      { code: 'LONGEST_KEY_SHARE', limit: true },
      { code: 'TRUE_FALSE_BALANCE', limit: true },
    ]);
    expect(checks.findings[0]!.message).toMatch(/In 4 of 7 single-choice questions/);
    expect(checks.items.map((item) => item.questionId)).toEqual(bank!.questions.map((q) => q.id));
    expect(checks.items.map((item) => item.warnings.map((w) => w.code).sort())).toEqual([
      ['KEY_IS_LONGEST'],
      ['KEY_IS_LONGEST'],
      ['KEY_IS_LONGEST'],
      ['KEY_IS_LONGEST'],
      [],
      [],
      [],
      [],
      [],
      ['ABSOLUTES_ONLY_IN_DISTRACTORS'],
      ['REPEATS_LESSON_TEXT'],
      ['ABSOLUTES_ONLY_IN_KEY', 'ALL_OR_NONE_OF_THE_ABOVE'],
    ]);
    expect(checks.items[10]!.warnings[0]!.message).toMatch(/lesson "Lesson 1\.1"/);

    const pat = await learner();
    await pat.ok(ENROLL, { courseId: course.courseId });
    expect((await pat.ok<ChecksView>(BANK_CHECKS, { id: course.quizId })).quiz.bank).toBeNull();
    const seen = await policy(pat, course.quizId);
    expect(seen.blueprintPlan).toBeNull();
    expect(seen.viewerPolicy).toEqual({
      maxAttempts: null,
      timeLimitSeconds: null,
      attemptsUsed: 0,
      nextAttemptAt: null,
      retakeWaitMinutes: 0,
    });
  });

  it('costs the same statements for a version of four quizzes as for one', async () => {
    async function version(quizzes: number): Promise<string> {
      const course = await draftCourse(author, { modules: 0 });
      for (let m = 0; m < quizzes; m += 1) {
        const { addModule } = await author.ok<{ addModule: { id: string } }>(ADD_MODULE, {
          input: { versionId: course.versionId, title: `Module ${m + 1}`, objectives: ['Do it'] },
        });
        await author.ok(ADD_LESSON, { input: lessonInput(addModule.id) });
        const { createQuestionBank } = await author.ok<{ createQuestionBank: { id: string } }>(
          CREATE_BANK,
          { input: { versionId: course.versionId, title: `Bank ${m + 1}` } },
        );
        for (let n = 0; n < 3; n += 1) {
          await author.ok(ADD_QUESTION, { input: questionInput(createQuestionBank.id, n) });
        }
        await author.ok(CREATE_QUIZ, {
          input: {
            versionId: course.versionId,
            moduleId: addModule.id,
            bankId: createQuestionBank.id,
            title: `Quiz ${m + 1}`,
            passingScorePercent: 70,
          },
        });
      }
      return course.versionId;
    }
    const document = /* GraphQL */ `
      query Page($id: ID!) {
        courseVersion(id: $id) {
          quizzes {
            id
            blueprintPlan {
              rows {
                objective
                poolSize
              }
              freshAttempts
            }
            viewerPolicy {
              maxAttempts
              attemptsUsed
              nextAttemptAt
            }
            bank {
              checks {
                longestKeys
                items {
                  warnings {
                    code
                  }
                }
              }
            }
          }
          questionBanks {
            checks {
              findings {
                code
              }
            }
          }
        }
      }
    `;
    const [one, four] = [await version(1), await version(4)];
    const dataSource = test.app.get(DataSource);
    const read = async (id: string) => {
      const counted = await countQueries(dataSource, () =>
        author.ok<{ courseVersion: { quizzes: unknown[] } }>(document, { id }),
      );
      return { quizzes: counted.result.courseVersion.quizzes.length, queries: counted.queries };
    };
    const [small, large] = [await read(one), await read(four)];
    expect([small.quizzes, large.quizzes]).toEqual([1, 4]);
    expect(large.queries.length).toBe(small.queries.length);
  });
});
