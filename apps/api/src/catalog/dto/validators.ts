import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidSlug } from '@fascicle/catalog';

function rule(name: string, message: string, validate: (value: unknown) => boolean) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} ${message}`, ...options },
      validator: { validate },
    });
}

export const IsSlug = rule(
  'isSlug',
  'must be 3 to 80 lower-case letters, digits and single hyphens (e.g. dry-needling-safety)',
  (value) => typeof value === 'string' && isValidSlug(value),
);

/** Every date input follows one rule, with the platform's date range: common/validation. */
export { IsCalendarDate } from '../../common/validation/calendar-date.js';
