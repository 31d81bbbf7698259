import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors/domain-error.js';

export const OrganizationErrors = {
  /** Same answer for a clinic that does not exist and one the caller is not in. */
  notFound: (field = 'organizationId') => new NotFoundError('No such organization', { field }),
  adminsOnly: () =>
    new ForbiddenError('Only an admin of this organization can do this', {
      reason: 'NOT_ORG_ADMIN',
    }),
  membershipNotFound: () => new NotFoundError('No such membership', { field: 'membershipId' }),
  membershipEnded: () =>
    new ConflictError('This person is no longer a member of the clinic', {
      field: 'membershipId',
      reason: 'MEMBERSHIP_ENDED',
    }),
  lastAdmin: () =>
    new ConflictError('An organization keeps at least one admin', { reason: 'LAST_ADMIN' }),
  alreadyMember: () =>
    new ConflictError('This person is already a member', {
      field: 'email',
      reason: 'ALREADY_MEMBER',
    }),
  invitationNotFound: () => new NotFoundError('No such invitation', { field: 'invitationId' }),
  invitationInvalid: () =>
    InvalidInputError.of('token', 'This invitation is not valid, has expired or was already used'),
  invitationForSomeoneElse: () =>
    new ForbiddenError('This invitation was sent to another email address', {
      reason: 'INVITATION_EMAIL_MISMATCH',
    }),
};
