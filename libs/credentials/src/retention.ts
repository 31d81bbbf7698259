/**
 * How long the completion records of a deleted account are kept.
 *
 * Texas asks physical therapists to keep their completion documents "for four years after the
 * license expiration date" (22 TAC §341.2(e)), for activities completed "within the 24 months
 * prior to the license expiration date" (§341.2(d)). A completion can therefore be asked for up
 * to two years and four years after it: six years. Other states' boards may ask for less; none
 * we have read asks for more, so one period serves every holder.
 */
export const RETENTION_YEARS_AFTER_COMPLETION = 6;

/**
 * The last day a completion on `completedOn` (YYYY-MM-DD) is kept. A completion on 29 February
 * is kept to 1 March when the later year has no 29th: later rather than earlier.
 */
export function retainedUntil(completedOn: string): string {
  const [year, month, day] = completedOn.split('-').map(Number);
  const until = new Date(Date.UTC(year + RETENTION_YEARS_AFTER_COMPLETION, month - 1, day));
  return until.toISOString().slice(0, 10);
}
