import type { EligibilityVerdict } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

/**
 * Each verdict in plain words, shared by the learner's page and the clinic's roster. The
 * badge says it short; `meaning` says what to do about it.
 */
export const VERDICT_LOOK: Record<
  EligibilityVerdict,
  { tone: Tone; words: string; meaning: string }
> = {
  ELIGIBLE: {
    tone: 'ok',
    words: 'Eligible',
    meaning: 'Your record meets every requirement of the rule on record, confirmed by its sources.',
  },
  CHECK_WITH_BOARD: {
    tone: 'info',
    words: 'Check with the board',
    meaning:
      'Your record meets every requirement on record, but the rule on record is incomplete: ask the board what else it asks.',
  },
  MISSING_REQUIREMENTS: {
    tone: 'warn',
    words: 'Requirements missing',
    meaning: 'Some requirements are not met yet: see what is missing below.',
  },
  NOT_PERMITTED: {
    tone: 'danger',
    words: 'Not permitted',
    meaning: 'This state does not permit physical therapists to dry needle.',
  },
  RULES_PENDING: {
    tone: 'neutral',
    words: 'Rules pending',
    meaning: 'The law permits it once the board adopts its rules; until then, no one qualifies.',
  },
  UNKNOWN: {
    tone: 'neutral',
    words: 'Unknown',
    meaning: 'No primary source on record settles it for this date: ask the board.',
  },
};

/** The verdicts that answer "may needle here" yes, as the compliance filter counts them. */
export const MAY_NEEDLE: EligibilityVerdict[] = ['ELIGIBLE', 'CHECK_WITH_BOARD'];
