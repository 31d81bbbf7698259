import type { AdverseEventType } from './practice-log-kinds.js';

/** The smallest group a summary shows: smaller ones are merged into "fewer than 5". */
export const SMALLEST_GROUP = 5;

export interface AdverseEventGroup {
  type: AdverseEventType | null;
  types: AdverseEventType[];
  count: number | null;
}

/**
 * Program-wide counts by type with small groups suppressed: a type with fewer than five
 * events joins the merged group, whose count shows only when it reaches five itself, and the
 * total is withheld whenever subtracting the shown groups from it would give a hidden count.
 */
export function suppressSmallGroups(counts: ReadonlyMap<AdverseEventType, number>): {
  groups: AdverseEventGroup[];
  total: number | null;
} {
  const present = [...counts].filter(([, count]) => count > 0);
  const shown = present
    .filter(([, count]) => count >= SMALLEST_GROUP)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([type, count]): AdverseEventGroup => ({ type, types: [type], count }));
  const small = present
    .filter(([, count]) => count < SMALLEST_GROUP)
    .sort(([a], [b]) => a.localeCompare(b));
  const merged = small.reduce((sum, [, count]) => sum + count, 0);
  const mergedShown = merged >= SMALLEST_GROUP;
  const groups =
    small.length === 0
      ? shown
      : [
          ...shown,
          { type: null, types: small.map(([type]) => type), count: mergedShown ? merged : null },
        ];
  const total =
    small.length === 0 || mergedShown ? present.reduce((sum, [, n]) => sum + n, 0) : null;
  return { groups, total };
}
