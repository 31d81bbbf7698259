/** An ISO date-time as the reader's locale writes it, e.g. "12 Mar 2026, 14:05". */
export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A YYYY-MM-DD day (or a date-time) as the reader's locale writes a date, on the UTC calendar. */
export function day(value: string | null | undefined): string {
  if (!value) return '—';
  const instant = value.length === 10 ? `${value}T00:00:00Z` : value;
  return new Date(instant).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
