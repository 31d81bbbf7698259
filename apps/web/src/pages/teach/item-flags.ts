/**
 * When a question deserves a second look. Facility is the mean credit (0–1, higher is easier);
 * discrimination is the point-biserial correlation with the rest of the score (-1 to 1).
 */
export const FACILITY_TOO_HARD = 0.3;
export const FACILITY_TOO_EASY = 0.95;
export const DISCRIMINATION_LOW = 0.2;

export type ItemFlag = 'HARD' | 'EASY' | 'LOW_DISCRIMINATION' | 'NEGATIVE_DISCRIMINATION';

export interface ItemNumbers {
  facility: number | null;
  discrimination: number | null;
}

/** Statistics are shown to two decimals; flags follow the number the author reads. */
function shown(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** No responses (null) raises no flag: there is nothing to judge yet. */
export function itemFlags(numbers: ItemNumbers): ItemFlag[] {
  const facility = shown(numbers.facility);
  const discrimination = shown(numbers.discrimination);
  const flags: ItemFlag[] = [];
  if (facility !== null && facility < FACILITY_TOO_HARD) flags.push('HARD');
  if (facility !== null && facility > FACILITY_TOO_EASY) flags.push('EASY');
  if (discrimination !== null && discrimination < 0) flags.push('NEGATIVE_DISCRIMINATION');
  else if (discrimination !== null && discrimination < DISCRIMINATION_LOW) {
    flags.push('LOW_DISCRIMINATION');
  }
  return flags;
}

export const FLAG_TEXT: Record<ItemFlag, { label: string; advice: string }> = {
  HARD: {
    label: 'Hard',
    advice: `Fewer than ${FACILITY_TOO_HARD * 100}% of the credit was earned: check the wording, the key, and whether the lessons teach it.`,
  },
  EASY: {
    label: 'Very easy',
    advice: `More than ${FACILITY_TOO_EASY * 100}% of the credit was earned: it may not test much.`,
  },
  LOW_DISCRIMINATION: {
    label: 'Low discrimination',
    advice: `Under ${DISCRIMINATION_LOW}: strong and weak attempts do about as well on it.`,
  },
  NEGATIVE_DISCRIMINATION: {
    label: 'Negative discrimination',
    advice: 'Weaker attempts do better on it than stronger ones: the key may be wrong.',
  },
};
