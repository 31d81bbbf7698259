import type { LiveAttendanceOutcome } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

/** The API's outcomes in words (docs/hybrid.md, credited live minutes). */
export const OUTCOME_WORDS: Record<LiveAttendanceOutcome, { label: string; tone: Tone }> = {
  FULL: { label: 'Full attendance', tone: 'ok' },
  PARTIAL: { label: 'Partial', tone: 'warn' },
  BELOW_REQUIRED_SHARE: { label: 'Below 75 %: not credited', tone: 'danger' },
  NO_CHECK_OUT: { label: 'No departure yet', tone: 'info' },
  NOT_ATTENDED: { label: 'Not attended', tone: 'neutral' },
};

/** A time of day in the reader's zone, e.g. "9:03 AM"; "—" for none. */
export function clockTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** An ISO moment as a `datetime-local` value in the browser's zone ("" for none). */
export function toLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const at = new Date(value);
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A `datetime-local` value (the browser's zone) as an ISO moment; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

export const REASON_LENGTH = { min: 10, max: 500 } as const;

/** The form's own check of a correction's reason, before the API's. */
export function reasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < REASON_LENGTH.min || length > REASON_LENGTH.max) {
    return `Give a reason of ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters (now ${length}).`;
  }
  return undefined;
}
