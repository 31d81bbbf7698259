import type { EntityManager } from 'typeorm';

/** Why a learner may not start a quiz yet. */
export type AttemptRefusal =
  | { reason: 'NOT_ENROLLED' }
  /** The course asks for lessons before quizzes; these (titles, in course order) are left. */
  | { reason: 'LESSONS_UNFINISHED'; lessons: string[] };

/** The quiz as the rule sees it: its version, and its module (null for the final exam). */
export interface QuizPlace {
  versionId: string;
  moduleId: string | null;
}

/**
 * Who may attempt a version's quizzes, and when. Assessment does not know (learning does: its
 * enrolled learners and the lessons they finished), so it declares this and receives the
 * implementation under ATTEMPT_ELIGIBILITY at start-up (see AttemptEligibilityModule). Asked
 * inside the attempt's transaction, through its manager: a refusal vetoes the start.
 */
export interface AttemptEligibility {
  refusal(manager: EntityManager, userId: string, quiz: QuizPlace): Promise<AttemptRefusal | null>;
}

export const ATTEMPT_ELIGIBILITY = Symbol('ATTEMPT_ELIGIBILITY');
