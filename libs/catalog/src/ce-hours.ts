/**
 * CE hours as boards count them: a positive number in hundredths (0.25 for a 15-minute
 * module), and nothing absurd: no single online course is worth more than 100 hours.
 */
export const MAX_CE_HOURS = 100;

export type CeHoursProblem = 'NOT_POSITIVE' | 'TOO_MANY' | 'TOO_PRECISE' | 'NOT_A_NUMBER';

export function ceHoursProblem(hours: number): CeHoursProblem | null {
  if (!Number.isFinite(hours)) return 'NOT_A_NUMBER';
  if (hours <= 0) return 'NOT_POSITIVE';
  if (hours > MAX_CE_HOURS) return 'TOO_MANY';
  if (Math.abs(Math.round(hours * 100) - hours * 100) > 1e-9) return 'TOO_PRECISE';
  return null;
}

/**
 * The contact hours a course's seat time supports, rounded down to the quarter hour (the
 * convention of most PT boards: 50–60 minutes of instruction is one contact hour; we count 60).
 */
export function ceHoursForSeatTime(totalMinutes: number): number {
  return Math.floor(totalMinutes / 15) / 4;
}
