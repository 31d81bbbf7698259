/** Minutes with at most one decimal: 12 → "12 min", 3.04 → "3 min", 7.4 → "7.4 min". */
export function minutesText(minutes: number): string {
  if (minutes > 0 && minutes < 0.05) return 'under 0.1 min';
  const rounded = Math.round(minutes * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} min`;
}

/** Whole minutes in words: 1 → "1 minute", 90 → "90 minutes". */
export function wholeMinutes(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export interface HoursLine {
  label: string;
  approvalNumber?: string | null;
  text: string;
}

export interface HoursRow {
  label: string;
  claimed: string;
  supported: string;
}

/**
 * Claimed and supported hours side by side, one row per approval's unit (the API lists both
 * in the same order: each approval, then 60-minute hours).
 */
export function hoursRows(
  claimed: readonly HoursLine[],
  supported: readonly HoursLine[],
): HoursRow[] {
  const name = (line: HoursLine) =>
    line.approvalNumber ? `${line.label} (${line.approvalNumber})` : line.label;
  const supportedByName = new Map(supported.map((line) => [name(line), line.text]));
  return claimed.map((line) => ({
    label: name(line),
    claimed: line.text,
    supported: supportedByName.get(name(line)) ?? '—',
  }));
}

/** The API's messages are clauses; shown alone they read as sentences. */
export function sentence(message: string): string {
  const text = message.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
