import { parseCalendarDate } from './calendar-date.js';

export interface CeHoursRow {
  /** YYYY-MM-DD */
  completedOn: string;
  ceHours: number;
}

export interface CeHoursSummary {
  years: { year: number; hours: number }[];
  totalHours: number;
}

/**
 * CE hours per calendar year of completion, as licensing boards count them, years ascending.
 * CE hours have at most two decimals (0.25, 1.5), so they are summed as whole hundredths:
 * adding the floats directly drifts (0.1 + 0.2 = 0.30000000000000004) and would show on a
 * transcript.
 */
export function hoursByYear(rows: CeHoursRow[]): CeHoursSummary {
  const hundredthsByYear = new Map<number, number>();
  let totalHundredths = 0;
  for (const row of rows) {
    const { year } = parseCalendarDate(row.completedOn);
    if (!Number.isFinite(row.ceHours) || row.ceHours < 0) {
      throw new RangeError(`CE hours must be a non-negative number, got ${row.ceHours}`);
    }
    const hundredths = Math.round(row.ceHours * 100);
    hundredthsByYear.set(year, (hundredthsByYear.get(year) ?? 0) + hundredths);
    totalHundredths += hundredths;
  }
  const years = [...hundredthsByYear]
    .sort(([a], [b]) => a - b)
    .map(([year, hundredths]) => ({ year, hours: hundredths / 100 }));
  return { years, totalHours: totalHundredths / 100 };
}
