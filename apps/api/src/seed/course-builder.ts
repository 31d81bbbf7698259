import {
  MultipleChoiceScoring,
  QuestionType,
  ReviewContent,
  ReviewTiming,
} from '@fascicle/assessment';
import {
  lessonBody,
  type CurriculumCourse,
  type CurriculumLesson,
  type CurriculumQuestion,
  type CurriculumQuiz,
} from '@fascicle/curriculum';
import type { Principal } from '../identity/auth/principal.js';
import type { SeedServices } from './seed-services.js';

/** The course's description, as `createCourse` and `updateCourseVersion` take it. */
export function courseFields(course: CurriculumCourse) {
  return {
    title: course.title,
    summary: course.summary,
    audience: course.audience,
    creditMinutes: course.creditMinutes,
    credentialKind: course.credentialKind,
    scopeStatement: course.scopeStatement,
    disclosure: course.disclosure,
    contentReviewedOn: course.contentReviewedOn,
    creditEndsOn: course.creditEndsOn,
    certificateValidityMonths: course.certificateValidityMonths,
    learningObjectives: course.learningObjectives.map((objective) => objective.text),
    objectiveKeys: course.learningObjectives.map((objective) => objective.key),
    topicTags: course.topicTags,
    handsOnObjectives: course.handsOnObjectives,
    // The curriculum files do not say yet; the demo learners take quizzes in any order.
    quizzesAfterLessons: false,
  };
}

/**
 * Writes a course's modules, lessons, question banks and quizzes into an empty draft
 * version, as its author, through the authoring services.
 */
export async function buildVersionContent(
  services: SeedServices,
  versionId: string,
  course: CurriculumCourse,
  author: Principal,
): Promise<void> {
  for (const [index, module] of course.modules.entries()) {
    const created = await services.content.addModule(
      {
        versionId,
        title: module.title,
        objectives: module.lessons.flatMap((lesson) => lesson.objectives).slice(0, 20),
      },
      author,
    );
    for (const lesson of module.lessons) {
      await services.content.addLesson({ moduleId: created.id, ...lessonFields(lesson) }, author);
    }
    if (module.quiz) {
      await addQuiz(services, versionId, created.id, module.quiz, `Module ${index + 1}`, author);
    }
  }
  if (course.finalExam) {
    await addQuiz(services, versionId, null, course.finalExam, 'Final exam', author);
  }
}

/** Removes everything buildVersionContent writes, from a draft copied off the last version. */
export async function clearVersionContent(
  services: SeedServices,
  versionId: string,
  author: Principal,
): Promise<void> {
  const [quizzes] = await services.assessment.quizzesByVersionIds([versionId]);
  for (const quiz of quizzes) await services.quizzes.removeQuiz(quiz.id, author);
  const [banks] = await services.assessment.banksByVersionIds([versionId]);
  for (const bank of banks) await services.banks.removeBank(bank.id, author);
  const [modules] = await services.catalog.modulesByVersionIds([versionId]);
  for (const module of modules) await services.content.removeModule(module.id, author);
}

function lessonFields(lesson: CurriculumLesson) {
  return {
    title: lesson.title,
    bodyMarkdown: lessonBody(lesson),
    seatTimeMinutes: lesson.seatTimeMinutes,
    references: lesson.references.map(({ citation, url }) => ({ citation, url })),
  };
}

async function addQuiz(
  services: SeedServices,
  versionId: string,
  moduleId: string | null,
  quiz: CurriculumQuiz,
  bankLabel: string,
  author: Principal,
): Promise<void> {
  const bank = await services.banks.createBank(
    { versionId, title: `${bankLabel} questions` },
    author,
  );
  // The whole bank in one transaction (417 questions one by one were 3,300 statements).
  await services.banks.addQuestions(bank.id, quiz.questions.map(questionFields), author);
  await services.quizzes.createQuiz(
    {
      versionId,
      moduleId,
      bankId: bank.id,
      title: quiz.title,
      passingScorePercent: quiz.passingScorePercent,
      questionCount: quiz.questionCount,
      timeLimitSeconds: quiz.timeLimitMinutes === null ? null : quiz.timeLimitMinutes * 60,
      maxAttempts: quiz.maxAttempts,
      retakeWaitMinutes: quiz.retakeWaitMinutes,
      // Module quizzes teach: explanations after each attempt (held back while a retry could
      // meet the same questions). The final exam examines: which answers were wrong, only once
      // passed or out of attempts.
      reviewContent: moduleId
        ? ReviewContent.FULL_EXPLANATIONS
        : ReviewContent.SCORE_AND_CORRECTNESS,
      reviewTiming: moduleId
        ? ReviewTiming.AFTER_EACH_ATTEMPT
        : ReviewTiming.AFTER_PASSING_OR_LAST_ATTEMPT,
      scoring: MultipleChoiceScoring.ALL_OR_NOTHING,
      shuffleOptions: true,
      shuffleQuestions: true,
    },
    author,
  );
}

function questionFields(question: CurriculumQuestion) {
  return {
    type: QuestionType[question.type],
    stemMarkdown: question.stem,
    options: question.options.map((option) => ({ text: option.text, isCorrect: option.correct })),
    explanationMarkdown: question.explanation,
    reference: question.reference,
    objectiveTag: question.objective,
  };
}
