import { asAdmin } from '../support/factories.js';
import { asInstructor, CREATE_DRAFT, publish } from '../support/catalog.js';
import {
  ADD_QUESTION,
  CREATE_QUIZ,
  questionInput,
  quizCourse,
  UPDATE_QUIZ,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const VERSION_ASSESSMENT = /* GraphQL */ `
  query Version($id: ID!) {
    courseVersion(id: $id) {
      id
      status
      quizzes {
        id
        title
        passingScorePercent
        questionsPerAttempt
      }
      questionBanks {
        id
        title
        questions {
          id
          stemMarkdown
          options {
            text
            isCorrect
          }
        }
      }
    }
  }
`;

type VersionAssessment = {
  courseVersion: {
    quizzes: { id: string; title: string; passingScorePercent: number }[];
    questionBanks: { id: string; questions: { id: string; stemMarkdown: string }[] }[];
  };
};

describe('question banks and quizzes: authoring rules and refusals', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let stranger: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    stranger = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
  });
  afterAll(() => test.close());

  const state = async (versionId: string) =>
    JSON.stringify(await author.ok(VERSION_ASSESSMENT, { id: versionId }));

  it('refuses ill-formed questions, naming the options, and stores nothing', async () => {
    const course = await quizCourse(author, admin, { bankSize: 2, publish: false });
    const before = await state(course.versionId);
    const twoRight = {
      ...questionInput(course.bankId, 0),
      options: [
        { text: 'A', isCorrect: true },
        { text: 'B', isCorrect: true },
      ],
    };
    const error = await author.error(ADD_QUESTION, { input: twoRight });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options' });
    expect(error.message).toMatch(/exactly one correct option/);
    const noExplanation = { ...questionInput(course.bankId, 1), explanationMarkdown: '' };
    const missing = await author.error(ADD_QUESTION, { input: noExplanation });
    expect(missing.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'explanationMarkdown',
    });
    expect(await state(course.versionId)).toBe(before);
  });

  it('refuses a passing score over 100 and a bank too small for the draw', async () => {
    const course = await quizCourse(author, admin, { bankSize: 3, publish: false });
    const before = await state(course.versionId);
    const over = await author.error(UPDATE_QUIZ, {
      input: { quizId: course.quizId, passingScorePercent: 101 },
    });
    expect(over.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passingScorePercent' });
    const tooMany = await author.error(UPDATE_QUIZ, {
      input: { quizId: course.quizId, questionCount: 4 },
    });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionCount' });
    expect(tooMany.message).toMatch(/only 3 question/);
    expect(await state(course.versionId)).toBe(before);
  });

  it('refuses a second quiz on a module, and a bank of another version', async () => {
    const course = await quizCourse(author, admin, { bankSize: 2, publish: false });
    const other = await quizCourse(author, admin, { bankSize: 2, publish: false });
    const base = { versionId: course.versionId, title: 'Again', passingScorePercent: 50 };
    const second = await author.error(CREATE_QUIZ, {
      input: { ...base, moduleId: course.moduleIds[0], bankId: course.bankId },
    });
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUIZ_EXISTS' });
    const foreignBank = await author.error(CREATE_QUIZ, {
      input: { ...base, bankId: other.bankId },
    });
    expect(foreignBank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bankId' });
  });

  it("refuses another instructor's edits and any edit of a published version", async () => {
    const course = await quizCourse(author, admin, { bankSize: 2 });
    const before = await state(course.versionId);
    const foreign = await stranger.error(ADD_QUESTION, { input: questionInput(course.bankId, 5) });
    expect(foreign.extensions?.code).toBe('FORBIDDEN');
    const published = await author.error(ADD_QUESTION, { input: questionInput(course.bankId, 5) });
    expect(published.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VERSION_NOT_EDITABLE',
    });
    const quiz = await author.error(UPDATE_QUIZ, {
      input: { quizId: course.quizId, passingScorePercent: 10 },
    });
    expect(quiz.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' });
    expect(await state(course.versionId)).toBe(before);
  });

  it('copies banks and quizzes into the next draft, leaving the published ones as they were', async () => {
    const course = await quizCourse(author, admin, { bankSize: 3 });
    const published = (
      await author.ok<VersionAssessment>(VERSION_ASSESSMENT, { id: course.versionId })
    ).courseVersion;
    const { createDraftVersion } = await author.ok<{ createDraftVersion: { id: string } }>(
      CREATE_DRAFT,
      {
        input: { courseId: course.courseId, changelog: 'More questions' },
      },
    );
    const draft = (
      await author.ok<VersionAssessment>(VERSION_ASSESSMENT, { id: createDraftVersion.id })
    ).courseVersion;
    expect(draft.quizzes.map((q) => q.title)).toEqual(published.quizzes.map((q) => q.title));
    expect(draft.quizzes[0]!.id).not.toBe(published.quizzes[0]!.id);
    expect(draft.questionBanks[0]!.questions.map((q) => q.stemMarkdown)).toEqual(
      published.questionBanks[0]!.questions.map((q) => q.stemMarkdown),
    );
    await author.ok(ADD_QUESTION, { input: questionInput(draft.questionBanks[0]!.id, 7) });
    await publish(author, admin, createDraftVersion.id);
    const old = (await author.ok<VersionAssessment>(VERSION_ASSESSMENT, { id: course.versionId }))
      .courseVersion;
    expect(old.questionBanks[0]!.questions).toHaveLength(3);
  });

  it('keeps question banks from learners, even through the version', async () => {
    const course = await quizCourse(author, admin, { bankSize: 2 });
    const { register } = await test.client.ok<{ register: { accessToken: string } }>(
      /* GraphQL */ `
        mutation R($input: RegisterInput!) {
          register(input: $input) {
            accessToken
          }
        }
      `,
      {
        input: {
          email: 'curious@example.com',
          password: 'correct horse battery staple',
          displayName: 'Curious',
          profession: 'EDUCATOR',
        },
      },
    );
    const learner = test.client.as(register.accessToken);
    const seen = (await learner.ok<VersionAssessment>(VERSION_ASSESSMENT, { id: course.versionId }))
      .courseVersion;
    expect(seen.questionBanks).toEqual([]);
    expect(seen.quizzes).toHaveLength(1);
  });
});
