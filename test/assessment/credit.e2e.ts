import { DataSource } from 'typeorm';
import { AssessmentVersionContent } from '../../apps/api/src/assessment/assessment-version-content.js';
import { asAdmin } from '../support/factories.js';
import { asInstructor, draftCourse, SUBMIT } from '../support/catalog.js';
import { ADD_QUESTION, CREATE_BANK, CREATE_QUIZ } from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREDIT_PROBLEMS = /* GraphQL */ `
  query Credit($id: ID!) {
    courseVersion(id: $id) {
      creditReport {
        problems {
          code
          field
          message
        }
      }
    }
  }
`;

const common = { explanationMarkdown: 'Why it is so.', reference: 'A source, 2020' };
const longestKey = (n: number, objectiveTag: string) => ({
  ...common,
  type: 'SINGLE_CHOICE',
  stemMarkdown: `Case ${'abcdefgh'[n]}: ${['which', 'what', 'where', 'when'][n % 4]} ${n} ${'xyz'.repeat(n + 1)}?`,
  objectiveTag,
  options: [
    { text: `The correct and much longer answer ${n}`, isCorrect: true },
    { text: `Wrong ${n}`, isCorrect: false },
    { text: `Also wrong ${n}`, isCorrect: false },
  ],
});
const keyedFalse = (n: number, objectiveTag: string) => ({
  ...common,
  type: 'TRUE_FALSE',
  stemMarkdown: `Statement ${n}: ${'pqrst'[n % 5]!.repeat(n + 2)} holds`,
  objectiveTag,
  options: [
    { text: 'True', isCorrect: false },
    { text: 'False', isCorrect: true },
  ],
});

