import { ReviewContent as C, ReviewTiming as T, reviewVisibility } from './review-policy.js';

const submitted = {
  submitted: true,
  passedAny: false,
  attemptsUsed: 1,
  maxAttempts: 3,
  attemptInProgress: false,
  retakesMayRepeat: false,
};

describe('reviewVisibility', () => {
  it('shows nothing before submission, whatever the policy', () => {
    for (const content of Object.values(C)) {
      for (const timing of Object.values(T)) {
        expect(reviewVisibility({ content, timing }, { ...submitted, submitted: false })).toEqual({
          score: false,
          correctness: false,
          key: false,
        });
      }
    }
  });

  it('after each attempt, shows what the content setting allows', () => {
    const after = (content: C) =>
      reviewVisibility({ content, timing: T.AFTER_EACH_ATTEMPT }, submitted);
    expect(after(C.SCORE_ONLY)).toEqual({ score: true, correctness: false, key: false });
    expect(after(C.SCORE_AND_CORRECTNESS)).toEqual({ score: true, correctness: true, key: false });
    expect(after(C.FULL_EXPLANATIONS)).toEqual({ score: true, correctness: true, key: true });
  });

  it('holds back all but the score until the learner passes or runs out of attempts', () => {
    const policy = { content: C.FULL_EXPLANATIONS, timing: T.AFTER_PASSING_OR_LAST_ATTEMPT };
    expect(reviewVisibility(policy, submitted)).toEqual({
      score: true,
      correctness: false,
      key: false,
    });
    expect(reviewVisibility(policy, { ...submitted, passedAny: true }).key).toBe(true);
    expect(reviewVisibility(policy, { ...submitted, attemptsUsed: 3 }).key).toBe(true);
  });

  it('with unlimited attempts, opens only on passing', () => {
    const policy = { content: C.FULL_EXPLANATIONS, timing: T.AFTER_PASSING_OR_LAST_ATTEMPT };
    const unlimited = { ...submitted, attemptsUsed: 50, maxAttempts: null };
    expect(reviewVisibility(policy, unlimited).key).toBe(false);
  });

  it('after each attempt holds the key back while a retry could meet the same questions', () => {
    const policy = { content: C.FULL_EXPLANATIONS, timing: T.AFTER_EACH_ATTEMPT };
    const repeating = { ...submitted, retakesMayRepeat: true };
    expect(reviewVisibility(policy, repeating)).toEqual({
      score: true,
      correctness: false,
      key: false,
    });
    expect(reviewVisibility(policy, { ...repeating, attemptsUsed: 3 }).key).toBe(true);
    expect(reviewVisibility(policy, { ...repeating, passedAny: true }).key).toBe(true);
  });

  it('shows no more than the score while another attempt is in progress', () => {
    const policy = { content: C.FULL_EXPLANATIONS, timing: T.AFTER_EACH_ATTEMPT };
    expect(reviewVisibility(policy, { ...submitted, attemptInProgress: true })).toEqual({
      score: true,
      correctness: false,
      key: false,
    });
  });
});
