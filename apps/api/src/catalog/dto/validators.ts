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

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const IsCalendarDate = rule(
  'isCalendarDate',
  'must be a date written YYYY-MM-DD',
  (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
);
