import {
  bankReport,
  freshAttempts,
  guessSuccess,
  objectivePools,
  passProbability,
  passWithinAttempts,
  planBlueprint,
  QuestionType,
  type BlueprintRow,
  type CheckedItem,
  type GuessStrategy,
  type LessonText,
} from '@fascicle/assessment';
import {
  courseTime,
  coverageProblems,
  disclosureProblems,
  timeProblems,
  type CourseTime,
} from '@fascicle/catalog';
import { lessonBody } from './lesson-body.js';
import type { Curriculum, CurriculumCourse, CurriculumQuestion, CurriculumQuiz } from './model.js';

/** A test-wise guesser passes the final exam within its attempts less often than this. */
export const MAX_GUESSER_PASS = 0.01;
export const GUESSERS: readonly GuessStrategy[] = ['LONGEST_OPTION', 'ALWAYS_FALSE'];

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkedItem(question: CurriculumQuestion): CheckedItem {
  return {
    id: question.id,
    type: QuestionType[question.type],
    stem: question.stem,
    options: question.options.map((option) => ({ text: option.text, isCorrect: option.correct })),
  };
}

/** What the platform will estimate for the course, from the text it will store. */
export function curriculumCourseTime(course: CurriculumCourse): CourseTime {
  return courseTime({
    lessons: course.modules
      .flatMap((module) => module.lessons)
      .map((lesson) => ({ bodyMarkdown: lessonBody(lesson), pilot: lesson.pilot })),
    quizQuestions: courseQuizzes(course).map((quiz) => quiz.questionCount ?? quiz.questions.length),
  });
}

export function courseQuizzes(course: CurriculumCourse): CurriculumQuiz[] {
  return [
    ...course.modules.flatMap((module) => (module.quiz ? [module.quiz] : [])),
    ...(course.finalExam ? [course.finalExam] : []),
  ];
}

export function quizBlueprint(quiz: CurriculumQuiz): BlueprintRow[] {
  return planBlueprint(objectivePools(quiz.questions), quiz.questionCount).rows;
}

/**
 * The gates the API applies at submit and publish, and the item checks its editor shows,
 * applied to the files, so the seed never needs an override. Item warnings count as
 * problems here: our own content is held to every check, not only the limits.
 */
export function creditProblems(curriculum: Curriculum, today: string): string[] {
  const problems: string[] = [];
  const keysBySlug = new Map(
    curriculum.courses.map((course) => [course.slug, course.learningObjectives.map((o) => o.key)]),
  );
  const seenKeys = new Map<string, string>();
  for (const course of curriculum.courses) {
    const at = `${course.directory}/course.yaml`;
    for (const { key } of course.learningObjectives) {
      if (!KEY.test(key))
        problems.push(`${at}: objective key ${key} must be lower-case words and hyphens`);
      const other = seenKeys.get(key);
      if (other) problems.push(`${at}: objective key ${key} is also used in ${other}`);
      seenKeys.set(key, at);
    }
    problems.push(...courseCreditProblems(course, keysBySlug, curriculum, today));
  }
  const { program } = curriculum;
  if (!/didactic|coursework/i.test(program.title) || /\blevel\s*\d/i.test(program.title)) {
    problems.push(
      `program.yaml: the title "${program.title}" must say it is didactic coursework and not read as a needling level`,
    );
  }
  return problems;
}

function courseCreditProblems(
  course: CurriculumCourse,
  keysBySlug: ReadonlyMap<string, string[]>,
  curriculum: Curriculum,
  today: string,
): string[] {
  const at = `${course.directory}/course.yaml`;
  const problems: string[] = [];
  const lessons = course.modules.flatMap((module) => module.lessons);
  const time = curriculumCourseTime(course);
  const gated = lessons.map((lesson, index) => ({
    id: lesson.file,
    title: lesson.title,
    seatTimeMinutes: lesson.seatTimeMinutes,
    time: time.lessons[index]!,
  }));
  for (const problem of timeProblems({
    claimedMinutes: course.creditMinutes,
    supportedMinutes: time.supportedMinutes,
    lessons: gated,
  })) {
    problems.push(`${at}: ${problem.message}`);
  }
  for (const problem of disclosureProblems(
    course.disclosure,
    {
      releasedOn: null,
      creditEndsOn: course.creditEndsOn,
      contentReviewedOn: course.contentReviewedOn,
    },
    today,
  )) {
    problems.push(`${at}: ${problem.field}: ${problem.message}`);
  }

  const ownKeys = keysBySlug.get(course.slug) ?? [];
  // The final exam reviews the whole program: it may draw on every required course's objectives.
  const examKeys = new Set([
    ...ownKeys,
    ...course.prerequisites.flatMap((slug) => keysBySlug.get(slug) ?? []),
  ]);
  const assessed = new Set<string>();
  const lessonTexts = lessonsFor(course, curriculum);
  for (const quiz of courseQuizzes(course)) {
    const isExam = quiz === course.finalExam;
    const allowed = isExam ? examKeys : new Set(ownKeys);
    for (const question of quiz.questions) {
      if (!allowed.has(question.objective)) {
        problems.push(
          `${question.source} (${question.id}): objective ${question.objective} is not one of ${isExam ? 'the program' : 'the course'}'s objective keys`,
        );
      }
    }
    problems.push(...quizProblems(quiz, isExam ? lessonTexts : ownLessons(course)));
    for (const row of quizBlueprint(quiz)) assessed.add(row.objective);
    if (!isExam && (quiz.maxAttempts === null || quiz.retakeWaitMinutes <= 0)) {
      problems.push(
        `${quiz.questionFiles.join(', ')}: a module quiz sets maxAttempts and retakeWaitMinutes`,
      );
    }
  }
  for (const problem of coverageProblems({
    objectiveKeys: ownKeys,
    objectiveTexts: course.learningObjectives.map((o) => o.text),
    quizCount: courseQuizzes(course).length,
    assessedKeys: assessed,
  })) {
    problems.push(`${at}: ${problem.message}`);
  }
  if (course.finalExam) problems.push(...guesserProblems(course, course.finalExam));
  if (!course.scopeStatement.trim()) problems.push(`${at}: scopeStatement is empty`);
  return problems;
}

