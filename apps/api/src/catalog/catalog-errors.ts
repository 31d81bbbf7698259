import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors/domain-error.js';
import type { CourseVersionStatus, GateProblem } from '@fascicle/catalog';

/** The catalog's refusals, named once so every path words them the same. */
export const CatalogErrors = {
  courseNotFound: (field = 'courseId') => new NotFoundError('No such course', { field }),
  versionNotFound: (field = 'versionId') => new NotFoundError('No such course version', { field }),
  moduleNotFound: (field = 'moduleId') => new NotFoundError('No such module', { field }),
  lessonNotFound: (field = 'lessonId') => new NotFoundError('No such lesson', { field }),
  notAnAuthor: () =>
    new ForbiddenError('Only the authors of this course can change it', {
      reason: 'NOT_COURSE_AUTHOR',
    }),
  notEditable: (number: number, status: CourseVersionStatus) =>
    new ConflictError(
      `Version ${number} is ${status} and cannot change; start a new draft with createDraftVersion`,
      { reason: 'VERSION_NOT_EDITABLE' },
    ),
  wrongStatus: (action: string, number: number, status: CourseVersionStatus) =>
    new ConflictError(`Cannot ${action} version ${number}: it is ${status}`, {
      reason: 'INVALID_STATUS_TRANSITION',
    }),
  notOwner: () =>
    new ForbiddenError(
      'Only the course’s owner (the author who created it) or an admin can remove authors',
      {
        reason: 'NOT_COURSE_OWNER',
      },
    ),
  notAnAuthorOf: () =>
    new NotFoundError('This person is not an author of the course', { field: 'userId' }),
  ownerStays: () =>
    new ConflictError('The course’s owner (the author who created it) cannot be removed', {
      field: 'userId',
      reason: 'OWNER_CANNOT_BE_REMOVED',
    }),
  lastAuthor: () =>
    new ConflictError('A course keeps at least one author: add another before removing this one', {
      field: 'userId',
      reason: 'LAST_AUTHOR',
    }),
  notDiscardable: (number: number, status: CourseVersionStatus) =>
    new ConflictError(`Version ${number} is ${status}: only a draft can be discarded`, {
      field: 'versionId',
      reason: 'VERSION_NOT_DISCARDABLE',
    }),
  slugTaken: () =>
    new ConflictError('Another course already uses this slug', {
      field: 'slug',
      reason: 'SLUG_TAKEN',
    }),
  openVersionExists: () =>
    new ConflictError('This course already has a draft or a version in review', {
      reason: 'OPEN_VERSION_EXISTS',
    }),
  incomplete: (problem: string) =>
    new InvalidInputError([{ field: 'versionId', message: problem }]),
  /** Each failing credit gate, with its code and the field to change. */
  creditGates: (problems: GateProblem[]) =>
    new InvalidInputError(
      problems.map(({ code, field, message }) => ({ code, field, message })),
      'CREDIT_GATES',
    ),
  nothingToOverride: () =>
    InvalidInputError.of('versionId', 'This version passes every credit gate: nothing to override'),
};
