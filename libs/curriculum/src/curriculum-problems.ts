import { QuestionType, questionProblems } from '@fascicle/assessment';
import { creditProblems } from './credit-checks.js';
import { lessonSourceProblems } from './lesson-sources.js';
import type {
  Curriculum,
  CurriculumCourse,
  CurriculumLesson,
  CurriculumQuestion,
  CurriculumQuiz,
} from './model.js';

export const LESSONS_PER_COURSE = { min: 3, max: 6 };
export const MIN_MODULE_QUIZ_QUESTIONS = 8;
export const MIN_FINAL_EXAM_BANK = 120;
export const MIN_FINAL_EXAM_OBJECTIVES = 12;
export const MIN_FINAL_EXAM_DRAW = 25;

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What the program as a whole must offer: at least 600 claimed minutes (12 contact hours of
 * 50 minutes) across at least 7 courses. The tests of the rules lower these for their
 * one-course fixture; the content check uses them as they are.
 */
export const PROGRAM_SIZE = { minMinutes: 600, minCourses: 7 };

/**
 * Everything that keeps the curriculum from being published as a CE course should be:
 * returned as sentences naming the file, empty when the content is sound. `today`
 * (YYYY-MM-DD) dates the disclosure checks: a content review expires.
 */
export function curriculumProblems(
  curriculum: Curriculum,
  today = new Date().toISOString().slice(0, 10),
  size = PROGRAM_SIZE,
): string[] {
  const problems: string[] = [];
  const minutes = curriculum.courses
    .filter((course) => curriculum.program.courses.includes(course.slug))
    .reduce((sum, course) => sum + course.creditMinutes, 0);
  if (minutes < size.minMinutes) {
    problems.push(
      `program.yaml: its courses claim ${minutes} minutes; at least ${size.minMinutes}`,
    );
  }
  if (curriculum.program.courses.length < size.minCourses) {
    problems.push(
      `program.yaml: ${curriculum.program.courses.length} courses; at least ${size.minCourses}`,
    );
  }
  const slugs = curriculum.courses.map((course) => course.slug);
  curriculum.courses.forEach((course, index) => {
    problems.push(...courseProblems(course, slugs.slice(0, index)));
  });
  problems.push(...questionSetProblems(allQuestions(curriculum)));

  const exams = curriculum.courses.filter((course) => course.finalExam);
  if (exams.length !== 1)
    problems.push(`exactly one course holds the final exam (${exams.length})`);
  for (const course of exams) problems.push(...finalExamProblems(course, course.finalExam!));

  const { program } = curriculum;
  for (const slug of program.courses) {
    if (!slugs.includes(slug)) problems.push(`program.yaml: no course has the slug ${slug}`);
  }
  if (exams.length === 1 && !program.courses.includes(exams[0].slug)) {
    problems.push('program.yaml: the program must require the course with the final exam');
  }
  problems.push(...creditProblems(curriculum, today));
  return problems;
}

export function allQuestions(curriculum: Curriculum): CurriculumQuestion[] {
  return curriculum.courses.flatMap((course) => [
    ...course.modules.flatMap((module) => module.quiz?.questions ?? []),
    ...(course.finalExam?.questions ?? []),
  ]);
}

function courseProblems(course: CurriculumCourse, earlierSlugs: string[]): string[] {
  const at = `${course.directory}/course.yaml`;
  const problems: string[] = [];
  const lessons = course.modules.flatMap((module) => module.lessons);
  if (lessons.length < LESSONS_PER_COURSE.min || lessons.length > LESSONS_PER_COURSE.max) {
    problems.push(
      `${at}: a course has ${LESSONS_PER_COURSE.min}–${LESSONS_PER_COURSE.max} lessons, not ${lessons.length}`,
    );
  }
  if (course.learningObjectives.length === 0) problems.push(`${at}: no learning objectives`);
  if (course.corrects.length && !course.versionNotes) {
    problems.push(
      `${at}: corrects ${course.corrects.join(' and ')} content but versionNotes does not say what changed`,
    );
  }
  if (course.approval && !/^SAMPLE-/.test(course.approval.approvalNumber)) {
    problems.push(`${at}: a seeded approval is a sample; its number starts with SAMPLE-`);
  }
  for (const slug of course.prerequisites) {
    if (!earlierSlugs.includes(slug)) {
      problems.push(`${at}: prerequisite ${slug} is not a course seeded before this one`);
    }
  }
  for (const module of course.modules) {
    if (module.lessons.length === 0)
      problems.push(`${at}: module "${module.title}" has no lessons`);
    if (!module.quiz) problems.push(`${at}: module "${module.title}" has no quiz`);
    else if (module.quiz.questions.length < MIN_MODULE_QUIZ_QUESTIONS) {
      problems.push(
        `${module.quiz.questionFiles.join(', ')}: a module quiz has at least ${MIN_MODULE_QUIZ_QUESTIONS} questions, not ${module.quiz.questions.length}`,
      );
    }
  }
  for (const lesson of lessons) {
    problems.push(...lessonProblems(lesson, lesson.reviewedOn ?? course.contentReviewedOn));
  }
  for (const objective of course.learningObjectives) {
    if (PSYCHOMOTOR.test(objective.text)) {
      problems.push(`${at}: objective ${objective.key} ${HANDS_ON_ONLY}`);
    }
  }
  return problems;
}

