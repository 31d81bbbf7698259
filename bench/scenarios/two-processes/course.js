import { randomBytes } from 'node:crypto';
import { publishVersion } from '../../lib/course-publishing.js';
import { graphql } from '../../lib/http.js';

/**
 * @typedef {object} QuizCourse
 * @property {string} courseId
 * @property {string} lessonId
 * @property {string} quizId
 * @property {Map<string, string[]>} key Question id → its correct option ids.
 */

/** Seat time of the lesson: far above what a run credits, so the credit is never capped. */
export const LESSON_MINUTES = 60;
const QUESTIONS = 5;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } }
}`;
const SET_ROLES = `mutation SetRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) { id roles }
}`;
const CREATE_COURSE = `mutation CreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) { id course { id } }
}`;
const ADD_MODULE = `mutation AddModule($input: AddModuleInput!) { addModule(input: $input) { id } }`;
const ADD_LESSON = `mutation AddLesson($input: AddLessonInput!) { addLesson(input: $input) { id } }`;
const CREATE_BANK = `mutation Bank($input: CreateQuestionBankInput!) {
  createQuestionBank(input: $input) { id }
}`;
const ADD_QUESTION = `mutation AddQuestion($input: AddQuestionInput!) {
  addQuestion(input: $input) { id }
}`;
const CREATE_QUIZ = `mutation CreateQuiz($input: CreateQuizInput!) { createQuiz(input: $input) { id } }`;
const BANK_KEY = `query Key($id: ID!) {
  quiz(id: $id) { bank { questions { id options { id isCorrect } } } }
}`;

/** Question n: single choice, true/false and multiple choice in turn. */
function question(/** @type {string} */ bankId, /** @type {number} */ n) {
  const options = [
    [
      { text: `The first ${n}`, isCorrect: true },
      { text: `The second ${n}`, isCorrect: false },
      { text: `The third ${n}`, isCorrect: false },
    ],
    [
      { text: 'True', isCorrect: true },
      { text: 'False', isCorrect: false },
    ],
    [
      { text: `Both ${n}a`, isCorrect: true },
      { text: `Both ${n}b`, isCorrect: true },
      { text: `Neither ${n}`, isCorrect: false },
    ],
  ][n % 3];
  return {
    bankId,
    type: ['SINGLE_CHOICE', 'TRUE_FALSE', 'MULTIPLE_CHOICE'][n % 3],
    stemMarkdown: `Question ${n + 1}: which is right?`,
    options,
    explanationMarkdown: 'Because the evidence says so.',
    reference: 'Dommerholt J. Dry needling in orthopaedic physical therapy practice. 2004.',
    objectiveTag: 'explain-the-mechanism',
  };
}

/**
 * Publishes, through the API at `url`, a course of one lesson and one module quiz of
 * `QUESTIONS` questions (all drawn, untimed, unlimited attempts). Only the CLI makes an admin;
 * the admin makes an instructor, who writes the course; the admin overrides the credit gates
 * (a bench course is not accredited content) and publishes.
 *
 * @param {string} url
 * @param {(args: string[], env?: Record<string, string>) => Promise<string>} cli
 * @returns {Promise<QuizCourse>}
 */
export async function publishQuizCourse(url, cli) {
  const suffix = randomBytes(6).toString('hex');
  const password = `bench-password-${suffix}`;
  const email = (/** @type {string} */ who) => `bench-${who}-${suffix}@example.com`;
  await cli(['admin:create', '--email', email('admin'), '--name', 'Bench Admin'], {
    FASCICLE_ADMIN_PASSWORD: password,
  });
  /** @param {string} who */
  const login = async (who) =>
    (await graphql(url, LOGIN, { input: { email: email(who), password } })).login.accessToken;
  const admin = await login('admin');
  const { register } = await graphql(url, REGISTER, {
    input: {
      email: email('instructor'),
      password,
      displayName: 'Bench Author',
      profession: 'EDUCATOR',
    },
  });
  /** @param {string} token @param {string} query @param {Record<string, unknown>} variables */
  const as = (token, query, variables) =>
    graphql(url, query, variables, { authorization: `Bearer ${token}` });
  await as(admin, SET_ROLES, {
    input: { userId: register.user.id, roles: ['LEARNER', 'INSTRUCTOR'] },
  });
  const author = await login('instructor'); // roles are in the token

  const { createCourse: version } = await as(author, CREATE_COURSE, {
    input: {
      slug: `bench-seat-time-${suffix}`,
      title: 'Dry needling safety',
      summary: 'What to screen for before needling, and a quiz on it.',
      audience: 'Licensed physical therapists',
      creditMinutes: LESSON_MINUTES,
      learningObjectives: ['Explain the mechanism'],
      objectiveKeys: ['explain-the-mechanism'],
      topicTags: ['bench'],
    },
  });
  const { addModule } = await as(author, ADD_MODULE, {
    input: { versionId: version.id, title: 'Safety', objectives: ['Explain the mechanism'] },
  });
  const { addLesson } = await as(author, ADD_LESSON, {
    input: {
      moduleId: addModule.id,
      title: 'Screening before needling',
      bodyMarkdown: '## Screen first\n\nPneumothorax is the complication to rule out.',
      seatTimeMinutes: LESSON_MINUTES,
      references: [{ citation: 'Dommerholt J. Dry needling. 2004.' }],
    },
  });
  const { createQuestionBank: bank } = await as(author, CREATE_BANK, {
    input: { versionId: version.id, title: 'Safety bank' },
  });
  for (let n = 0; n < QUESTIONS; n += 1) {
    await as(author, ADD_QUESTION, { input: question(bank.id, n) });
  }
  const { createQuiz } = await as(author, CREATE_QUIZ, {
    input: {
      versionId: version.id,
      moduleId: addModule.id,
      bankId: bank.id,
      title: 'Safety quiz',
      passingScorePercent: 70,
    },
  });
  const { quiz } = await as(author, BANK_KEY, { id: createQuiz.id });
  await publishVersion(url, { author, admin }, version.id);
  return {
    courseId: version.course.id,
    lessonId: addLesson.id,
    quizId: createQuiz.id,
    key: new Map(
      quiz.bank.questions.map(
        (/** @type {{ id: string, options: { id: string, isCorrect: boolean }[] }} */ q) => [
          q.id,
          q.options.filter((option) => option.isCorrect).map((option) => option.id),
        ],
      ),
    ),
  };
}
