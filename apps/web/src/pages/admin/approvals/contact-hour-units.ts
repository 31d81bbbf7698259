import {
  CONTACT_HOUR_INCREMENTS,
  CONTACT_HOUR_MINUTES,
  DEFAULT_CONTACT_HOUR,
} from '@fascicle/contact-hours';

/**
 * Words for the units the API accepts for an approval (RecordCourseApprovalInput): most PT
 * boards count 50 minutes as a contact hour, IACET and nursing 60; the step is a quarter,
 * half or whole hour, or IACET's tenth. Keyed by the API's own lists, so a unit added there
 * fails the typecheck until it is named here.
 */
const MINUTES_LABEL: Record<(typeof CONTACT_HOUR_MINUTES)[number], string> = {
  50: '50 minutes (most PT boards)',
  60: '60 minutes (IACET, nursing)',
};

const INCREMENT_LABEL: Record<(typeof CONTACT_HOUR_INCREMENTS)[number], string> = {
  0.1: 'Tenth of an hour (0.1)',
  0.25: 'Quarter hour (0.25)',
  0.5: 'Half hour (0.5)',
  1: 'Whole hour (1)',
};

export interface UnitOption {
  value: string;
  label: string;
}

export const MINUTES_OPTIONS: UnitOption[] = CONTACT_HOUR_MINUTES.map((minutes) => ({
  value: String(minutes),
  label: MINUTES_LABEL[minutes],
}));

export const INCREMENT_OPTIONS: UnitOption[] = CONTACT_HOUR_INCREMENTS.map((increment) => ({
  value: String(increment),
  label: INCREMENT_LABEL[increment],
}));

/** What the form starts with: the unit the API assumes where an approval names none. */
export const DEFAULT_UNIT = {
  minutesPerHour: String(DEFAULT_CONTACT_HOUR.minutesPerHour),
  increment: String(DEFAULT_CONTACT_HOUR.increment),
};

/** "50-minute hours, in steps of 0.25" */
export function unitText(unit: { minutesPerHour: number; increment: number }): string {
  return `${unit.minutesPerHour}-minute hours, in steps of ${unit.increment}`;
}
