import type { ReviewContent, ReviewTiming } from '../../../gql/graphql';
import { duration } from '../../../ui/format';

/** The quiz as its author set it, beside the limits as they apply to this learner. */
export interface QuizLimits {
  maxAttempts: number | null;
  timeLimitSeconds: number | null;
}

const minutes = (seconds: number) => duration(Math.ceil(seconds / 60));

/** "Time limit 20 min", or with an accommodation "Time limit 30 min (with your extra time; …)". */
export function timeLimitLine(quiz: QuizLimits, mine: QuizLimits): string {
  if (mine.timeLimitSeconds === null) {
    return quiz.timeLimitSeconds === null
      ? 'No time limit'
      : 'No time limit for you (an accommodation)';
  }
  const line = `Time limit ${minutes(mine.timeLimitSeconds)}`;
  if (quiz.timeLimitSeconds !== null && mine.timeLimitSeconds > quiz.timeLimitSeconds) {
    return `${line} (with your extra time; the quiz allows ${minutes(quiz.timeLimitSeconds)})`;
  }
  return line;
}

/** "1 of 3 attempts used", "Unlimited attempts", with an accommodation said as such. */
export function attemptsLine(quiz: QuizLimits, mine: QuizLimits, used: number): string {
  if (mine.maxAttempts === null) {
    return quiz.maxAttempts === null
      ? 'Unlimited attempts'
      : 'Unlimited attempts for you (an accommodation)';
  }
  const line = `${used} of ${mine.maxAttempts} ${mine.maxAttempts === 1 ? 'attempt' : 'attempts'} used`;
  if (quiz.maxAttempts !== null && mine.maxAttempts > quiz.maxAttempts) {
    return `${line} (with your extra attempts; the quiz allows ${quiz.maxAttempts})`;
  }
  return line;
}

/** "After an attempt that does not pass, the next may start 30 min later." */
export function retakeWaitLine(retakeWaitMinutes: number): string | null {
  if (retakeWaitMinutes <= 0) return null;
  return `After an attempt that does not pass, the next may start ${duration(retakeWaitMinutes)} later.`;
}

/**
 * When the right answers show. The server decides per attempt; this says the rule in words:
 * a quiz that counts toward credit never shows its key while it could answer a later attempt.
 */
export function reviewRule(content: ReviewContent, timing: ReviewTiming): string {
  if (content === 'SCORE_ONLY') return 'This quiz shows your score only, never the answers.';
  const what =
    content === 'FULL_EXPLANATIONS'
      ? 'The right answers and their explanations are'
      : 'Which of your answers were right is';
  if (timing === 'AFTER_PASSING_OR_LAST_ATTEMPT') {
    return `${what} shown once you pass or have used your last attempt.`;
  }
  return (
    `${what} shown after each attempt, unless a retry could draw the same questions: ` +
    'then once you pass or have used your last attempt.'
  );
}

/** Why a submitted attempt shows its score and nothing more. */
export function hiddenReviewReason(content: ReviewContent, timing: ReviewTiming): string {
  if (content === 'SCORE_ONLY') return 'This quiz shows your score only, never the answers.';
  const rest = 'which answers were right is shown once you pass or have used your last attempt.';
  return timing === 'AFTER_EACH_ATTEMPT'
    ? `A retry could draw these questions again, so ${rest}`
    : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** "in 12 minutes", "in about 3 hours", "in about 2 days". */
export function fromNow(at: Date, now: Date): string {
  const minutesLeft = Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000));
  if (minutesLeft < 90) return `in ${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.round(minutesLeft / 60);
  if (hours < 48) return `in about ${hours} hours`;
  return `in about ${Math.round(hours / 24)} days`;
}

/** The reader's local date and time, e.g. "Mar 2, 2:45 PM". */
export function localDateTime(at: Date, options: Intl.DateTimeFormatOptions = {}): string {
  return at.toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...options,
  });
}

/**
 * After a failed attempt, when the next may start, or null when it may start now.
 * `formatTime` is the reader's clock by default (a test passes a fixed zone).
 */
export function retakeWaitMessage(
  nextAttemptAt: string | null,
  now: Date,
  formatTime: (at: Date) => string = (at) => localDateTime(at),
): string | null {
  if (!nextAttemptAt) return null;
  const at = new Date(nextAttemptAt);
  if (at.getTime() <= now.getTime()) return null;
  return `Your last attempt did not pass. The next may start at ${formatTime(at)} (${fromNow(at, now)}).`;
}
