import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors/domain-error.js';

export const LearningErrors = {
  courseNotFound: () => new NotFoundError('No such course', { field: 'courseId' }),
  notPublished: () =>
    new ConflictError('This course has no published version to enrol in', {
      field: 'courseId',
      reason: 'NOT_PUBLISHED',
    }),
  prerequisitesMissing: (titles: string[]) =>
    new ForbiddenError(`Complete these courses first: ${titles.join(', ')}`, {
      field: 'courseId',
      reason: 'PREREQUISITES_NOT_MET',
    }),
  creditEnded: (endedOn: string) =>
    new ConflictError(`This course stopped offering credit after ${endedOn}`, {
      field: 'courseId',
      reason: 'CREDIT_PERIOD_ENDED',
    }),
  enrollmentNotFound: (field = 'enrollmentId') =>
    new NotFoundError('No such enrollment', { field }),
  lessonNotFound: () => new NotFoundError('No such lesson', { field: 'lessonId' }),
  notEnrolled: () =>
    new ForbiddenError('Enrol in this course version first', {
      field: 'lessonId',
      reason: 'NOT_ENROLLED',
    }),
  seatTimeNotMet: (remainingSeconds: number) =>
    new ConflictError(
      `The lesson needs ${Math.ceil(remainingSeconds / 60)} more minute(s) of seat time`,
      { field: 'lessonId', reason: 'SEAT_TIME_NOT_MET' },
    ),
  videoNotWatched: (remainingSeconds: number) =>
    new ConflictError(
      `Watch the lesson's video to the end first: ${remainingSeconds} more second(s) of it`,
      { field: 'lessonId', reason: 'VIDEO_NOT_WATCHED' },
    ),
  evaluationSubmitted: () =>
    new ConflictError('The evaluation has already been submitted', {
      field: 'enrollmentId',
      reason: 'EVALUATION_SUBMITTED',
    }),
  lessonsFirst: () =>
    InvalidInputError.of('enrollmentId', 'Finish every lesson before evaluating the course'),
};
