import { asAdmin, registerLearner } from '../support/factories.js';
import { asInstructor } from '../support/catalog.js';
import { quizCourse } from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const IMPORT = /* GraphQL */ `
  mutation Import($bankId: ID!, $gift: String!, $dryRun: Boolean) {
    importGiftQuestions(bankId: $bankId, gift: $gift, dryRun: $dryRun) {
      dryRun
      imported
      questions {
        line
        title
        category
        type
        stemMarkdown
        options {
          text
          isCorrect
          weight
          feedback
        }
        explanationMarkdown
        objectiveTag
        reference
        checks {
          code
        }
        questionId
      }
      problems {
        line
        message
      }
      warnings {
        line
        message
      }
    }
  }
`;

const BANK = /* GraphQL */ `
  query Bank($id: ID!) {
    courseVersion(id: $id) {
      questionBanks {
        id
        questions {
          id
          position
          type
          stemMarkdown
          explanationMarkdown
          reference
          objectiveTag
          options {
            text
            isCorrect
          }
        }
      }
    }
  }
`;

interface ImportResult {
  importGiftQuestions: {
    dryRun: boolean;
    imported: number;
    questions: {
      line: number;
      title: string | null;
      category: string | null;
      type: string;
      stemMarkdown: string;
      options: { text: string; isCorrect: boolean; weight: number; feedback: string | null }[];
      explanationMarkdown: string;
      objectiveTag: string;
      reference: string;
      checks: { code: string }[];
      questionId: string | null;
    }[];
    problems: { line: number; message: string }[];
    warnings: { line: number; message: string }[];
  };
}

interface BankView {
  courseVersion: {
    questionBanks: {
      id: string;
      questions: {
        id: string;
        position: number;
        type: string;
        stemMarkdown: string;
        explanationMarkdown: string;
        reference: string;
        objectiveTag: string;
        options: { text: string; isCorrect: boolean }[];
      }[];
    }[];
  };
}

/** Three questions, one of each type, written as an author would for Fascicle; CRLF lines. */
const GOOD = [
  '// Chest decompression, module 2', //                                   1
  '$CATEGORY: $course$/top/Chest', //                                      2
  '', //                                                                   3
  '// objective: safety-pneumothorax', //                                  4
  '// reference: ATLS Student Course Manual, 10th ed., ch. 4', //          5
  '::Site:: Where is the needle inserted in an adult? {', //               6
  '  =Fifth intercostal space, anterior to the midaxillary line', //      7
  '  ~Second intercostal space, at the sternal edge#Too medial', //       8
  '  ~Seventh intercostal space, posterior axillary line', //             9
  '  ####ATLS 10 moved the site to the fifth space in adults.', //        10
  '}', //                                                                 11
  '', //                                                                  12
  '// objective: safety-pneumothorax', //                                 13
  '// reference: ATLS Student Course Manual, 10th ed., ch. 4', //         14
  'Tension pneumothorax is a clinical diagnosis. {T####Treat before imaging.}', // 15
  '', //                                                                  16
  '// objective: recognition-tension', //                                 17
  '// reference: Leigh-Smith & Harris, Emerg Med J 2005;22:8', //         18
  'Which are signs of tension pneumothorax? {', //                        19
  '  ~%50%Tracheal deviation away from the affected side', //             20
  '  ~%50%Hypotension with distended neck veins', //                      21
  '  ~%-100%Bradycardia with warm peripheries', //                        22
  '  ####Deviation and obstructive shock; tachycardia, not bradycardia.', // 23
  '}', //                                                                 24
].join('\r\n');

/** The same file with the second block's answers broken: no answer marked right, at line 15. */
const ONE_BAD = GOOD.replace('{T####Treat before imaging.}', '{~Yes ~No ~Maybe ####Why.}');