/**
 * A skill is shown with the hands, not chosen in a quiz: an objective that starts with one of
 * these verbs cannot be assessed online and belongs in `handsOnObjectives`.
 */
const PSYCHOMOTOR = /^(?:perform|palpate|locate|demonstrate|needle|insert|execute|manipulate)\b/i;
const HANDS_ON_ONLY =
  'is a skill an online quiz cannot assess: write what the learner knows or decides, and list the skill under handsOnObjectives';

export function lessonProblems(lesson: CurriculumLesson, reviewedOn: string): string[] {
  const problems: string[] = [];
  if (lesson.objectives.length === 0) problems.push(`${lesson.file}: no objectives`);
  for (const objective of lesson.objectives) {
    if (PSYCHOMOTOR.test(objective)) {
      problems.push(`${lesson.file}: the objective "${objective}" ${HANDS_ON_ONLY}`);
    }
  }
  if (!Number.isInteger(lesson.seatTimeMinutes) || lesson.seatTimeMinutes < 1) {
    problems.push(`${lesson.file}: seatTimeMinutes must be a whole number of minutes`);
  }
  problems.push(...lessonSourceProblems(lesson, reviewedOn));
  if (/<[a-z][^>]*>/i.test(lesson.body)) problems.push(`${lesson.file}: raw HTML is not allowed`);
  return problems;
}

export function questionSetProblems(questions: CurriculumQuestion[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const question of questions) {
    const at = `${question.source} (${question.id})`;
    for (const problem of questionProblems(
      QuestionType[question.type],
      question.options.map((option) => ({ text: option.text, isCorrect: option.correct })),
    )) {
      problems.push(`${at}: ${problem}`);
    }
    if (!TAG.test(question.id)) problems.push(`${at}: id must be lower-case words and hyphens`);
    if (!TAG.test(question.objective)) {
      problems.push(`${at}: objective must be lower-case words and hyphens`);
    }
    const seenId = ids.get(question.id);
    if (seenId) problems.push(`${at}: the id is also used in ${seenId}`);
    ids.set(question.id, question.source);
    const stem = normalize(question.stem);
    const seenStem = stems.get(stem);
    if (seenStem) problems.push(`${at}: the same question as ${seenStem}`);
    stems.set(stem, at);
  }
  return problems;
}

function finalExamProblems(course: CurriculumCourse, exam: CurriculumQuiz): string[] {
  const at = `${course.directory}/course.yaml finalExam`;
  const problems: string[] = [];
  if (exam.questions.length < MIN_FINAL_EXAM_BANK) {
    problems.push(
      `${at}: the bank has ${exam.questions.length} questions; at least ${MIN_FINAL_EXAM_BANK}`,
    );
  }
  const objectives = new Set(exam.questions.map((question) => question.objective)).size;
  if (objectives < MIN_FINAL_EXAM_OBJECTIVES) {
    problems.push(
      `${at}: the bank covers ${objectives} objectives; at least ${MIN_FINAL_EXAM_OBJECTIVES}`,
    );
  }
  const draw = exam.questionCount ?? exam.questions.length;
  if (draw < MIN_FINAL_EXAM_DRAW || draw > exam.questions.length) {
    problems.push(`${at}: draws ${draw}; at least ${MIN_FINAL_EXAM_DRAW}, at most the bank`);
  }
  return problems;
}

/** Two stems are the same question if they differ only in case, spacing or punctuation. */
function normalize(stem: string): string {
  return stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
