import { randomBytes } from 'node:crypto';
import type { Api } from './api.js';

/** Each question's right option starts with this, so a test can answer right or wrong on purpose. */
const RIGHT = 'Right:';

interface QuestionSpec {
  stem: string;
  type: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE';
  options: { text: string; isCorrect: boolean }[];
}

/** Four questions of the three types, the stems short enough to find in a table. */
export const ANALYSIS_QUESTIONS: QuestionSpec[] = [
  {
    stem: 'Which landmark keeps the needle off the pleura over the upper trapezius?',
    type: 'SINGLE_CHOICE',
    options: [
      { text: `${RIGHT} a pincer grip lifting the muscle`, isCorrect: true },
      { text: 'Wrong: the spinous process of C7', isCorrect: false },
      { text: 'Wrong: the acromion', isCorrect: false },
    ],
  },
  {
    stem: 'Which signs after a session call for an urgent referral?',
    type: 'MULTIPLE_CHOICE',
    options: [
      { text: `${RIGHT} breathlessness`, isCorrect: true },
      { text: `${RIGHT} sharp chest pain on breathing`, isCorrect: true },
      { text: 'Wrong: mild soreness for a day', isCorrect: false },
    ],
  },
  {
    stem: 'Clean technique requires a new needle for every insertion site.',
    type: 'TRUE_FALSE',
    options: [
      { text: 'True', isCorrect: true },
      { text: 'False', isCorrect: false },
    ],
  },
  {
    stem: 'What is the most reported serious adverse event of dry needling?',
    type: 'SINGLE_CHOICE',
    options: [
      { text: `${RIGHT} pneumothorax`, isCorrect: true },
      { text: 'Wrong: fainting', isCorrect: false },
      { text: 'Wrong: a broken needle', isCorrect: false },
    ],
  },
];

export interface QuizCourse {
  courseId: string;
  versionId: string;
  quizId: string;
  title: string;
}

/**
 * A published course whose module quiz draws all four questions, unlimited attempts, written
 * by the demo instructor and published by the demo admin through the API.
 */
