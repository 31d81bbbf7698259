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
      // As long as the key: no option is a give-away by its length.
      { text: 'Wrong: the spinous processes of C7 and T1', isCorrect: false },
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

/** Who wrote the test courses: no financial relationships, no commercial support. */
export const DISCLOSURE = {
  contributors: [
    { name: 'Imani Okafor', credentials: 'PT, DPT', role: 'Author', relationships: [] },
  ],
  commercialSupport: [],
};

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Reviewed a month ago, credit offered for two more years: inside the gates' three years. */
export function creditPeriod() {
  return { contentReviewedOn: isoDay(-30), creditEndsOn: isoDay(730) };
}

export interface HonestDraftSpec {
  title: string;
  slug: string;
  /** One objective, and the key its questions are tagged with. */
  objective: { key: string; text: string };
  module: string;
  lesson: { title: string; bodyMarkdown: string };
  bank: string;
  questions: QuestionSpec[];
  quiz: string;
  /** Default: what the content supports (the lesson's reading plus 1.85 min per question). */
  creditMinutes?: number;
}

export interface HonestDraft {
  courseId: string;
  versionId: string;
  moduleId: string;
  lessonId: string;
  bankId: string;
  quizId: string;
}

/**
 * A draft that passes every credit gate, as an honest author writes it through the API: a
 * keyed objective, a lesson requiring no more than its text supports (1 minute for a short
 * one), a bank with no length cue, a module quiz drawing every question (each attempt covers
 * the objective), a disclosure and a credit period; it claims what the content supports.
 */
