import { lessonsBeforeQuiz, type GateLesson } from './quiz-gate.js';

const lessons: GateLesson[] = [
  { id: 'a1', moduleId: 'a', title: 'Anatomy of the trapezius' },
  { id: 'a2', moduleId: 'a', title: 'Lung apex and depth' },
  { id: 'b1', moduleId: 'b', title: 'Clean technique' },
];

describe('lessonsBeforeQuiz', () => {
  it("asks a module quiz for its own module's unfinished lessons only, in course order", () => {
    expect(lessonsBeforeQuiz('a', lessons, new Set(['b1'])).map((l) => l.id)).toEqual(['a1', 'a2']);
    expect(lessonsBeforeQuiz('a', lessons, new Set(['a1', 'a2']))).toEqual([]);
  });

  it('asks the final exam for every unfinished lesson of the course', () => {
    expect(lessonsBeforeQuiz(null, lessons, new Set(['a1'])).map((l) => l.id)).toEqual([
      'a2',
      'b1',
    ]);
    expect(lessonsBeforeQuiz(null, lessons, new Set(['a1', 'a2', 'b1']))).toEqual([]);
  });
});
