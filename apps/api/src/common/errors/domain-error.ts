/**
 * Typed errors thrown by services. They carry no framework: the GraphQL layer maps each
 * `code` once (see format-error.ts) and the HTTP layer maps it to a status.
 */
export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  /** The input field at fault, when there is one (e.g. `input.email`). */
  readonly field?: string;
  /** A machine-readable reason within the code, e.g. `EMAIL_TAKEN`. */
  readonly reason?: string;

  constructor(message: string, options: { field?: string; reason?: string } = {}) {
    super(message);
    this.name = new.target.name;
    this.field = options.field;
    this.reason = options.reason;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
}

export interface FieldProblem {
  field: string;
  message: string;
  /** A machine-readable kind of problem, e.g. a credit gate's code. */
  code?: string;
}

/** One or more input fields are wrong; the first is named in `field`, all in `problems`. */
export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    readonly problems: FieldProblem[],
    reason?: string,
  ) {
    super(problems.map((p) => p.message).join('; '), { field: problems[0]?.field, reason });
  }

  static of(field: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, message }]);
  }
}

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};
