import type { GraphQLClient } from './graphql-client.js';
import { draftCourse, publish, type DraftCourse } from './catalog.js';

export const CREATE_BANK = /* GraphQL */ `
  mutation Bank($input: CreateQuestionBankInput!) {
    createQuestionBank(input: $input) {
      id
    }
  }
`;
export const ADD_QUESTION = /* GraphQL */ `
  mutation AddQuestion($input: AddQuestionInput!) {
    addQuestion(input: $input) {
      id
      position
    }
  }
`;
export const CREATE_QUIZ = /* GraphQL */ `
  mutation CreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      id
      title
      isFinalExam
      questionCount
      questionsPerAttempt
    }
  }
`;
export const UPDATE_QUIZ = /* GraphQL */ `
  mutation UpdateQuiz($input: UpdateQuizInput!) {
    updateQuiz(input: $input) {
      id
      passingScorePercent
    }
  }
`;
export const ATTEMPT_FIELDS = /* GraphQL */ `
  fragment AttemptFields on QuizAttempt {
    id
    quizId
    attemptNumber
    status
    startedAt
    deadlineAt
    secondsRemaining
    submittedAt
    submittedLate
    questions {
      questionId
      position
      type
      stemMarkdown
      stemHtml
      selectedOptionIds
      options {
        id
        text
      }
      review {
        correct
        points
        correctOptionIds
        explanationMarkdown
        reference
      }
    }
    result {
      scorePercent
      scorePoints
      maxPoints
      passed
      showsCorrectness
      showsKey
    }
  }
`;
export const START = /* GraphQL */ `
  mutation Start($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      ...AttemptFields
    }
  }
  ${ATTEMPT_FIELDS}
`;
export const SAVE = /* GraphQL */ `
  mutation Save($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      attemptId
      questionId
      selectedOptionIds
      answeredAt
    }
  }
`;
export const SUBMIT_ATTEMPT = /* GraphQL */ `
  mutation SubmitAttempt($attemptId: ID!) {
    submitQuizAttempt(attemptId: $attemptId) {
      ...AttemptFields
    }
  }
  ${ATTEMPT_FIELDS}
`;
export const ATTEMPT = /* GraphQL */ `
  query Attempt($id: ID!) {
    quizAttempt(id: $id) {
      ...AttemptFields
    }
  }
  ${ATTEMPT_FIELDS}
`;
export const BANK_KEY = /* GraphQL */ `
  query Key($id: ID!) {
    quiz(id: $id) {
      bank {
        questions {
          id
          type
          objectiveTag
          options {
            id
            text
            isCorrect
          }
        }
      }
    }
  }
`;

export interface AttemptView {
  id: string;
  status: string;
  attemptNumber: number;
  deadlineAt: string | null;
  secondsRemaining: number | null;
  submittedLate: boolean;
  questions: {
    questionId: string;
    type: string;
    stemMarkdown: string;
    stemHtml: string;
    selectedOptionIds: string[];
    options: { id: string; text: string }[];
    review: {
      correct: boolean | null;
      points: number | null;
      correctOptionIds: string[] | null;
      explanationMarkdown: string | null;
      reference: string | null;
    } | null;
  }[];
  result: {
    scorePercent: number;
    passed: boolean;
    maxPoints: number;
    showsCorrectness: boolean;
    showsKey: boolean;
  } | null;
}

/** The markers written into every question, so a test can search a response for the key. */
export const explanationOf = (n: number) => `EXPLANATION-SECRET-${n}`;
export const referenceOf = (n: number) => `QUESTION-REFERENCE-${n}`;

/** Question n of a bank: single choice, true/false and multiple choice in turn. */
export function questionInput(bankId: string, n: number) {
  const common = {
    bankId,
    stemMarkdown: `Question ${n}: which is right?`,
    explanationMarkdown: explanationOf(n),
    reference: referenceOf(n),
    objectiveTag: `objective-${n % 3}`,
  };
  switch (n % 3) {
    case 0:
      return {
        ...common,
        type: 'SINGLE_CHOICE',
        options: [
          { text: `Right ${n}`, isCorrect: true },
          { text: `Wrong ${n}a`, isCorrect: false },
          { text: `Wrong ${n}b`, isCorrect: false },
        ],
      };
    case 1:
      return {
        ...common,
        type: 'TRUE_FALSE',
        options: [
          { text: 'True', isCorrect: true },
          { text: 'False', isCorrect: false },
        ],
      };
    default:
      return {
        ...common,
        type: 'MULTIPLE_CHOICE',
        options: [
          { text: `Right ${n}a`, isCorrect: true },
          { text: `Right ${n}b`, isCorrect: true },
          { text: `Wrong ${n}`, isCorrect: false },
        ],
      };
  }
}

export interface QuizCourse extends DraftCourse {
  bankId: string;
  quizId: string;
  /** question id → correct option ids (the key, as the author wrote it) */
  key: Map<string, string[]>;
  /** question id → objective tag */
  objectiveOf: Map<string, string>;
}

export type QuestionFactory = (bankId: string, n: number) => Record<string, unknown>;

/**
 * A course with one module, a bank of `bankSize` questions and one module quiz with the
 * given settings, published (unless `publish: false`).
 */
