import { DataSource } from 'typeorm';
import { asAdmin, registerLearner } from '../support/factories.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import {
  ADD_QUESTION,
  CREATE_BANK,
  CREATE_QUIZ,
  questionInput,
  quizCourse,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BANK = /* GraphQL */ `
  query Bank($id: ID!) {
    questionBank(id: $id) {
      id
      title
      courseVersion {
        id
        number
      }
      questions {
        id
        position
        options {
          text
          isCorrect
        }
      }
    }
  }
`;
const REORDER = /* GraphQL */ `
  mutation Reorder($input: ReorderQuestionsInput!) {
    reorderQuestions(input: $input) {
      id
      questions {
        id
        position
      }
    }
  }
`;
const VERSION_QUIZZES = /* GraphQL */ `
  query VersionQuizzes($id: ID!) {
    quiz(id: $id) {
      id
      courseVersion {
        id
        number
        status
      }
    }
  }
`;

const VERSION_QUIZ_LIST = /* GraphQL */ `
  query VersionQuizList($id: ID!) {
    courseVersion(id: $id) {
      quizzes {
        id
        courseVersion {
          id
        }
      }
    }
  }
`;

interface Bank {
  id: string;
  courseVersion: { id: string; number: number };
  questions: { id: string; position: number; options: { isCorrect: boolean }[] }[];
}

describe('question banks by id, reordering questions, the quiz’s version', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let stranger: GraphQLClient;
  let admin: GraphQLClient;
  let learner: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    stranger = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    learner = test.client.as((await registerLearner(test)).accessToken);
  }, 60_000);
  afterAll(() => test.close());

  it('gives authors and admins one bank with its answer keys, and no one else', async () => {
    const course = await quizCourse(author, admin, { bankSize: 3, publish: false });
    for (const reader of [author, admin]) {
      const { questionBank } = await reader.ok<{ questionBank: Bank }>(BANK, {
        id: course.bankId,
      });
      expect(questionBank.courseVersion).toEqual({ id: course.versionId, number: 1 });
      expect(questionBank.questions).toHaveLength(3);
      expect(questionBank.questions[0]!.options.some((o) => o.isCorrect)).toBe(true);
    }
    const other = await stranger.error(BANK, { id: course.bankId });
    expect(other.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_AUTHOR' });
    const pupil = await learner.error(BANK, { id: course.bankId });
    expect(pupil.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(pupil)).not.toMatch(/isCorrect|EXPLANATION/);
    const unknown = await author.error(BANK, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('reorders a draft bank’s questions, refusing a list that is not the same set', async () => {
    const course = await quizCourse(author, admin, { bankSize: 3, publish: false });
    const ids = [...course.key.keys()];
    const reversed = [...ids].reverse();
    const { reorderQuestions } = await author.ok<{
      reorderQuestions: { questions: { id: string; position: number }[] };
    }>(REORDER, { input: { bankId: course.bankId, questionIds: reversed } });
    expect(reorderQuestions.questions).toEqual(
      reversed.map((id, index) => ({ id, position: index + 1 })),
    );
    const missing = await author.error(REORDER, {
      input: { bankId: course.bankId, questionIds: reversed.slice(1) },
    });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
    expect(missing.message).toMatch(/every question exactly once: missing/);
    const other = await quizCourse(author, admin, { bankSize: 1, publish: false });
    const foreign = await author.error(REORDER, {
      input: { bankId: course.bankId, questionIds: [...reversed, ...other.key.keys()] },
    });
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
    expect(foreign.message).toMatch(/not in this bank/);
    const repeated = await author.error(REORDER, {
      input: { bankId: course.bankId, questionIds: [ids[0], ids[0], ids[1]] },
    });
    expect(repeated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
    const stray = await stranger.error(REORDER, {
      input: { bankId: course.bankId, questionIds: ids },
    });
    expect(stray.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_AUTHOR' });
    const { questionBank } = await author.ok<{ questionBank: Bank }>(BANK, { id: course.bankId });
    expect(questionBank.questions.map((q) => q.id)).toEqual(reversed);
  }, 60_000);

  it('refuses to reorder a published bank and leaves it as it was', async () => {
    const course = await quizCourse(author, admin, { bankSize: 3, publish: false });
    await publish(author, admin, course.versionId);
    const ids = [...course.key.keys()];
    const error = await author.error(REORDER, {
      input: { bankId: course.bankId, questionIds: [...ids].reverse() },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' });
    const { questionBank } = await author.ok<{ questionBank: Bank }>(BANK, { id: course.bankId });
    expect(questionBank.questions.map((q) => q.id)).toEqual(ids);
  }, 60_000);

  it('names the quiz’s version, in one batch for all the quizzes of a page', async () => {
    const course = await quizCourse(author, admin, { bankSize: 2 });
    const { quiz } = await learner.ok<{ quiz: { courseVersion: unknown } }>(VERSION_QUIZZES, {
      id: course.quizId,
    });
    expect(quiz.courseVersion).toEqual({ id: course.versionId, number: 1, status: 'PUBLISHED' });
    // A draft with three module quizzes against the one quiz of `course`.
    const three = await draftCourse(author, { modules: 3, lessons: 1 });
    const { createQuestionBank: bank } = await author.ok<{ createQuestionBank: { id: string } }>(
      CREATE_BANK,
      { input: { versionId: three.versionId, title: 'Shared bank' } },
    );
    await author.ok(ADD_QUESTION, { input: questionInput(bank.id, 0) });
    for (const [m, moduleId] of three.moduleIds.entries()) {
      await author.ok(CREATE_QUIZ, {
        input: {
          versionId: three.versionId,
          moduleId,
          bankId: bank.id,
          title: `Quiz ${m + 1}`,
          passingScorePercent: 70,
        },
      });
    }
    const dataSource = test.app.get(DataSource);
    const read = (client: GraphQLClient, id: string) =>
      countQueries(dataSource, () =>
        client.ok<{ courseVersion: { quizzes: { courseVersion: { id: string } }[] } }>(
          VERSION_QUIZ_LIST,
          { id },
        ),
      );
    const one = await read(admin, course.versionId);
    const many = await read(admin, three.versionId);
    expect(many.result.courseVersion.quizzes.map((q) => q.courseVersion.id)).toEqual([
      three.versionId,
      three.versionId,
      three.versionId,
    ]);
    expect(many.queries.length).toBe(one.queries.length);
  }, 60_000);
});
