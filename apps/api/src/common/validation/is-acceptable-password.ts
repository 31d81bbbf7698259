import { registerDecorator, type ValidationOptions } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@fascicle/common';

/** Applies the shared password policy from @fascicle/common to an input field. */
export function IsAcceptablePassword(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
      },
    });
}
