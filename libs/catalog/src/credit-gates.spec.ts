import { coverageProblems, timeProblems } from './credit-gates.js';
import { lessonTime } from './instructional-time.js';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('timeProblems', () => {
  const lesson = (seatTimeMinutes: number, wordCount = 1800) => ({
    id: 'l1',
    title: 'Pleura',
    seatTimeMinutes,
    time: lessonTime({ bodyMarkdown: words(wordCount) }),
  });

  it('refuses a claim above what the content supports, naming the field', () => {
    const problems = timeProblems({
      claimedMinutes: 480,
      supportedMinutes: 1,
      lessons: [lesson(1, 10)],
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'CLAIM_EXCEEDS_SUPPORTED', field: 'creditMinutes' }),
    ]);
  });

  it('refuses a lesson requiring more than its estimate plus the tolerance', () => {
    expect(
      timeProblems({ claimedMinutes: 10, supportedMinutes: 10, lessons: [lesson(12)] }),
    ).toEqual([]);
    expect(
      timeProblems({ claimedMinutes: 10, supportedMinutes: 10, lessons: [lesson(13)] }),
    ).toEqual([
      expect.objectContaining({
        code: 'SEAT_TIME_ABOVE_ESTIMATE',
        field: 'lessons.l1.seatTimeMinutes',
        message: expect.stringContaining('require at most 12'),
      }),
    ]);
  });

  it('measures against the pilot when there is one', () => {
    const piloted = {
      ...lesson(30),
      time: lessonTime({ bodyMarkdown: words(1800), pilot: { testers: 4, medianMinutes: 28 } }),
    };
    expect(timeProblems({ claimedMinutes: 28, supportedMinutes: 28, lessons: [piloted] })).toEqual(
      [],
    );
  });
});

describe('coverageProblems', () => {
  const objectives = { objectiveKeys: ['a', 'b'], objectiveTexts: ['Define A', 'Explain B'] };

  it('asks for an assessment when there is no quiz', () => {
    expect(coverageProblems({ ...objectives, quizCount: 0, assessedKeys: new Set() })).toEqual([
      expect.objectContaining({ code: 'NO_ASSESSMENT', field: 'quizzes' }),
    ]);
  });

  it('names each objective no quiz draws for', () => {
    expect(coverageProblems({ ...objectives, quizCount: 1, assessedKeys: new Set(['a']) })).toEqual(
      [
        expect.objectContaining({
          code: 'OBJECTIVE_NOT_ASSESSED',
          field: 'learningObjectives.b',
          message: expect.stringContaining('Explain B'),
        }),
      ],
    );
    expect(
      coverageProblems({ ...objectives, quizCount: 2, assessedKeys: new Set(['a', 'b']) }),
    ).toEqual([]);
  });
});
