import { completionProblems, type CompletionInput, isComplete, lessonDone } from './completion.js';

describe('completion', () => {
  const complete: CompletionInput = {
    lessons: [
      { lessonId: 'l1', requiredSeconds: 600, creditedSeconds: 600 },
      { lessonId: 'l2', requiredSeconds: 300, creditedSeconds: 420 },
    ],
    requiredQuizzes: [{ quizId: 'q1', passed: true }],
    evaluationSubmitted: true,
    emailVerified: true,
  };

  it('is complete when every lesson, quiz and the evaluation are done', () => {
    expect(completionProblems(complete)).toEqual([]);
    expect(isComplete(complete)).toBe(true);
  });

  it('is complete without required quizzes', () => {
    expect(isComplete({ ...complete, requiredQuizzes: [] })).toBe(true);
  });

  it('names every lesson short of its seat time, with the seconds remaining', () => {
    const input: CompletionInput = {
      ...complete,
      lessons: [
        { lessonId: 'l1', requiredSeconds: 600, creditedSeconds: 599 },
        { lessonId: 'l2', requiredSeconds: 300, creditedSeconds: 0 },
      ],
    };
    expect(completionProblems(input)).toEqual([
      { kind: 'LESSON_SEAT_TIME', lessonId: 'l1', remainingSeconds: 1 },
      { kind: 'LESSON_SEAT_TIME', lessonId: 'l2', remainingSeconds: 300 },
    ]);
    expect(isComplete(input)).toBe(false);
  });

  it('asks for 95% of the video to be seen playing, not only the seat time', () => {
    const video = { lessonId: 'l1', requiredSeconds: 60, creditedSeconds: 60, videoSeconds: 600 };
    expect(
      completionProblems({ ...complete, lessons: [{ ...video, watchedSeconds: 100 }] }),
    ).toEqual([{ kind: 'LESSON_VIDEO', lessonId: 'l1', remainingSeconds: 470 }]);
    expect(lessonDone({ ...video, watchedSeconds: 100 })).toBe(false);
    expect(lessonDone({ ...video, watchedSeconds: 570 })).toBe(true);
    expect(lessonDone({ ...video, watchedSeconds: 569 })).toBe(false);
    // Watching is not reading: the seat time still counts on its own.
    expect(lessonDone({ ...video, creditedSeconds: 59, watchedSeconds: 600 })).toBe(false);
    expect(lessonDone({ lessonId: 'l2', requiredSeconds: 60, creditedSeconds: 60 })).toBe(true);
  });

  it('names every required quiz not passed', () => {
    const input = {
      ...complete,
      requiredQuizzes: [
        { quizId: 'q1', passed: false },
        { quizId: 'q2', passed: true },
      ],
    };
    expect(completionProblems(input)).toEqual([{ kind: 'QUIZ_NOT_PASSED', quizId: 'q1' }]);
  });

  it('requires the evaluation', () => {
    expect(completionProblems({ ...complete, evaluationSubmitted: false })).toEqual([
      { kind: 'EVALUATION_MISSING' },
    ]);
  });

  it('issues nothing in the name of an unverified address', () => {
    expect(completionProblems({ ...complete, emailVerified: false })).toEqual([
      { kind: 'EMAIL_NOT_VERIFIED' },
    ]);
  });

  it('never completes a course without lessons', () => {
    const input = { ...complete, lessons: [] };
    expect(completionProblems(input)).toEqual([{ kind: 'NO_LESSONS' }]);
    expect(isComplete(input)).toBe(false);
  });

  it('lists every problem at once', () => {
    const input: CompletionInput = {
      lessons: [{ lessonId: 'l1', requiredSeconds: 60, creditedSeconds: 30 }],
      requiredQuizzes: [{ quizId: 'q1', passed: false }],
      evaluationSubmitted: false,
      emailVerified: false,
    };
    expect(completionProblems(input).map((p) => p.kind)).toEqual([
      'LESSON_SEAT_TIME',
      'QUIZ_NOT_PASSED',
      'EVALUATION_MISSING',
      'EMAIL_NOT_VERIFIED',
    ]);
  });
});
