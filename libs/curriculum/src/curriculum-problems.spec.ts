import { curriculumProblems } from './curriculum-problems.js';
import { CredentialKind } from '@fascicle/catalog';
import type {
  Curriculum,
  CurriculumCourse,
  CurriculumLesson,
  CurriculumQuestion,
  CurriculumQuiz,
} from './model.js';

function question(id: string, overrides: Partial<CurriculumQuestion> = {}): CurriculumQuestion {
  const n = Number(id.split('-').pop()) || 0;
  const at = n % 4;
  return {
    id,
    type: 'SINGLE_CHOICE',
    objective: n % 2 ? 'only-b' : 'only-a',
    stem: `Which option is right for ${id}?`,
    // Options alike in length, the key moving between them: no cue for a guesser.
    options: [0, 1, 2, 3].map((index) => ({ text: `Choice ${index}`, correct: index === at })),
    explanation: 'Because the source says so.',
    reference: 'Author A. A title. Journal. 2020.',
    source: 'quizzes/q.yaml',
    ...overrides,
  };
}

/** 360 words: two minutes at 180 words a minute. */
const BODY = `${Array.from({ length: 360 }, (_, i) => `word${i}`).join(' ')}\n\n## References\n\n1. One. 2019.\n2. Two. 2023.\n3. Three. 2001.`;

function lesson(file: string, overrides: Partial<CurriculumLesson> = {}): CurriculumLesson {
  return {
    file,
    title: file,
    seatTimeMinutes: 3,
    objectives: ['Explain something.'],
    pilot: null,
    body: BODY,
    references: [
      { citation: 'One. 2019.', url: null },
      { citation: 'Two. 2023.', url: null },
      { citation: 'Three. 2001.', url: null },
    ],
    recentSourceNone: null,
    reviewedOn: null,
    ...overrides,
  };
}

function quiz(prefix: string, count: number, questionCount: number | null = 4): CurriculumQuiz {
  return {
    title: `${prefix} quiz`,
    questionFiles: ['quizzes/q.yaml'],
    questions: Array.from({ length: count }, (_, index) => question(`${prefix}-${index}`)),
    passingScorePercent: 80,
    questionCount,
    timeLimitMinutes: null,
    maxAttempts: 3,
    retakeWaitMinutes: 10,
  };
}

const TODAY = '2026-12-03';
/** The fixture is one course of 60 minutes; the real program's limits are tested below. */
const FIXTURE_SIZE = { minMinutes: 60, minCourses: 1 };

/** The final exam reviews twelve objectives: the module quizzes' two and ten more. */
const EXAM_KEYS = ['only-a', 'only-b', ...Array.from({ length: 10 }, (_, i) => `only-x${i}`)];

function finalExam(): CurriculumQuiz {
  const exam = { ...quiz('fx', 120, 25), timeLimitMinutes: 60 };
  exam.questions.forEach((q, index) => (q.objective = EXAM_KEYS[index % EXAM_KEYS.length]!));
  return exam;
}

/** A sound one-course curriculum: three lessons, two module quizzes and a final exam. */
function sound(): Curriculum {
  const course: CurriculumCourse = {
    directory: 'courses/01-only',
    slug: 'only',
    title: 'Only',
    summary: 'A course.',
    audience: 'PTs',
    creditMinutes: 60,
    credentialKind: CredentialKind.DIDACTIC,
    scopeStatement: 'Didactic coursework only.',
    certificateValidityMonths: null,
    learningObjectives: EXAM_KEYS.map((key) => ({ key, text: `Do ${key}.` })),
    handsOnObjectives: [],
    disclosure: {
      contributors: [
        {
          name: 'A Writer',
          credentials: 'PT',
          role: 'Author',
          relationships: [],
          mitigation: null,
        },
      ],
      commercialSupport: [],
    },
    contentReviewedOn: '2026-12-01',
    creditEndsOn: '2029-11-30',
    topicTags: [],
    prerequisites: [],
    approval: {
      body: 'Sample approval',
      approvalNumber: 'SAMPLE-1',
      minutesPerHour: 50,
      increment: 0.25,
    },
    modules: [
      { title: 'M1', lessons: [lesson('a.md'), lesson('b.md')], quiz: quiz('m1', 8) },
      { title: 'M2', lessons: [lesson('c.md')], quiz: quiz('m2', 8) },
    ],
    finalExam: finalExam(),
    versionNotes: null,
    knownLimits: [],
    corrects: [],
  };
  return {
    courses: [course],
    program: {
      slug: 'p',
      title: 'P didactic coursework',
      description: 'D',
      credentialKind: CredentialKind.DIDACTIC,
      scopeStatement: 'Didactic coursework only.',
      validityMonths: 24,
      courses: ['only'],
    },
  };
}