export async function quizCourse(
  author: GraphQLClient,
  admin: GraphQLClient,
  options: {
    bankSize?: number;
    quiz?: Record<string, unknown>;
    publish?: boolean;
    /** Question n of the bank; `questionInput` unless given. */
    question?: QuestionFactory;
  } = {},
): Promise<QuizCourse> {
  const course = await draftCourse(author, { modules: 1, lessons: 1 });
  const { createQuestionBank } = await author.ok<{ createQuestionBank: { id: string } }>(
    CREATE_BANK,
    {
      input: { versionId: course.versionId, title: 'Module 1 bank' },
    },
  );
  for (let n = 0; n < (options.bankSize ?? 6); n += 1) {
    const input = (options.question ?? questionInput)(createQuestionBank.id, n);
    await author.ok(ADD_QUESTION, { input });
  }
  const { createQuiz } = await author.ok<{ createQuiz: { id: string } }>(CREATE_QUIZ, {
    input: {
      versionId: course.versionId,
      moduleId: course.moduleIds[0],
      bankId: createQuestionBank.id,
      title: 'Module 1 quiz',
      passingScorePercent: 70,
      ...options.quiz,
    },
  });
  const { quiz } = await author.ok<{
    quiz: {
      bank: {
        questions: {
          id: string;
          objectiveTag: string;
          options: { id: string; isCorrect: boolean }[];
        }[];
      };
    };
  }>(BANK_KEY, { id: createQuiz.id });
  const key = new Map(
    quiz.bank.questions.map((question) => [
      question.id,
      question.options.filter((option) => option.isCorrect).map((option) => option.id),
    ]),
  );
  const objectiveOf = new Map(quiz.bank.questions.map((q) => [q.id, q.objectiveTag]));
  if (options.publish !== false) await publish(author, admin, course.versionId);
  return { ...course, bankId: createQuestionBank.id, quizId: createQuiz.id, key, objectiveOf };
}

/** Answers every question of an attempt: right when `right(i)` says so, else a wrong option. */
export async function answerAll(
  learner: GraphQLClient,
  attempt: AttemptView,
  key: Map<string, string[]>,
  right: (index: number) => boolean,
): Promise<void> {
  for (const [index, question] of attempt.questions.entries()) {
    const correct = key.get(question.questionId)!;
    const wrong = question.options.map((o) => o.id).filter((id) => !correct.includes(id));
    await learner.ok(SAVE, {
      input: {
        attemptId: attempt.id,
        questionId: question.questionId,
        selectedOptionIds: right(index) ? correct : [wrong[0]],
      },
    });
  }
}

export const ENROLL = /* GraphQL */ `
  mutation Enroll($courseId: ID!) {
    enroll(courseId: $courseId) {
      id
      status
      versionId
    }
  }
`;

/** Enrols the learner (idempotent) and starts, or resumes, an attempt at the course's quiz. */
export async function startAttempt(
  client: GraphQLClient,
  course: { courseId: string; quizId: string },
): Promise<AttemptView> {
  await client.ok(ENROLL, { courseId: course.courseId });
  return (await client.ok<{ startQuizAttempt: AttemptView }>(START, { quizId: course.quizId }))
    .startQuizAttempt;
}

/** What a quiz says to its viewer: the author's plan, or the learner's own limits. */
export const QUIZ_POLICY = /* GraphQL */ `
  query QuizPolicy($id: ID!) {
    quiz(id: $id) {
      id
      retakeWaitMinutes
      blueprint {
        objective
        count
      }
      blueprintPlan {
        rows {
          objective
          count
          poolSize
        }
        problems
        freshAttempts
        retakesMayRepeat
      }
      viewerPolicy {
        maxAttempts
        timeLimitSeconds
        attemptsUsed
        nextAttemptAt
        retakeWaitMinutes
      }
    }
  }
`;

export interface QuizPolicyView {
  id: string;
  retakeWaitMinutes: number;
  blueprint: { objective: string; count: number }[] | null;
  blueprintPlan: {
    rows: { objective: string; count: number; poolSize: number }[];
    problems: string[];
    freshAttempts: number;
    retakesMayRepeat: boolean;
  } | null;
  viewerPolicy: {
    maxAttempts: number | null;
    timeLimitSeconds: number | null;
    attemptsUsed: number;
    nextAttemptAt: string | null;
    retakeWaitMinutes: number;
  } | null;
}

export const GRANT_ACCOMMODATION = /* GraphQL */ `
  mutation Grant($input: GrantQuizAccommodationInput!) {
    grantQuizAccommodation(input: $input) {
      id
      quizId
      userId
      learnerName
      extraAttempts
      extraTimePercent
      reason
      grantedBy
      grantedAt
    }
  }
`;

export const ACCOMMODATIONS = /* GraphQL */ `
  query Accommodations($quizId: ID!) {
    quizAccommodations(quizId: $quizId) {
      userId
      learnerName
      extraAttempts
      extraTimePercent
      reason
    }
  }
`;

export const MY_ATTEMPTS = /* GraphQL */ `
  query MyAttempts($quizId: ID!) {
    myQuizAttempts(quizId: $quizId) {
      ...AttemptFields
    }
  }
  ${ATTEMPT_FIELDS}
`;

/** Submits an attempt and returns what its learner sees of it. */
export async function submitAttempt(
  client: GraphQLClient,
  attemptId: string,
): Promise<AttemptView> {
  return (await client.ok<{ submitQuizAttempt: AttemptView }>(SUBMIT_ATTEMPT, { attemptId }))
    .submitQuizAttempt;
}
