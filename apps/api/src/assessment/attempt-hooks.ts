import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import type { EntityManager } from 'typeorm';

export type AttemptEligibility = (
  manager: EntityManager,
  userId: string,
  versionId: string,
) => Promise<boolean>;

export type GradedListener = (graded: { userId: string; quizId: string }) => Promise<void>;

/**
 * How other modules take part in quizzes without assessment knowing them: learning says
 * who may attempt a version's quizzes (its enrolled learners) and hears when an attempt is
 * graded (to complete the enrollment). Listeners run after the grading has committed.
 */
@Injectable()
export class AttemptHooks {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  private eligibility: AttemptEligibility = async () => true;
  private readonly listeners: GradedListener[] = [];

  setEligibility(rule: AttemptEligibility): void {
    this.eligibility = rule;
  }

  onGraded(listener: GradedListener): void {
    this.listeners.push(listener);
  }

  mayAttempt(manager: EntityManager, userId: string, versionId: string): Promise<boolean> {
    return this.eligibility(manager, userId, versionId);
  }

  /**
   * Tells the listeners. The grade is already committed, so a listener's failure must not
   * turn the learner's submit into an error: it is logged, and the learner's next action
   * (or reading the enrollment) evaluates completion again.
   */
  async graded(event: { userId: string; quizId: string }): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error({ err: error, ...event }, 'a listener failed after grading');
      }
    }
  }
}
