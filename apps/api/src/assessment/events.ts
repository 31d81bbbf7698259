/**
 * A quiz attempt was graded: submitted by its learner, or found past its deadline and graded
 * with what was saved in time. Published after the grade has committed.
 */
export class AttemptGraded {
  static readonly event = 'assessment.attempt-graded';

  constructor(
    readonly attemptId: string,
    readonly userId: string,
    readonly quizId: string,
    /** The quiz's course version: what a subscriber looks enrollments up by. */
    readonly versionId: string,
    readonly passed: boolean,
  ) {}
}
