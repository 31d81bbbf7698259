import {
  countWords,
  courseTime,
  lessonTime,
  maxSeatTimeMinutes,
  MINUTES_PER_QUESTION,
  quizMinutes,
  READING_WORDS_PER_MINUTE,
} from './instructional-time.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('countWords', () => {
  it('counts the words a learner reads, not the Markdown around them', () => {
    expect(countWords('## A heading\n\n- **bold** item\n- [a link](https://x.test/y) here')).toBe(
      7,
    );
    expect(countWords('Figures count: 19.18 % of 7,629 treatments')).toBe(6);
  });

  it('leaves out the references list at the end', () => {
    const body = `${words(10)}\n\n## References\n\n1. Brady S. ${words(40)}`;
    expect(countWords(body)).toBe(10);
  });

  it('does not count bare punctuation, URLs or images', () => {
    expect(countWords('one — two ![diagram](https://x.test/a.png) https://x.test/page three')).toBe(
      3,
    );
  });
});

describe('lessonTime', () => {
  it('reads words at the documented rate', () => {
    const time = lessonTime({ bodyMarkdown: words(1800) });
    expect(time.words).toBe(1800);
    expect(time.minutes).toBeCloseTo(1800 / READING_WORDS_PER_MINUTE);
    expect(time.source).toBe('WORD_COUNT');
  });

  it('adds media durations', () => {
    const time = lessonTime({ bodyMarkdown: words(180), mediaSeconds: [120, 60] });
    expect(time.minutes).toBeCloseTo(4);
  });

  it('lets a pilot of three or more testers replace the estimate, and nothing less', () => {
    const body = words(180);
    expect(
      lessonTime({ bodyMarkdown: body, pilot: { testers: 3, medianMinutes: 7.5 } }),
    ).toMatchObject({ minutes: 7.5, source: 'PILOT', readingMinutes: 1 });
    expect(
      lessonTime({ bodyMarkdown: body, pilot: { testers: 2, medianMinutes: 30 } }).minutes,
    ).toBe(1);
    expect(lessonTime({ bodyMarkdown: body, pilot: { testers: 5, medianMinutes: 0 } }).source).toBe(
      'WORD_COUNT',
    );
  });
});

describe('maxSeatTimeMinutes', () => {
  it('allows 20 % over the estimate, and at least the estimate rounded up', () => {
    expect(maxSeatTimeMinutes(10)).toBe(12);
    expect(maxSeatTimeMinutes(10.7)).toBe(12);
    expect(maxSeatTimeMinutes(0.5)).toBe(1);
    expect(maxSeatTimeMinutes(3)).toBe(3);
  });
});

describe('courseTime', () => {
  it('adds lesson time and the questions drawn, and rounds the total down', () => {
    const time = courseTime({
      lessons: [{ bodyMarkdown: words(900) }, { bodyMarkdown: words(540) }],
      quizQuestions: [5, 25],
    });
    expect(time.lessonMinutes).toBeCloseTo(8);
    expect(time.quizMinutes).toBeCloseTo(30 * MINUTES_PER_QUESTION);
    expect(time.supportedMinutes).toBe(Math.floor(8 + 55.5));
  });

  it("counts a lesson's video seconds in the minutes the course supports", () => {
    const time = courseTime({
      lessons: [{ bodyMarkdown: words(180), mediaSeconds: [150, 3] }, { bodyMarkdown: words(180) }],
      quizQuestions: [],
    });
    expect(time.lessons[0]).toMatchObject({ readingMinutes: 1, source: 'WORD_COUNT' });
    expect(time.lessons[0]!.mediaMinutes).toBeCloseTo(153 / 60);
    expect(time.lessonMinutes).toBeCloseTo(2 + 153 / 60);
    expect(time.supportedMinutes).toBe(4);
  });

  it('supports one minute for a one-line lesson with no quiz', () => {
    const time = courseTime({ lessons: [{ bodyMarkdown: words(200) }], quizQuestions: [] });
    expect(time.supportedMinutes).toBe(1);
    expect(quizMinutes(0)).toBe(0);
  });
});
