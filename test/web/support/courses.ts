import { randomBytes } from 'node:crypto';
import type { Api } from './api.js';
import { verifyAddress } from './mail.js';
import { advanceServerClock, REPORT_CAP_MS } from './seat-time.js';

export interface ShortCourse {
  courseId: string;
  versionId: string;
  slug: string;
  title: string;
  lessonId: string;
  quizId: string;
  /** The approval recorded after publishing. */
  approvalNumber: string;
}

/** The quiz's questions: each has one option that is right, worded so a test can pick it. */
export const RIGHT = 'The supported answer';
export const WRONG = 'The unsupported claim';

/** What a short course's certificate attests, and what it does not. */
export const SCOPE =
  'Didactic coursework only: reading and a quiz. It includes no supervised hands-on training and does not by itself authorise anyone to perform dry needling.';

/** Who wrote it, as the course page discloses before enrolment. */
export const DISCLOSURE = {
  contributors: [
    {
      name: 'Avery Quinn',
      credentials: 'PT, DPT, OCS',
      role: 'Author',
      relationships: [],
      mitigation: null,
    },
    {
      name: 'Morgan Hale',
      credentials: 'PT, PhD',
      role: 'Peer reviewer',
      relationships: [{ company: 'Acme Needles', nature: 'consulting fees' }],
      mitigation: 'Reviewed by an independent peer with no relationships before release.',
    },
  ],
  commercialSupport: [],
};

/** The admin's written reason for letting a test course past the credit gates. */
const OVERRIDE_REASON =
  'Journey fixture: a one-minute course; the credit gates are tested on their own in test/catalog.';

function utcDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export interface ShortCourseOptions {
  /** Minutes of instruction claimed; 15 = 0.25 CE hours of 60 minutes. */
  creditMinutes?: number;
  /** The approval recorded after publishing, in its own contact hour. */
  approval?: {
    body: string;
    /** The approval number is this, a hyphen and the course's random suffix. */
    numberPrefix: string;
    minutesPerHour: 50 | 60;
    increment: 0.1 | 0.25 | 0.5 | 1;
  };
}

/**
 * A course a learner finishes in a minute: one module, one lesson of one minute of seat time
 * (the server credits its clock's time, at most 60 s per report), and a two-question quiz.
 * It says what its certificate attests (didactic, with a scope statement) and discloses its
 * authors and dates. The demo instructor writes it and the demo admin publishes it, as
 * through the screens; a one-minute course cannot support the minutes it claims, so the admin
 * overrides the credit gates in writing at submit and at publish, as they allow.
 */
