/** What a learner sees of a submitted attempt. */
export enum ReviewContent {
  SCORE_ONLY = 'SCORE_ONLY',
  SCORE_AND_CORRECTNESS = 'SCORE_AND_CORRECTNESS',
  FULL_EXPLANATIONS = 'FULL_EXPLANATIONS',
}

/** When the review beyond the score becomes visible. */
export enum ReviewTiming {
  AFTER_EACH_ATTEMPT = 'AFTER_EACH_ATTEMPT',
  AFTER_PASSING_OR_LAST_ATTEMPT = 'AFTER_PASSING_OR_LAST_ATTEMPT',
}

export interface ReviewState {
  submitted: boolean;
  /** Whether the learner has passed this quiz in any attempt. */
  passedAny: boolean;
  /** Submitted attempts only: one in progress is not yet "used". */
  attemptsUsed: number;
  maxAttempts: number | null;
  /** Whether the learner has an attempt open right now (on this quiz). */
  attemptInProgress: boolean;
  /**
   * Whether a later attempt could draw a question this learner has already answered (the
   * bank cannot give every allowed attempt questions of its own: see `freshAttempts`).
   */
  retakesMayRepeat: boolean;
}

export interface ReviewVisibility {
  score: boolean;
  /** Which questions were right or wrong. */
  correctness: boolean;
  /** The correct options and the explanations. */
  key: boolean;
}

const NOTHING: ReviewVisibility = { score: false, correctness: false, key: false };

/**
 * The one rule deciding what an attempt's review may show. Nothing before submission;
 * the score always after; correctness and the key as the quiz allows, and with
 * AFTER_PASSING_OR_LAST_ATTEMPT only once the learner has passed or has no attempt left
 * (so the key cannot be read and then used on a retry). AFTER_EACH_ATTEMPT means the same
 * while a retry could meet the same questions: every quiz counts toward credit, so a key is
 * never shown while it could answer a later attempt. Nothing beyond the score shows while
 * the learner has another attempt in progress.
 */
export function reviewVisibility(
  policy: { content: ReviewContent; timing: ReviewTiming },
  state: ReviewState,
): ReviewVisibility {
  if (!state.submitted) return NOTHING;
  const finished =
    state.passedAny || (state.maxAttempts !== null && state.attemptsUsed >= state.maxAttempts);
  // While another attempt is open, an earlier attempt's key would answer it.
  const eachAttempt = policy.timing === ReviewTiming.AFTER_EACH_ATTEMPT && !state.retakesMayRepeat;
  const open = !state.attemptInProgress && (eachAttempt || finished);
  return {
    score: true,
    correctness: open && policy.content !== ReviewContent.SCORE_ONLY,
    key: open && policy.content === ReviewContent.FULL_EXPLANATIONS,
  };
}