export async function publishedQuizCourse(instructor: Api, admin: Api): Promise<QuizCourse> {
  const suffix = randomBytes(3).toString('hex');
  const title = `Thorax safety check ${suffix}`;
  const { createCourse } = await instructor.ok<{
    createCourse: { id: string; course: { id: string } };
  }>(`mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id course { id } } }`, {
    input: {
      slug: `thorax-safety-${suffix}`,
      title,
      summary: 'A short check of needling safety over the thorax.',
      audience: 'Physical therapists who needle near the thorax',
      ceHours: 0.5,
      learningObjectives: ['Needle the upper trapezius without reaching the pleura'],
      topicTags: ['safety'],
    },
  });
  const versionId = createCourse.id;
  const { addModule } = await instructor.ok<{ addModule: { id: string } }>(
    `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`,
    { input: { versionId, title: 'Safety over the thorax' } },
  );
  await instructor.ok(`mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }`, {
    input: {
      moduleId: addModule.id,
      title: 'Landmarks and referral',
      seatTimeMinutes: 5,
      bodyMarkdown: '## Landmarks\n\nLift the muscle in a **pincer grip** and needle across it.',
    },
  });
  const { createQuestionBank } = await instructor.ok<{ createQuestionBank: { id: string } }>(
    `mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
    { input: { versionId, title: 'Thorax questions' } },
  );
  for (const question of ANALYSIS_QUESTIONS) {
    await instructor.ok(
      `mutation ($input: AddQuestionInput!) { addQuestion(input: $input) { id } }`,
      {
        input: {
          bankId: createQuestionBank.id,
          type: question.type,
          stemMarkdown: question.stem,
          options: question.options,
          explanationMarkdown: 'See the lesson.',
          reference: 'Boyce 2020',
          objectiveTag: 'safety-pneumothorax',
        },
      },
    );
  }
  const { createQuiz } = await instructor.ok<{ createQuiz: { id: string } }>(
    `mutation ($input: CreateQuizInput!) { createQuiz(input: $input) { id } }`,
    {
      input: {
        versionId,
        moduleId: addModule.id,
        bankId: createQuestionBank.id,
        title: 'Thorax safety quiz',
        passingScorePercent: 75,
      },
    },
  );
  await instructor.ok(`mutation ($id: ID!) { submitCourseVersion(versionId: $id) { id } }`, {
    id: versionId,
  });
  await admin.ok(`mutation ($id: ID!) { publishCourseVersion(versionId: $id) { id } }`, {
    id: versionId,
  });
  return { courseId: createCourse.course.id, versionId, quizId: createQuiz.id, title };
}

/** A new learner (public register), enrolled in the course, as an API client. */
export async function enrolledLearner(api: Api, courseId: string): Promise<Api> {
  const email = `analysis-${randomBytes(4).toString('hex')}@example.com`;
  const password = 'a long enough passphrase';
  await api.ok(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
    input: { email, password, displayName: 'Sam Student', profession: 'EDUCATOR' },
  });
  const learner = await api.login(email, password);
  await learner.ok(`mutation ($id: ID!) { enroll(courseId: $id) { id } }`, { id: courseId });
  return learner;
}

/**
 * One submitted attempt: `right[i]` says whether ANALYSIS_QUESTIONS[i] is answered right.
 * Questions are found by stem, since the attempt shuffles them.
 */
export async function attemptQuiz(learner: Api, quizId: string, right: boolean[]): Promise<void> {
  const { startQuizAttempt } = await learner.ok<{
    startQuizAttempt: {
      id: string;
      questions: {
        questionId: string;
        stemMarkdown: string;
        options: { id: string; text: string }[];
      }[];
    };
  }>(
    `mutation ($id: ID!) { startQuizAttempt(quizId: $id) { id questions { questionId stemMarkdown options { id text } } } }`,
    { id: quizId },
  );
  for (const question of startQuizAttempt.questions) {
    const index = ANALYSIS_QUESTIONS.findIndex((q) => q.stem === question.stemMarkdown);
    const spec = ANALYSIS_QUESTIONS[index];
    if (!spec) throw new Error(`unknown question: ${question.stemMarkdown}`);
    const keyTexts = spec.options.filter((o) => o.isCorrect).map((o) => o.text);
    const chosen = question.options.filter((option) =>
      right[index] ? keyTexts.includes(option.text) : !keyTexts.includes(option.text),
    );
    // A wrong answer to a single-choice question is one wrong option, not all of them.
    const selected = spec.type === 'MULTIPLE_CHOICE' ? chosen : chosen.slice(0, 1);
    await learner.ok(
      `mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { questionId } }`,
      {
        input: {
          attemptId: startQuizAttempt.id,
          questionId: question.questionId,
          selectedOptionIds: selected.map((option) => option.id),
        },
      },
    );
  }
  await learner.ok(`mutation ($id: ID!) { submitQuizAttempt(attemptId: $id) { id } }`, {
    id: startQuizAttempt.id,
  });
}

/** A draft with one module and lesson, submitted and sent back by the admin with a comment. */
export async function sentBackDraft(
  instructor: Api,
  admin: Api,
  comment: string,
): Promise<{ versionId: string; title: string }> {
  const suffix = randomBytes(3).toString('hex');
  const title = `Lumbar multifidus needling ${suffix}`;
  const { createCourse } = await instructor.ok<{ createCourse: { id: string } }>(
    `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
    {
      input: {
        slug: `lumbar-multifidus-${suffix}`,
        title,
        summary: 'Needling the lumbar multifidus from landmarks.',
        audience: 'Physical therapists',
        ceHours: 1,
      },
    },
  );
  const versionId = createCourse.id;
  const { addModule } = await instructor.ok<{ addModule: { id: string } }>(
    `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`,
    { input: { versionId, title: 'Landmarks' } },
  );
  await instructor.ok(`mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }`, {
    input: {
      moduleId: addModule.id,
      title: 'Depth',
      seatTimeMinutes: 5,
      bodyMarkdown: 'Depth depends on the build.',
    },
  });
  await instructor.ok(`mutation ($id: ID!) { submitCourseVersion(versionId: $id) { id } }`, {
    id: versionId,
  });
  await admin.ok(
    `mutation ($input: SendBackCourseVersionInput!) { sendBackCourseVersion(input: $input) { id } }`,
    { input: { versionId, comment } },
  );
  return { versionId, title };
}
