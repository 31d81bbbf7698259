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

/** An ISO date-time as the reader's locale writes it, e.g. "12 Mar 2026, 14:05". */
export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** 1, 'bank' → "1 bank"; 3, 'quiz', 'quizzes' → "3 quizzes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** 0.734 → "73%". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** Two decimals for statistics: 0.4567 → "0.46"; null → "—". */
export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}
