import { curriculumProblems } from './curriculum-problems.js';
import type {
  Curriculum,
  CurriculumCourse,
  CurriculumLesson,
  CurriculumQuestion,
} from './model.js';

function question(id: string, overrides: Partial<CurriculumQuestion> = {}): CurriculumQuestion {
  return {
    id,
    type: 'SINGLE_CHOICE',
    objective: 'an-objective',
    stem: `Which option is right for ${id}?`,
    options: [
      { text: 'Right', correct: true },
      { text: 'Wrong', correct: false },
    ],
    explanation: 'Because the source says so.',
    reference: 'Author A. A title. Journal. 2020.',
    source: 'quizzes/q.yaml',
    ...overrides,
  };
}

function lesson(file: string, overrides: Partial<CurriculumLesson> = {}): CurriculumLesson {
  return {
    file,
    title: file,
    seatTimeMinutes: 30,
    objectives: ['Explain something.'],
    body: 'Text.\n\n## References\n\n1. One.\n2. Two.',
    references: [
      { citation: 'One.', url: null },
      { citation: 'Two.', url: null },
    ],
    ...overrides,
  };
}

function quiz(prefix: string, count: number) {
  return {
    title: `${prefix} quiz`,
    questionFiles: ['quizzes/q.yaml'],
    questions: Array.from({ length: count }, (_, index) => question(`${prefix}-${index}`)),
    passingScorePercent: 80,
    questionCount: null,
    timeLimitMinutes: null,
    maxAttempts: null,
  };
}

/** A sound one-course curriculum: three 30-minute lessons (1.5 hours) and a final exam. */
function sound(): Curriculum {
  const course: CurriculumCourse = {
    directory: 'courses/01-only',
    slug: 'only',
    title: 'Only',
    summary: 'CE hours: one per 60 minutes of seat time, rounded down to the quarter hour.',
    audience: 'PTs',
    ceHours: 1.5,
    certificateValidityMonths: null,
    learningObjectives: ['Do it.'],
    topicTags: [],
    prerequisites: [],
    approval: { body: 'Sample approval', approvalNumber: 'SAMPLE-1' },
    modules: [
      { title: 'M1', lessons: [lesson('a.md'), lesson('b.md')], quiz: quiz('m1', 8) },
      { title: 'M2', lessons: [lesson('c.md')], quiz: quiz('m2', 8) },
    ],
    finalExam: { ...quiz('fx', 60), questionCount: 25 },
  };
  return {
    courses: [course],
    program: { slug: 'p', title: 'P', description: 'D', validityMonths: 24, courses: ['only'] },
  };
}

describe('curriculumProblems', () => {
  it('finds nothing wrong with sound content', () => {
    expect(curriculumProblems(sound())).toEqual([]);
  });

  it.each<[string, (curriculum: Curriculum) => void, RegExp]>([
    [
      'a lesson with one reference',
      (c) => (c.courses[0].modules[0].lessons[0].references = [{ citation: 'One.', url: null }]),
      /a\.md: 1 references/,
    ],
    [
      'a lesson without objectives',
      (c) => (c.courses[0].modules[0].lessons[0].objectives = []),
      /a\.md: no objectives/,
    ],
    [
      'CE hours that do not match the seat time',
      (c) => (c.courses[0].ceHours = 2),
      /ceHours 2 but 90 minutes of seat time make 1.5/,
    ],
    [
      'too few lessons',
      (c) => (c.courses[0].modules = [c.courses[0].modules[0]]),
      /3–6 lessons, not 2/,
    ],
    [
      'a short module quiz',
      (c) => c.courses[0].modules[1].quiz!.questions.pop(),
      /at least 8 questions, not 7/,
    ],
    [
      'a small final exam bank',
      (c) => c.courses[0].finalExam!.questions.pop(),
      /the bank has 59 questions/,
    ],
    [
      'a final exam that draws too few',
      (c) => (c.courses[0].finalExam!.questionCount = 20),
      /draws 20; at least 25/,
    ],
    [
      'a single-choice question with two right answers',
      (c) => (c.courses[0].modules[0].quiz!.questions[0].options[1].correct = true),
      /m1-0\): a single-choice question has exactly one correct option/,
    ],
    [
      'a multiple-choice question where every option is right',
      (c) =>
        Object.assign(c.courses[0].modules[0].quiz!.questions[0], {
          type: 'MULTIPLE_CHOICE',
          options: ['x', 'y', 'z'].map((text) => ({ text, correct: true })),
        }),
      /at least one incorrect option/,
    ],
    [
      'the same question twice',
      (c) => (c.courses[0].modules[1].quiz!.questions[0].stem = 'Which option is right for M1-0?'),
      /m2-0\): the same question as/,
    ],
    [
      'a real-looking approval number',
      (c) => (c.courses[0].approval!.approvalNumber = 'TX-2024-118'),
      /starts with SAMPLE-/,
    ],
    [
      'a summary that does not state the rounding',
      (c) => (c.courses[0].summary = 'A course.'),
      /must state how hours are counted/,
    ],
    [
      'raw HTML in a lesson',
      (c) => (c.courses[0].modules[0].lessons[0].body += '\n<script>x</script>'),
      /raw HTML/,
    ],
    [
      'a program naming a missing course',
      (c) => c.program.courses.push('missing'),
      /no course has the slug missing/,
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    const curriculum = sound();
    breakIt(curriculum);
    expect(curriculumProblems(curriculum).join('\n')).toMatch(expected);
  });
});