function quizProblems(quiz: CurriculumQuiz, lessons: LessonText[]): string[] {
  const where = quiz.questionFiles.join(', ');
  const problems = planBlueprint(objectivePools(quiz.questions), quiz.questionCount).problems.map(
    (problem) => `${where}: ${problem.message}`,
  );
  const report = bankReport(quiz.questions.map(checkedItem), lessons);
  for (const finding of report.findings) problems.push(`${where}: ${finding.message}`);
  report.items.forEach((item, index) => {
    const question = quiz.questions[index]!;
    for (const warning of item.warnings) {
      problems.push(`${question.source} (${question.id}): ${warning.message}`);
    }
  });
  return problems;
}

function ownLessons(course: CurriculumCourse): LessonText[] {
  return course.modules
    .flatMap((module) => module.lessons)
    .map((lesson) => ({ title: lesson.title, text: lesson.body }));
}

/** The lessons of the course and of every course it requires. */
function lessonsFor(course: CurriculumCourse, curriculum: Curriculum): LessonText[] {
  const slugs = new Set([course.slug, ...course.prerequisites]);
  return curriculum.courses.filter((c) => slugs.has(c.slug)).flatMap(ownLessons);
}

export interface GuesserOdds {
  strategy: GuessStrategy;
  perAttempt: number;
  withinAttempts: number;
}

/** Exact chance that each guesser passes one attempt, and at most within every attempt allowed. */
export function guesserOdds(quiz: CurriculumQuiz): GuesserOdds[] {
  const planned = quizBlueprint(quiz);
  // A bank the blueprint cannot fill is refused; its odds are those of a plain random draw.
  const uniform = planned.length === 0;
  const objective = (question: CurriculumQuestion) => (uniform ? '*' : question.objective);
  const rows = uniform
    ? [{ objective: '*', count: quiz.questionCount ?? quiz.questions.length }]
    : planned;
  return GUESSERS.map((strategy) => {
    const pools = new Map<string, number[]>();
    for (const question of quiz.questions) {
      const list = pools.get(objective(question)) ?? [];
      list.push(guessSuccess(checkedItem(question), strategy));
      pools.set(objective(question), list);
    }
    const perAttempt = passProbability(pools, rows, quiz.passingScorePercent);
    return {
      strategy,
      perAttempt,
      withinAttempts: passWithinAttempts(perAttempt, quiz.maxAttempts ?? Infinity),
    };
  });
}

function guesserProblems(course: CurriculumCourse, exam: CurriculumQuiz): string[] {
  const problems: string[] = [];
  if (exam.maxAttempts === null) {
    problems.push(
      `${course.directory}/course.yaml finalExam: set maxAttempts (unlimited attempts let any guesser pass)`,
    );
  }
  for (const odds of guesserOdds(exam)) {
    if (odds.withinAttempts >= MAX_GUESSER_PASS) {
      problems.push(
        `${course.directory}/course.yaml finalExam: a ${odds.strategy} guesser passes within ${exam.maxAttempts} attempts with probability up to ${odds.withinAttempts.toFixed(4)}; keep it under ${MAX_GUESSER_PASS}`,
      );
    }
  }
  return problems;
}

/** Attempts that can each draw questions no earlier attempt had (see freshAttempts). */
export function quizFreshAttempts(quiz: CurriculumQuiz): number {
  return freshAttempts(quizBlueprint(quiz), objectivePools(quiz.questions));
}
