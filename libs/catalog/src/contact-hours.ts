/**
 * Contact hours as the body approving a course counts them. Most physical therapy boards
 * count 50 minutes as an hour (Illinois 68 Ill. Adm. Code 1340.61; Florida 64B17-9.001;
 * California 16 CCR 1399.90; Alabama; Utah R156-24b-303b), IACET and nursing 60; some give
 * credit in quarter hours, Illinois in half hours. So the hour and the step belong to each
 * approval, and the minutes of instruction are what a course stores.
 *
 * Imports nothing: the web app shows the same figures.
 */
export interface ContactHourUnit {
  minutesPerHour: number;
  /** The smallest step of credit, in hours: 0.25, 0.5, 1, or 0.1 (IACET's CEU tenths). */
  increment: number;
}

/** Where no approval says otherwise: hours of 60 minutes in quarter steps (never over-claims). */
export const DEFAULT_CONTACT_HOUR: ContactHourUnit = { minutesPerHour: 60, increment: 0.25 };

export const CONTACT_HOUR_MINUTES = [50, 60] as const;
export const CONTACT_HOUR_INCREMENTS = [0.1, 0.25, 0.5, 1] as const;

/** Hours that `minutes` of instruction earn, rounded down to the unit's step. */
export function contactHours(minutes: number, unit: ContactHourUnit): number {
  if (!(minutes > 0)) return 0;
  const steps = Math.floor(minutes / unit.minutesPerHour / unit.increment + 1e-9);
  // Hundredths, so 0.1 × 3 prints as 0.3 rather than 0.30000000000000004.
  return Math.round(steps * unit.increment * 100) / 100;
}

/** "1.5 contact hours of 50 minutes" */
export function describeContactHours(hours: number, unit: ContactHourUnit): string {
  return `${hoursCount(hours)} contact hour${hours === 1 ? '' : 's'} of ${unit.minutesPerHour} minutes`;
}

/** "1.5 CE hours": the hours a course lists and a certificate records, in the default unit. */
export function describeCeHours(hours: number): string {
  return `${hoursCount(hours)} CE hour${hours === 1 ? '' : 's'}`;
}

function hoursCount(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : String(Number(hours.toFixed(2)));
}