describe('importGiftQuestions: Moodle GIFT into a question bank', () => {
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
  });
  afterAll(() => test.close());

  /** A draft course whose bank already holds two questions. */
  const draftBank = () => quizCourse(author, admin, { bankSize: 2, publish: false });
  const bankOf = async (versionId: string) =>
    (await author.ok<BankView>(BANK, { id: versionId })).courseVersion.questionBanks[0]!;

  it('previews on a dry run (the default) and saves nothing', async () => {
    const course = await draftBank();
    const before = await bankOf(course.versionId);
    const { importGiftQuestions: preview } = await author.ok<ImportResult>(IMPORT, {
      bankId: course.bankId,
      gift: GOOD,
    });
    expect(preview).toMatchObject({ dryRun: true, imported: 0, problems: [] });
    expect(preview.questions).toEqual([
      {
        line: 4,
        title: 'Site',
        category: '$course$/top/Chest',
        type: 'SINGLE_CHOICE',
        stemMarkdown: 'Where is the needle inserted in an adult?',
        options: [
          {
            text: 'Fifth intercostal space, anterior to the midaxillary line',
            isCorrect: true,
            weight: 100,
            feedback: null,
          },
          {
            text: 'Second intercostal space, at the sternal edge',
            isCorrect: false,
            weight: 0,
            feedback: 'Too medial',
          },
          {
            text: 'Seventh intercostal space, posterior axillary line',
            isCorrect: false,
            weight: 0,
            feedback: null,
          },
        ],
        explanationMarkdown: 'ATLS 10 moved the site to the fifth space in adults.',
        objectiveTag: 'safety-pneumothorax',
        reference: 'ATLS Student Course Manual, 10th ed., ch. 4',
        // The key is the longest option: the item-writing check says so in the preview.
        checks: [{ code: 'KEY_IS_LONGEST' }],
        questionId: null,
      },
      expect.objectContaining({
        line: 13,
        type: 'TRUE_FALSE',
        options: [
          { text: 'True', isCorrect: true, weight: 100, feedback: null },
          { text: 'False', isCorrect: false, weight: 0, feedback: null },
        ],
        explanationMarkdown: 'Treat before imaging.',
      }),
      expect.objectContaining({
        line: 17,
        type: 'MULTIPLE_CHOICE',
        objectiveTag: 'recognition-tension',
        reference: 'Leigh-Smith & Harris, Emerg Med J 2005;22:8',
      }),
    ]);
    expect(preview.questions[2]!.options.map((o) => [o.isCorrect, o.weight])).toEqual([
      [true, 50],
      [true, 50],
      [false, -100],
    ]);
    expect(preview.warnings).toEqual([
      {
        line: 6,
        message: expect.stringMatching(/^Line 6: the feedback after # on answers is not imported/),
      },
    ]);
    expect(await bankOf(course.versionId)).toEqual(before);
  });

  it('reports the one bad block by its line, and an import of that file saves nothing', async () => {
    const course = await draftBank();
    const before = await bankOf(course.versionId);
    const { importGiftQuestions: preview } = await author.ok<ImportResult>(IMPORT, {
      bankId: course.bankId,
      gift: ONE_BAD,
    });
    const message =
      'Line 15: the answer block has no correct answer (mark one with =, or weigh the right ones, e.g. ~%50%A ~%50%B)';
    expect(preview.problems).toEqual([{ line: 15, message }]);
    expect(preview.questions.map((q) => q.line)).toEqual([4, 17]);

    const refused = await author.error(IMPORT, {
      bankId: course.bankId,
      gift: ONE_BAD,
      dryRun: false,
    });
    expect(refused.message).toBe(message);
    expect(refused.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'gift',
      reason: 'GIFT_PROBLEMS',
      problems: [{ field: 'gift', line: 15, message }],
    });
    expect(await bankOf(course.versionId)).toEqual(before);
  });

  it('adds every question after those the bank holds, as addQuestion would', async () => {
    const course = await draftBank();
    const { importGiftQuestions: done } = await author.ok<ImportResult>(IMPORT, {
      bankId: course.bankId,
      gift: GOOD,
      dryRun: false,
    });
    expect(done).toMatchObject({ dryRun: false, imported: 3, problems: [] });
    const bank = await bankOf(course.versionId);
    expect(bank.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5]);
    const added = bank.questions.slice(2);
    expect(added.map((q) => q.id)).toEqual(done.questions.map((q) => q.questionId));
    expect(added).toEqual([
      {
        id: expect.any(String),
        position: 3,
        type: 'SINGLE_CHOICE',
        stemMarkdown: 'Where is the needle inserted in an adult?',
        explanationMarkdown: 'ATLS 10 moved the site to the fifth space in adults.',
        reference: 'ATLS Student Course Manual, 10th ed., ch. 4',
        objectiveTag: 'safety-pneumothorax',
        options: [
          { text: 'Fifth intercostal space, anterior to the midaxillary line', isCorrect: true },
          { text: 'Second intercostal space, at the sternal edge', isCorrect: false },
          { text: 'Seventh intercostal space, posterior axillary line', isCorrect: false },
        ],
      },
      {
        id: expect.any(String),
        position: 4,
        type: 'TRUE_FALSE',
        stemMarkdown: 'Tension pneumothorax is a clinical diagnosis.',
        explanationMarkdown: 'Treat before imaging.',
        reference: 'ATLS Student Course Manual, 10th ed., ch. 4',
        objectiveTag: 'safety-pneumothorax',
        options: [
          { text: 'True', isCorrect: true },
          { text: 'False', isCorrect: false },
        ],
      },
      {
        id: expect.any(String),
        position: 5,
        type: 'MULTIPLE_CHOICE',
        stemMarkdown: 'Which are signs of tension pneumothorax?',
        explanationMarkdown: 'Deviation and obstructive shock; tachycardia, not bradycardia.',
        reference: 'Leigh-Smith & Harris, Emerg Med J 2005;22:8',
        objectiveTag: 'recognition-tension',
        options: [
          { text: 'Tracheal deviation away from the affected side', isCorrect: true },
          { text: 'Hypotension with distended neck veins', isCorrect: true },
          { text: 'Bradycardia with warm peripheries', isCorrect: false },
        ],
      },
    ]);
  });

  it('adds 500 questions, the most a file may hold, in one go', async () => {
    const course = await draftBank();
    const gift = Array.from({ length: 500 }, (_, n) =>
      [
        `// objective: objective-${n % 5}`,
        '// reference: Generated for the size test',
        `Question ${n}: which dose? {=${n} mg ~${n + 1} mg ~${n + 2} mg ####Because ${n}.}`,
      ].join('\n'),
    ).join('\n\n');
    const { importGiftQuestions: done } = await author.ok<ImportResult>(IMPORT, {
      bankId: course.bankId,
      gift,
      dryRun: false,
    });
    expect(done.imported).toBe(500);
    const bank = await bankOf(course.versionId);
    expect(bank.questions).toHaveLength(502);
    expect(bank.questions[501]!.stemMarkdown).toBe('Question 499: which dose?');
  });

  it('refuses a learner and another instructor, dry run or not, and saves nothing', async () => {
    const course = await draftBank();
    const before = await bankOf(course.versionId);
    for (const dryRun of [true, false]) {
      const variables = { bankId: course.bankId, gift: GOOD, dryRun };
      expect((await learner.error(IMPORT, variables)).extensions?.code).toBe('FORBIDDEN');
      expect((await stranger.error(IMPORT, variables)).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await bankOf(course.versionId)).toEqual(before);
  });

  it('refuses a file over 200 KB, and a file with no question, naming the gift argument', async () => {
    const course = await draftBank();
    const big = `${GOOD}\r\n\r\n// ${'x'.repeat(200 * 1024)}`;
    const tooLarge = await author.error(IMPORT, { bankId: course.bankId, gift: big });
    expect(tooLarge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gift' });
    expect(tooLarge.message).toMatch(/^gift is 2\d\d KB; the most is 200 KB/);
    const empty = await author.error(IMPORT, {
      bankId: course.bankId,
      gift: '// nothing yet\n',
      dryRun: false,
    });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gift' });
  });

  it('refuses an import into a published version', async () => {
    const course = await quizCourse(author, admin, { bankSize: 2 });
    const refused = await author.error(IMPORT, { bankId: course.bankId, gift: GOOD });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' });
  });
});
