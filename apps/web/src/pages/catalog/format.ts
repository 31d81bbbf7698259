/** "1.5 CE hours" / "1 CE hour". */
export function ceHours(hours: number): string {
  return `${hours} CE ${hours === 1 ? 'hour' : 'hours'}`;
}

/** 95 → "1 h 35 min"; 45 → "45 min". */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** An ISO date or date-time as the reader's locale writes a date (UTC calendar day). */
export function date(value: string | null | undefined): string {
  if (!value) return '—';
  const day = value.length === 10 ? `${value}T00:00:00Z` : value;
  return new Date(day).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
