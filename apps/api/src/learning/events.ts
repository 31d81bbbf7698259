/**
 * An enrollment was completed and its course certificate issued. Published after the
 * completion has committed, once per enrollment.
 */
export class CourseCompleted {
  static readonly event = 'learning.course-completed';

  constructor(
    readonly enrollmentId: string,
    readonly userId: string,
    readonly courseId: string,
    readonly versionId: string,
    readonly certificateId: string,
  ) {}
}
