import type { EntityManager } from 'typeorm';

/**
 * Who may attempt a version's quizzes. Assessment does not know (learning does: its enrolled
 * learners), so it declares this and receives the implementation under ATTEMPT_ELIGIBILITY at
 * start-up (see AttemptEligibilityModule). Asked inside the attempt's transaction, through
 * its manager: a refusal vetoes the start.
 */
export interface AttemptEligibility {
  mayAttempt(manager: EntityManager, userId: string, versionId: string): Promise<boolean>;
}

export const ATTEMPT_ELIGIBILITY = Symbol('ATTEMPT_ELIGIBILITY');