export async function createShortCourse(
  instructor: Api,
  admin: Api,
  options: ShortCourseOptions = {},
): Promise<ShortCourse> {
  const suffix = randomBytes(3).toString('hex');
  const title = `Needling safety refresher ${suffix}`;
  const { createCourse } = await instructor.ok<{
    createCourse: { id: string; course: { id: string; slug: string } };
  }>(
    `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id course { id slug } } }`,
    {
      input: {
        slug: `needling-safety-${suffix}`,
        title,
        summary: 'A one-minute refresher on pneumothorax risk over the thorax.',
        audience: 'Physical therapists who needle the upper trapezius',
        creditMinutes: options.creditMinutes ?? 15,
        certificateValidityMonths: 24,
        learningObjectives: ['Name the landmarks that keep the needle off the pleura'],
        objectiveKeys: ['safety-pneumothorax'],
        topicTags: ['safety'],
        credentialKind: 'DIDACTIC',
        scopeStatement: SCOPE,
        disclosure: DISCLOSURE,
        contentReviewedOn: utcDay(-30),
        creditEndsOn: utcDay(700),
      },
    },
  );
  const versionId = createCourse.id;
  const { addModule } = await instructor.ok<{ addModule: { id: string } }>(
    `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`,
    { input: { versionId, title: 'Safety over the thorax', objectives: ['Avoid the pleura'] } },
  );
  const { addLesson } = await instructor.ok<{ addLesson: { id: string } }>(
    `mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }`,
    {
      input: {
        moduleId: addModule.id,
        title: 'Pneumothorax: what the case reports show',
        seatTimeMinutes: 1,
        bodyMarkdown: [
          '## Why it matters',
          '',
          'Pneumothorax is the most reported **serious** adverse event of dry needling.',
          '',
          '- Pinch the upper trapezius and needle *away* from the lung.',
          '- Stop and refer when breathlessness follows a session.',
        ].join('\n'),
        references: [
          {
            citation:
              'Boyce D, et al. Adverse events associated with therapeutic dry needling. IJSPT. 2020.',
            url: 'https://doi.org/10.26603/ijspt20200101',
          },
        ],
      },
    },
  );
  const { createQuestionBank } = await instructor.ok<{ createQuestionBank: { id: string } }>(
    `mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
    { input: { versionId, title: 'Safety questions' } },
  );
  for (const stem of [
    'Where should the needle point over the thorax?',
    'What follows breathlessness after a session?',
  ]) {
    await instructor.ok(
      `mutation ($input: AddQuestionInput!) { addQuestion(input: $input) { id } }`,
      {
        input: {
          bankId: createQuestionBank.id,
          type: 'SINGLE_CHOICE',
          stemMarkdown: stem,
          options: [
            { text: RIGHT, isCorrect: true },
            { text: WRONG, isCorrect: false },
          ],
          explanationMarkdown: 'The case reports and the anatomy agree.',
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
        bankId: createQuestionBank.id,
        moduleId: addModule.id,
        title: 'Safety check',
        passingScorePercent: 100,
        timeLimitSeconds: 900,
        maxAttempts: 3,
        reviewTiming: 'AFTER_EACH_ATTEMPT',
        reviewContent: 'FULL_EXPLANATIONS',
      },
    },
  );
  await overrideCreditGates(admin, versionId);
  await instructor.ok(`mutation ($id: ID!) { submitCourseVersion(versionId: $id) { id } }`, {
    id: versionId,
  });
  await overrideCreditGates(admin, versionId);
  await admin.ok(`mutation ($id: ID!) { publishCourseVersion(versionId: $id) { id } }`, {
    id: versionId,
  });
  const approval = options.approval ?? {
    body: 'Colorado Physical Therapy Board',
    numberPrefix: 'CO',
    minutesPerHour: 60,
    increment: 0.25,
  };
  const approvalNumber = `${approval.numberPrefix}-${suffix.toUpperCase()}`;
  await admin.ok(
    `mutation ($input: RecordCourseApprovalInput!) { recordCourseApproval(input: $input) { id } }`,
    {
      input: {
        courseId: createCourse.course.id,
        body: approval.body,
        approvalNumber,
        validFrom: '2025-01-01',
        isSample: false,
        minutesPerHour: approval.minutesPerHour,
        increment: approval.increment,
      },
    },
  );
  return {
    courseId: createCourse.course.id,
    versionId,
    slug: createCourse.course.slug,
    title,
    lessonId: addLesson.id,
    quizId: createQuiz.id,
    approvalNumber,
  };
}

/**
 * The admin's override of whatever credit gates the version fails now; none is fine (the
 * API answers that there is nothing to override).
 */
export async function overrideCreditGates(admin: Api, versionId: string): Promise<void> {
  const result = await admin.request(
    `mutation ($input: OverrideCreditGatesInput!) { overrideCreditGates(input: $input) { id } }`,
    { input: { versionId, reason: OVERRIDE_REASON } },
  );
  const error = result.errors?.[0];
  if (error && !/nothing to override/.test(error.message)) {
    throw new Error(`override failed: ${JSON.stringify(result.errors)}`);
  }
}

/**
 * A new learner account (through the public register mutation), signed in, its address
 * verified from the mail register sent: certificates are issued only to a verified address.
 */
export async function registerLearner(api: Api, name = 'Robin Reyes, PT') {
  const email = `robin-${randomBytes(4).toString('hex')}@example.com`;
  const password = 'a long enough passphrase';
  await api.ok(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
    input: {
      email,
      password,
      displayName: name,
      profession: 'PHYSICAL_THERAPIST',
      licenseNumber: 'PT-556677',
      licenseState: 'CO',
    },
  });
  await verifyAddress(api, email);
  return { email, password, client: await api.login(email, password) };
}

/**
 * Completes the course through the API. The lesson's minute of seat time passes on the
 * server's clock: one report starts the count, the clock moves a minute, the next report is
 * credited in full.
 */
export async function earnCertificate(learner: Api, course: ShortCourse): Promise<string> {
  const { enroll } = await learner.ok<{ enroll: { id: string } }>(
    `mutation ($id: ID!) { enroll(courseId: $id) { id } }`,
    { id: course.courseId },
  );
  const record = () =>
    learner.ok<{ recordLessonActivity: { completed: boolean } }>(
      `mutation ($id: ID!) { recordLessonActivity(lessonId: $id) { completed } }`,
      { id: course.lessonId },
    );
  await record();
  advanceServerClock(REPORT_CAP_MS);
  const { recordLessonActivity } = await record();
  if (!recordLessonActivity.completed)
    throw new Error('a minute of seat time did not complete the lesson');
  const { startQuizAttempt } = await learner.ok<{
    startQuizAttempt: {
      id: string;
      questions: { questionId: string; options: { id: string; text: string }[] }[];
    };
  }>(
    `mutation ($id: ID!) { startQuizAttempt(quizId: $id) { id questions { questionId options { id text } } } }`,
    { id: course.quizId },
  );
  for (const question of startQuizAttempt.questions) {
    const right = question.options.find((option) => option.text === RIGHT)!;
    await learner.ok(
      `mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { questionId } }`,
      {
        input: {
          attemptId: startQuizAttempt.id,
          questionId: question.questionId,
          selectedOptionIds: [right.id],
        },
      },
    );
  }
  await learner.ok(`mutation ($id: ID!) { submitQuizAttempt(attemptId: $id) { id } }`, {
    id: startQuizAttempt.id,
  });
  const { submitCourseEvaluation } = await learner.ok<{
    submitCourseEvaluation: { code: string } | null;
  }>(
    `mutation ($input: CourseEvaluationInput!) { submitCourseEvaluation(input: $input) { code } }`,
    {
      input: {
        enrollmentId: enroll.id,
        objectivesMet: 5,
        contentRelevance: 5,
        presentationQuality: 4,
        freeOfCommercialBias: true,
        wouldRecommend: true,
      },
    },
  );
  if (!submitCourseEvaluation) throw new Error('the course did not complete');
  return submitCourseEvaluation.code;
}
