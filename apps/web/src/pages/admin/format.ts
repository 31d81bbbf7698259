/** An ISO date-time as the reader's locale writes it, e.g. "12 Mar 2026, 14:05". */
export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
