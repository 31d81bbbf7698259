/**
 * Measured time against required time, the evidence a board asks for when it audits hours
 * (NASBA asks sponsors to re-pilot when platform logs show times far from the credit). Shown
 * only once enough learners completed the version for a median to mean something.
 */
export const MIN_COMPLETIONS_FOR_OBSERVED_TIME = 20;
export const UNDER_REQUIRED_SHARE = 0.7;
export const OVER_REQUIRED_SHARE = 1.5;

export type ObservedTimeFlag = 'UNDER' | 'OVER';

export function observedTimeFlag(
  medianMinutes: number,
  requiredMinutes: number,
): ObservedTimeFlag | null {
  if (!(requiredMinutes > 0)) return null;
  if (medianMinutes < UNDER_REQUIRED_SHARE * requiredMinutes) return 'UNDER';
  if (medianMinutes > OVER_REQUIRED_SHARE * requiredMinutes) return 'OVER';
  return null;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

/**
 * Quartiles by linear interpolation between closest ranks, as PostgreSQL's
 * `percentile_cont` computes them (the SQL the API runs is checked against this).
 */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const rank = p * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}