describe("the quizzes' part of the credit gates", () => {
  let test: TestApp;
  let author: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    await asAdmin(test);
  });
  afterAll(() => test.close());

  /** A draft with objectives `screening` and `placement`, and one module. */
  async function course() {
    return draftCourse(author, {
      modules: 1,
      lessons: 1,
      input: {
        learningObjectives: ['Screen for red flags', 'Place a needle safely'],
        objectiveKeys: ['screening', 'placement'],
      },
    });
  }

  async function bank(versionId: string, questions: Record<string, unknown>[]) {
    const { createQuestionBank } = await author.ok<{ createQuestionBank: { id: string } }>(
      CREATE_BANK,
      { input: { versionId, title: 'Cued bank' } },
    );
    const ids: string[] = [];
    for (const question of questions) {
      const { addQuestion } = await author.ok<{ addQuestion: { id: string } }>(ADD_QUESTION, {
        input: { bankId: createQuestionBank.id, ...question },
      });
      ids.push(addQuestion.id);
    }
    return { bankId: createQuestionBank.id, questionIds: ids };
  }

  async function quiz(input: Record<string, unknown>) {
    const { createQuiz } = await author.ok<{ createQuiz: { id: string } }>(CREATE_QUIZ, {
      input: { title: 'Module quiz', passingScorePercent: 70, ...input },
    });
    return createQuiz.id;
  }

  it('reports unknown objectives, an unfillable blueprint and broken bank limits, each naming its field, and refuses submission', async () => {
    const draft = await course();
    const questions = [
      ...[0, 1, 2, 3].map((n) => longestKey(n, 'screening')),
      ...[0, 1, 2, 3, 4].map((n) => keyedFalse(n, 'placement')),
      {
        ...keyedFalse(5, 'made-up-objective'),
        stemMarkdown: 'Needles are **reused** between visits',
      },
    ];
    const { bankId, questionIds } = await bank(draft.versionId, questions);
    // Six of `placement`, whose pool holds five.
    const quizId = await quiz({
      versionId: draft.versionId,
      moduleId: draft.moduleIds[0],
      bankId,
      questionCount: 6,
      blueprint: [{ objective: 'placement', count: 6 }],
    });

    const { courseVersion } = await author.ok<{
      courseVersion: {
        creditReport: { problems: { code: string; field: string; message: string }[] };
      };
    }>(CREDIT_PROBLEMS, { id: draft.versionId });
    const ours = courseVersion.creditReport.problems.filter((problem) =>
      [
        'UNKNOWN_OBJECTIVE',
        'BLUEPRINT_UNFILLABLE',
        'LONGEST_KEY_SHARE',
        'TRUE_FALSE_BALANCE',
      ].includes(problem.code),
    );
    expect(ours.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'BLUEPRINT_UNFILLABLE', field: `quizzes.${quizId}.blueprint` },
      { code: 'UNKNOWN_OBJECTIVE', field: `questions.${questionIds[9]}.objectiveTag` },
      { code: 'LONGEST_KEY_SHARE', field: `questionBanks.${bankId}` },
      { code: 'TRUE_FALSE_BALANCE', field: `questionBanks.${bankId}` },
    ]);
    const [blueprint, unknown, longest, trueFalse] = ours.map((problem) => problem.message);
    expect(blueprint).toBe(
      'Quiz "Module quiz": The blueprint draws 6 for placement but the bank has 5',
    );
    expect(unknown).toBe(
      'Question "Needles are reused between visits" is tagged "made-up-objective", which is not one of the objectives of this course',
    );
    expect(longest).toMatch(/^Bank "Cued bank": In 4 of 4 single-choice questions/);
    expect(trueFalse).toMatch(/^Bank "Cued bank": 6 of 6 true\/false questions are false/);

    const refused = await author.error(SUBMIT, { versionId: draft.versionId });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CREDIT_GATES' });
    const fields = (refused.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(ours.map((problem) => problem.field)));
  });

  it("lets a final exam, and only the exam, draw on the required courses' objectives; says which objectives every attempt covers", async () => {
    const draft = await course();
    const moduleBank = await bank(draft.versionId, [
      keyedFalse(0, 'screening'),
      {
        ...keyedFalse(1, 'prior-anatomy'),
        stemMarkdown: 'The trapezius lies deep to the rhomboids',
      },
    ]);
    const examBank = await bank(draft.versionId, [
      keyedFalse(2, 'placement'),
      keyedFalse(3, 'prior-anatomy'),
    ]);
    await quiz({
      versionId: draft.versionId,
      moduleId: draft.moduleIds[0],
      bankId: moduleBank.bankId,
    });
    await quiz({ versionId: draft.versionId, bankId: examBank.bankId, title: 'Final exam' });

    const content = test.app.get(AssessmentVersionContent);
    const dataSource = test.app.get(DataSource);
    const { result: credit, queries } = await countQueries(dataSource, () =>
      content.credit(dataSource.manager, draft.versionId, {
        own: ['screening', 'placement'],
        prerequisites: ['prior-anatomy'],
      }),
    );
    expect(credit.problems).toEqual([
      {
        code: 'UNKNOWN_OBJECTIVE',
        field: `questions.${moduleBank.questionIds[1]}.objectiveTag`,
        message:
          'Question "The trapezius lies deep to the rhomboids" is tagged "prior-anatomy", which is not one of the objectives of this course',
      },
    ]);
    expect(credit.quizzes.map(({ title, questionsDrawn }) => ({ title, questionsDrawn }))).toEqual([
      { title: 'Module quiz', questionsDrawn: 2 },
      { title: 'Final exam', questionsDrawn: 2 },
    ]);
    expect([...credit.assessedKeys].sort()).toEqual(['placement', 'prior-anatomy', 'screening']);
    // Quizzes, banks, questions, options: whatever the number of each.
    expect(queries).toHaveLength(4);
  });

  it('counts an objective as assessed only when every attempt draws it', async () => {
    const draft = await course();
    const { bankId } = await bank(draft.versionId, [
      keyedFalse(0, 'screening'),
      keyedFalse(1, 'screening'),
      keyedFalse(2, 'placement'),
    ]);
    await quiz({
      versionId: draft.versionId,
      moduleId: draft.moduleIds[0],
      bankId,
      questionCount: 2,
      blueprint: [{ objective: 'screening', count: 2 }],
    });
    const content = test.app.get(AssessmentVersionContent);
    const credit = await content.credit(test.app.get(DataSource).manager, draft.versionId, {
      own: ['screening', 'placement'],
      prerequisites: [],
    });
    expect(credit.assessedKeys).toEqual(['screening']);
    expect(credit.problems).toEqual([]);
  });
});