export async function honestDraft(instructor: Api, spec: HonestDraftSpec): Promise<HonestDraft> {
  const { createCourse } = await instructor.ok<{
    createCourse: { id: string; course: { id: string } };
  }>(`mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id course { id } } }`, {
    input: {
      slug: spec.slug,
      title: spec.title,
      summary: `${spec.title}: a short course for the browser journeys.`,
      audience: 'Physical therapists',
      creditMinutes: spec.creditMinutes ?? 1,
      learningObjectives: [spec.objective.text],
      objectiveKeys: [spec.objective.key],
      topicTags: ['safety'],
      scopeStatement: 'Didactic coursework only.',
      disclosure: DISCLOSURE,
      ...creditPeriod(),
    },
  });
  const versionId = createCourse.id;
  const { addModule } = await instructor.ok<{ addModule: { id: string } }>(
    `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`,
    { input: { versionId, title: spec.module } },
  );
  const { addLesson } = await instructor.ok<{ addLesson: { id: string } }>(
    `mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }`,
    { input: { moduleId: addModule.id, seatTimeMinutes: 1, ...spec.lesson } },
  );
  const { createQuestionBank } = await instructor.ok<{ createQuestionBank: { id: string } }>(
    `mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
    { input: { versionId, title: spec.bank } },
  );
  for (const question of spec.questions) {
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
          objectiveTag: spec.objective.key,
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
        title: spec.quiz,
        passingScorePercent: 75,
      },
    },
  );
  if (spec.creditMinutes === undefined) {
    const { courseVersion } = await instructor.ok<{
      courseVersion: { creditReport: { supportedMinutes: number } };
    }>(`query ($id: ID!) { courseVersion(id: $id) { creditReport { supportedMinutes } } }`, {
      id: versionId,
    });
    await instructor.ok(
      `mutation ($input: UpdateCourseVersionInput!) { updateCourseVersion(input: $input) { id } }`,
      { input: { versionId, creditMinutes: courseVersion.creditReport.supportedMinutes } },
    );
  }
  return {
    courseId: createCourse.course.id,
    versionId,
    moduleId: addModule.id,
    lessonId: addLesson.id,
    bankId: createQuestionBank.id,
    quizId: createQuiz.id,
  };
}

const SUBMIT = `mutation ($id: ID!) { submitCourseVersion(versionId: $id) { id } }`;

/** The thorax course: four questions on one objective, tagged `safety-pneumothorax`. */
function thoraxCourse(suffix: string): HonestDraftSpec {
  return {
    title: `Thorax safety check ${suffix}`,
    slug: `thorax-safety-${suffix}`,
    objective: {
      key: 'safety-pneumothorax',
      text: 'Needle the upper trapezius without reaching the pleura',
    },
    module: 'Safety over the thorax',
    lesson: {
      title: 'Landmarks and referral',
      bodyMarkdown: '## Landmarks\n\nLift the muscle in a **pincer grip** and needle across it.',
    },
    bank: 'Thorax questions',
    questions: ANALYSIS_QUESTIONS,
    quiz: 'Thorax safety quiz',
  };
}

/**
 * A published course whose module quiz draws all four questions, unlimited attempts, written
 * by the demo instructor and published by the demo admin through the API, passing every
 * credit gate.
 */
export async function publishedQuizCourse(instructor: Api, admin: Api): Promise<QuizCourse> {
  const spec = thoraxCourse(randomBytes(3).toString('hex'));
  const draft = await honestDraft(instructor, spec);
  await instructor.ok(SUBMIT, { id: draft.versionId });
  await admin.ok(`mutation ($id: ID!) { publishCourseVersion(versionId: $id) { id } }`, {
    id: draft.versionId,
  });
  return {
    courseId: draft.courseId,
    versionId: draft.versionId,
    quizId: draft.quizId,
    title: spec.title,
  };
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

/** An honest draft, submitted and sent back by the admin with a comment. */
export async function sentBackDraft(
  instructor: Api,
  admin: Api,
  comment: string,
): Promise<{ versionId: string; title: string }> {
  const suffix = randomBytes(3).toString('hex');
  const title = `Lumbar multifidus needling ${suffix}`;
  const { versionId } = await submittedDraft(instructor, title, `lumbar-multifidus-${suffix}`);
  await admin.ok(
    `mutation ($input: SendBackCourseVersionInput!) { sendBackCourseVersion(input: $input) { id } }`,
    { input: { versionId, comment } },
  );
  return { versionId, title };
}

/** Questions on the lumbar landmarks, options alike in length. */
const LUMBAR_QUESTIONS: QuestionSpec[] = [
  {
    stem: 'Which landmark marks the L4 spinous process?',
    type: 'SINGLE_CHOICE',
    options: [
      { text: 'The line across the iliac crests', isCorrect: true },
      { text: 'The inferior angle of the scapula', isCorrect: false },
      { text: 'The twelfth rib at its free end', isCorrect: false },
    ],
  },
  {
    stem: 'Counting spinous processes starts from L1 and goes down.',
    type: 'TRUE_FALSE',
    options: [
      { text: 'True', isCorrect: true },
      { text: 'False', isCorrect: false },
    ],
  },
];

/**
 * An honest lumbar draft (lesson "Palpating the spinous processes"), submitted for review
 * through the API; `creditMinutes` above what it supports makes it fail the gates, so the
 * admin overrides them for the submission first (only an admin can).
 */
export async function submittedDraft(
  instructor: Api,
  title: string,
  slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  overclaim?: { admin: Api; creditMinutes: number },
): Promise<HonestDraft> {
  const draft = await honestDraft(instructor, {
    title,
    slug,
    objective: { key: 'lumbar-landmarks', text: 'Locate the lumbar multifidus by palpation' },
    module: 'Lumbar landmarks',
    lesson: {
      title: 'Palpating the spinous processes',
      bodyMarkdown: 'Count down from **L1**; the iliac crests mark L4.',
    },
    bank: 'Lumbar questions',
    questions: LUMBAR_QUESTIONS,
    quiz: 'Lumbar landmarks quiz',
    creditMinutes: overclaim?.creditMinutes,
  });
  if (overclaim) {
    await overclaim.admin.ok(
      `mutation ($input: OverrideCreditGatesInput!) { overrideCreditGates(input: $input) { id } }`,
      {
        input: {
          versionId: draft.versionId,
          reason: 'Letting the claim into review so the reviewer can weigh it with the author.',
        },
      },
    );
  }
  await instructor.ok(SUBMIT, { id: draft.versionId });
  return draft;
}

/**
 * A final exam that assesses each objective: a bank with two questions per key (options alike
 * in length, the key's position varied) and a quiz drawing all of them.
 */
export async function assessObjectives(
  instructor: Api,
  versionId: string,
  keys: string[],
): Promise<{ bankId: string; quizId: string }> {
  const { createQuestionBank } = await instructor.ok<{ createQuestionBank: { id: string } }>(
    `mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
    { input: { versionId, title: 'Final exam pool' } },
  );
  let n = 0;
  for (const key of keys) {
    for (const angle of ['first', 'second']) {
      n += 1;
      await instructor.ok(
        `mutation ($input: AddQuestionInput!) { addQuestion(input: $input) { id } }`,
        {
          input: {
            bankId: createQuestionBank.id,
            type: 'SINGLE_CHOICE',
            stemMarkdown: `Case ${n} (${key}, ${angle} look): which finding matters here?`,
            options: [0, 1, 2].map((i) => ({
              text: `Finding ${String.fromCharCode(65 + i)}`,
              isCorrect: i === n % 3,
            })),
            explanationMarkdown: 'See the lesson.',
            reference: 'Boyce 2020',
            objectiveTag: key,
          },
        },
      );
    }
  }
  const { createQuiz } = await instructor.ok<{ createQuiz: { id: string } }>(
    `mutation ($input: CreateQuizInput!) { createQuiz(input: $input) { id } }`,
    {
      input: {
        versionId,
        bankId: createQuestionBank.id,
        title: 'Final exam',
        passingScorePercent: 75,
        maxAttempts: 2,
      },
    },
  );
  return { bankId: createQuestionBank.id, quizId: createQuiz.id };
}
