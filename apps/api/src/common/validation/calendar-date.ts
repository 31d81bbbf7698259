import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The days any date input may name. PostgreSQL has no year 0 (`0000-01-01` failed as a
 * server error) and nothing a CE record dates (a review, an approval, a release) lies
 * outside these two centuries; the range is written in docs/security.md.
 */
export const EARLIEST_DAY = '1900-01-01';
export const LATEST_DAY = '2199-12-31';

const EARLIEST = Date.parse(`${EARLIEST_DAY}T00:00:00Z`);
const END = Date.parse(`${LATEST_DAY}T00:00:00Z`) + 24 * 60 * 60 * 1000;

/** A moment on one of the days from EARLIEST_DAY to LATEST_DAY (UTC). */
export function isWithinDateRange(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST && time < END;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30), within the range. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && isWithinDateRange(date)
  );
}

/** Applies isCalendarDate to an input field. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a date written YYYY-MM-DD, from ${EARLIEST_DAY} to ${LATEST_DAY}`,
        ...options,
      },
      validator: { validate: isCalendarDate },
    });
}
