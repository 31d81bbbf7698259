import { describe, expect, it } from 'vitest';
import {
  attemptsLine,
  fromNow,
  hiddenReviewReason,
  localDateTime,
  retakeWaitLine,
  retakeWaitMessage,
  reviewRule,
  timeLimitLine,
} from './policy';

const quiz = { maxAttempts: 3, timeLimitSeconds: 20 * 60 };

describe('the attempt policy in words', () => {
  it('says the time limit, and an accommodation beside the quiz’s own', () => {
    expect(timeLimitLine(quiz, quiz)).toBe('Time limit 20 min');
    expect(timeLimitLine(quiz, { ...quiz, timeLimitSeconds: 30 * 60 })).toBe(
      'Time limit 30 min (with your extra time; the quiz allows 20 min)',
    );
    expect(timeLimitLine(quiz, { ...quiz, timeLimitSeconds: null })).toBe(
      'No time limit for you (an accommodation)',
    );
    const untimed = { maxAttempts: null, timeLimitSeconds: null };
    expect(timeLimitLine(untimed, untimed)).toBe('No time limit');
  });

  it('counts attempts used against those allowed, extra attempts said as such', () => {
    expect(attemptsLine(quiz, quiz, 0)).toBe('0 of 3 attempts used');
    expect(attemptsLine(quiz, { ...quiz, maxAttempts: 5 }, 2)).toBe(
      '2 of 5 attempts used (with your extra attempts; the quiz allows 3)',
    );
    expect(attemptsLine({ ...quiz, maxAttempts: 1 }, { ...quiz, maxAttempts: 1 }, 1)).toBe(
      '1 of 1 attempt used',
    );
    const unlimited = { ...quiz, maxAttempts: null };
    expect(attemptsLine(unlimited, unlimited, 4)).toBe('Unlimited attempts');
  });

  it('says the wait after a failed attempt only when there is one', () => {
    expect(retakeWaitLine(0)).toBeNull();
    expect(retakeWaitLine(90)).toBe(
      'After an attempt that does not pass, the next may start 1 h 30 min later.',
    );
  });

  it('explains when the answers show, never promising a key a retry could use', () => {
    expect(reviewRule('SCORE_ONLY', 'AFTER_EACH_ATTEMPT')).toBe(
      'This quiz shows your score only, never the answers.',
    );
    expect(reviewRule('FULL_EXPLANATIONS', 'AFTER_PASSING_OR_LAST_ATTEMPT')).toBe(
      'The right answers and their explanations are shown once you pass or have used your last attempt.',
    );
    expect(reviewRule('SCORE_AND_CORRECTNESS', 'AFTER_EACH_ATTEMPT')).toBe(
      'Which of your answers were right is shown after each attempt, unless a retry could draw the same questions: then once you pass or have used your last attempt.',
    );
  });
});

describe('hiddenReviewReason', () => {
  it('says why an attempt shows only its score', () => {
    expect(hiddenReviewReason('SCORE_ONLY', 'AFTER_EACH_ATTEMPT')).toBe(
      'This quiz shows your score only, never the answers.',
    );
    expect(hiddenReviewReason('FULL_EXPLANATIONS', 'AFTER_EACH_ATTEMPT')).toBe(
      'A retry could draw these questions again, so which answers were right is shown once you pass or have used your last attempt.',
    );
    expect(hiddenReviewReason('FULL_EXPLANATIONS', 'AFTER_PASSING_OR_LAST_ATTEMPT')).toBe(
      'Which answers were right is shown once you pass or have used your last attempt.',
    );
  });
});

describe('the wait before the next attempt', () => {
  const now = new Date('2026-03-02T14:00:00Z');
  const utc = (at: Date) => localDateTime(at, { timeZone: 'UTC' });

  it('is nothing once the time has come', () => {
    expect(retakeWaitMessage(null, now)).toBeNull();
    expect(retakeWaitMessage('2026-03-02T14:00:00Z', now)).toBeNull();
    expect(retakeWaitMessage('2026-03-02T13:00:00Z', now)).toBeNull();
  });

  it('gives the time on the reader’s clock and how long that is from now', () => {
    const message = retakeWaitMessage('2026-03-02T14:29:10Z', now, utc);
    expect(message).toMatch(/^Your last attempt did not pass\. The next may start at /);
    expect(message).toContain(utc(new Date('2026-03-02T14:29:10Z')));
    expect(message).toMatch(/\(in 30 minutes\)\.$/);
  });

  it('rounds long waits to hours and days', () => {
    expect(fromNow(new Date('2026-03-02T14:00:20Z'), now)).toBe('in 1 minute');
    expect(fromNow(new Date('2026-03-02T17:10:00Z'), now)).toBe('in about 3 hours');
    expect(fromNow(new Date('2026-03-05T14:00:00Z'), now)).toBe('in about 3 days');
  });
});
