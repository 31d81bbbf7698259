import { defaultContentDir } from './content-dir.js';
import { loadStateRules, stateRulesProblems } from '@fascicle/regulation';
import { allQuestions, curriculumProblems } from './curriculum-problems.js';
import { curriculumCourseTime, quizBlueprint } from './credit-checks.js';
import { loadCurriculum } from './load-curriculum.js';

/**
 * The content check over the real curriculum files: what the seed will publish must pass
 * every rule a CE course is held to. The rules themselves are tested on broken fixtures in
 * curriculum-problems.spec.ts, so this test can fail.
 */
describe('the seeded curriculum', () => {
  const curriculum = loadCurriculum(defaultContentDir());
  const today = new Date().toISOString().slice(0, 10);

  it('breaks no content rule', () => {
    expect(curriculumProblems(curriculum)).toEqual([]);
  });

  it('has the eight courses of the didactic program, in prerequisite order', () => {
    expect(curriculum.courses.map((course) => course.slug)).toEqual([
      'dry-needling-foundations',
      'dry-needling-mechanism',
      'dry-needling-safety',
      'dry-needling-technique',
      'dry-needling-regional-safety',
      'dry-needling-complications',
      'dry-needling-evidence',
      'dry-needling-practice',
    ]);
    expect(curriculum.program.courses).toEqual(curriculum.courses.map((course) => course.slug));
    expect(curriculum.program.validityMonths).toBe(24);
    expect(curriculum.program.scopeStatement).toMatch(/does not by itself authorise/);
  });

  it('claims at least 600 minutes (12 contact hours of 50 minutes), all of them supported', () => {
    const claimed = curriculum.courses.reduce((sum, course) => sum + course.creditMinutes, 0);
    expect(claimed).toBeGreaterThanOrEqual(600);
  });

  it('closes with a final exam drawn by blueprint from 120 or more questions over 12 or more objectives', () => {
    const closing = curriculum.courses.at(-1)!;
    const exam = closing.finalExam!;
    expect(exam.questions.length).toBeGreaterThanOrEqual(120);
    expect(
      new Set(exam.questions.map((question) => question.objective)).size,
    ).toBeGreaterThanOrEqual(12);
    expect(quizBlueprint(exam).length).toBeGreaterThanOrEqual(12);
    expect(closing.prerequisites).toEqual(curriculum.courses.slice(0, -1).map((c) => c.slug));
  });

  it('renders the state table from the one data file, whose every row stands on a primary source', () => {
    const rules = loadStateRules();
    expect(stateRulesProblems(rules, today)).toEqual([]);
    expect(rules.states.length).toBeGreaterThanOrEqual(15);
    const lessons = curriculum.courses.flatMap((course) =>
      course.modules.flatMap((module) => module.lessons),
    );
    const withTable = lessons.filter((lesson) => lesson.body.includes('| State | Status |'));
    expect(withTable.map((lesson) => lesson.file)).toHaveLength(1);
    for (const state of rules.states)
      expect(withTable[0]!.body).toContain(`${state.name} (${state.code})`);
  });

  it('claims no more minutes than the content supports', () => {
    for (const course of curriculum.courses) {
      expect(course.creditMinutes).toBeGreaterThan(0);
      expect(course.creditMinutes).toBeLessThanOrEqual(
        curriculumCourseTime(course).supportedMinutes,
      );
    }
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
