import type { EntityManager } from 'typeorm';

/**
 * A supervisor confirmed a learner's supervised session. Published inside the confirming
 * transaction (the manager is its), so a program the confirmation completes is awarded in the
 * same commit, or not at all.
 */
export class SupervisedSessionConfirmed {
  static readonly event = 'practice-logs.supervised-session-confirmed';

  constructor(
    readonly sessionId: string,
    readonly learnerId: string,
    readonly programId: string,
    readonly manager: EntityManager,
  ) {}
}
