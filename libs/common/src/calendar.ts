/**
 * A calendar date (YYYY-MM-DD) plus whole years, negative ones too. 29 February plus a year is
 * 28 February: a period never grows by a day.
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year + years}-${pad(month)}-${pad(Math.min(day, last))}`;
}