const first = (c: Curriculum) => c.courses[0]!;
const moduleQuiz = (c: Curriculum) => first(c).modules[0]!.quiz!;

describe('curriculumProblems', () => {
  it('finds nothing wrong with sound content', () => {
    expect(curriculumProblems(sound(), TODAY, FIXTURE_SIZE)).toEqual([]);
  });

  it('accepts a figure cited in its own paragraph, and an old topic that says why', () => {
    const c = sound();
    const lesson = c.courses[0]!.modules[0]!.lessons[0]!;
    lesson.body = `Pleura lay 19 mm deep on ultrasound (Mitchell et al. 2019).\n\n${BODY}`;
    lesson.references[1]!.citation = 'Two. 2002.';
    lesson.recentSourceNone = 'Nothing on this question has been published since 2019.';
    expect(curriculumProblems(c, TODAY, FIXTURE_SIZE)).toEqual([]);
  });

  it.each<[string, (curriculum: Curriculum) => void, RegExp]>([
    [
      'a lesson with two references',
      (c) => c.courses[0].modules[0].lessons[0].references.pop(),
      /a\.md: 2 references under "## References"; at least 3/,
    ],
    [
      'a reference without its year',
      (c) => (c.courses[0].modules[0].lessons[0].references[2] = { citation: 'Three.', url: null }),
      /a\.md: reference 3 gives no year of publication/,
    ],
    [
      'a lesson whose newest source is older than five years before its review',
      (c) => (c.courses[0].modules[0].lessons[0].references[1]!.citation = 'Two. 2020.'),
      /a\.md: no reference from 2021 or later/,
    ],
    [
      'a figure with no source and year beside it',
      (c) =>
        (c.courses[0].modules[0].lessons[0].body = `Pleura lies 19 mm deep in slim adults.\n\n${BODY}`),
      /a\.md: a figure without its source and year: "Pleura lies 19 mm deep/,
    ],
    [
      'a figure in a table row without its source',
      (c) =>
        (c.courses[0].modules[0].lessons[0].body = `| Muscle | Depth |\n| --- | --- |\n| Rhomboid | 6.3 mm |\n\n${BODY}`),
      /a\.md: a figure without its source and year: "\| Rhomboid \| 6\.3 mm \|"/,
    ],
    [
      'a psychomotor lesson objective',
      (c) => (c.courses[0].modules[0].lessons[0].objectives = ['Palpate the upper trapezius.']),
      /a\.md: the objective "Palpate the upper trapezius\." is a skill an online quiz cannot assess/,
    ],
    [
      'a psychomotor course objective',
      (c) => (c.courses[0].learningObjectives[0]!.text = 'Perform pincer palpation.'),
      /course\.yaml: objective only-a is a skill an online quiz cannot assess/,
    ],
    [
      'a lesson without objectives',
      (c) => (c.courses[0].modules[0].lessons[0].objectives = []),
      /a\.md: no objectives/,
    ],
    [
      'a claim above what the content supports',
      (c) => (first(c).creditMinutes = 480),
      /claims 480 minutes of instruction but its content supports \d+/,
    ],
    [
      'a lesson requiring three times its reading time',
      (c) => (first(c).modules[0]!.lessons[0]!.seatTimeMinutes = 9),
      /requires 9 minutes but its estimate is 2\.\d; require at most \d/,
    ],
    [
      'a question tagged with no objective of the course',
      (c) => (moduleQuiz(c).questions[0]!.objective = 'elsewhere'),
      /m1-0\): objective elsewhere is not one of the course's objective keys/,
    ],
    [
      'an objective no quiz assesses',
      (c) => first(c).learningObjectives.push({ key: 'only-c', text: 'Do C.' }),
      /No quiz draws a question for the objective "Do C\." \(only-c\)/,
    ],
    [
      'a bank whose keys are the longest options',
      (c) =>
        moduleQuiz(c).questions.forEach((q) => {
          q.options.find((o) => o.correct)!.text = 'The complete, qualified and longest answer';
        }),
      /In 8 of 8 single-choice questions the correct option is the longest/,
    ],
    [
      'true/false keys that are mostly false',
      (c) => {
        const tf = (id: string, answer: boolean) =>
          question(id, {
            type: 'TRUE_FALSE',
            stem: `Statement ${id} holds.`,
            options: [
              { text: 'True', correct: answer },
              { text: 'False', correct: !answer },
            ],
          });
        moduleQuiz(c).questions.push(...['t1', 't2', 't3', 't4'].map((id) => tf(id, false)));
        moduleQuiz(c).questions.push(tf('t5', true));
      },
      /4 of 5 true\/false questions are false/,
    ],
    [
      '"all of the above"',
      (c) => (moduleQuiz(c).questions[1]!.options[3]!.text = 'All of the above'),
      /All\/none of the above/,
    ],
    [
      'a final exam a guesser can pass',
      (c) => {
        const exam = first(c).finalExam!;
        exam.passingScorePercent = 20;
      },
      /guesser passes within 3 attempts with probability up to/,
    ],
    [
      'a module quiz without an attempt policy',
      (c) => (moduleQuiz(c).retakeWaitMinutes = 0),
      /sets maxAttempts and retakeWaitMinutes/,
    ],
    [
      'a missing disclosure',
      (c) => (first(c).disclosure.contributors = []),
      /disclosure\.contributors: Disclose who wrote/,
    ],
    [
      'a program titled like a needling qualification',
      (c) => (c.program.title = 'Dry Needling Level 1'),
      /must say it is didactic coursework/,
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
      /the bank has 119 questions; at least 120/,
    ],
    [
      'a final exam over too few objectives',
      (c) => c.courses[0].finalExam!.questions.forEach((q, i) => (q.objective = EXAM_KEYS[i % 2]!)),
      /the bank covers 2 objectives; at least 12/,
    ],
    [
      'a correction without a word on what changed',
      (c) => (first(c).corrects = ['SAFETY']),
      /course\.yaml: corrects SAFETY content but versionNotes does not say what changed/,
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
      (c) =>
        (c.courses[0]!.modules[1]!.quiz!.questions[0]!.stem = 'Which option is right for M1-0?'),
      /m2-0\): the same question as/,
    ],
    [
      'a real-looking approval number',
      (c) => (c.courses[0].approval!.approvalNumber = 'TX-2024-118'),
      /starts with SAMPLE-/,
    ],
    [
      'raw HTML in a lesson',
      (c) => (c.courses[0].modules[0].lessons[0].body += '\n<script>x</script>'),
      /raw HTML/,
    ],
    [
      'a program shorter than its limit',
      (c) => (first(c).creditMinutes = 59),
      /program\.yaml: its courses claim 59 minutes; at least 60/,
    ],
    [
      'a program of too few courses',
      (c) => (c.program.courses = []),
      /program\.yaml: 0 courses; at least 1/,
    ],
    [
      'a program naming a missing course',
      (c) => c.program.courses.push('missing'),
      /no course has the slug missing/,
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    const curriculum = sound();
    breakIt(curriculum);
    expect(curriculumProblems(curriculum, TODAY, FIXTURE_SIZE).join('\n')).toMatch(expected);
  });
});
