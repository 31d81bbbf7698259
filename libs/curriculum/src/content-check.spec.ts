import { defaultContentDir } from './content-dir.js';
import { allQuestions, curriculumProblems, MIN_FINAL_EXAM_BANK } from './curriculum-problems.js';
import { curriculumCourseTime } from './credit-checks.js';
import { loadCurriculum } from './load-curriculum.js';

/**
 * The content check over the real curriculum files: what the seed will publish must pass
 * every rule a CE course is held to. The rules themselves are tested on broken fixtures in
 * curriculum-problems.spec.ts, so this test can fail.
 */
describe('the seeded curriculum', () => {
  const curriculum = loadCurriculum(defaultContentDir());

  it('breaks no content rule', () => {
    expect(curriculumProblems(curriculum)).toEqual([]);
  });

  it('has the four courses of the Level 1 program, in prerequisite order', () => {
    expect(curriculum.courses.map((course) => course.slug)).toEqual([
      'dry-needling-foundations',
      'dry-needling-mechanism',
      'dry-needling-safety',
      'dry-needling-technique',
    ]);
    expect(curriculum.program.courses).toEqual(curriculum.courses.map((course) => course.slug));
    expect(curriculum.program.validityMonths).toBe(24);
    expect(curriculum.program.scopeStatement).toMatch(/does not by itself authorise/);
  });

  it('claims no more minutes than the content supports', () => {
    for (const course of curriculum.courses) {
      expect(course.creditMinutes).toBeGreaterThan(0);
      expect(course.creditMinutes).toBeLessThanOrEqual(
        curriculumCourseTime(course).supportedMinutes,
      );
    }
  });

  it('draws the final exam from a bank of at least 60 questions', () => {
    const exam = curriculum.courses.find((course) => course.finalExam)!.finalExam!;
    expect(exam.questions.length).toBeGreaterThanOrEqual(MIN_FINAL_EXAM_BANK);
    expect(exam.questionCount).toBeGreaterThanOrEqual(25);
  });

  it('cites its sources in every question and lesson', () => {
    for (const question of allQuestions(curriculum)) {
      expect(question.reference.length).toBeGreaterThan(10);
      expect(question.explanation.length).toBeGreaterThan(20);
    }
    for (const course of curriculum.courses) {
      for (const lesson of course.modules.flatMap((module) => module.lessons)) {
        expect(lesson.body).toMatch(/^## References$/m);
      }
    }
  });

  it('marks every approval record as a sample', () => {
    for (const course of curriculum.courses) {
      expect(course.approval?.approvalNumber).toMatch(/^SAMPLE-/);
      expect(course.approval?.body).toMatch(/sample/i);
    }
  });
});
