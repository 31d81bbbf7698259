import type { FieldProblem } from '../common/errors/domain-error.js';
import type { ChecklistItemRow } from './entities/practical-checklist.entity.js';

/** Lower-case words and hyphens, as `ChecklistItem.key` in libs/hybrid. */
const ITEM_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * What is wrong with a checklist before it is stored: keys not in the lib's form or given
 * twice, no critical item (an exam nothing can fail on judges no safety), a share outside
 * 0 to 100. Each problem names its field.
 */
export function checklistProblems(
  items: readonly ChecklistItemRow[],
  nonCriticalPassPercent: number,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ITEM_KEY.test(item.key)) {
      problems.push({
        field: `items.${i}.key`,
        message: `"${item.key}" must be lower-case words joined by hyphens`,
      });
    } else if (seen.has(item.key)) {
      problems.push({ field: `items.${i}.key`, message: `"${item.key}" is used by two items` });
    }
    seen.add(item.key);
  });
  if (!items.some((item) => item.critical)) {
    problems.push({ field: 'items', message: 'A checklist needs at least one critical item' });
  }
  if (
    !Number.isInteger(nonCriticalPassPercent) ||
    nonCriticalPassPercent < 0 ||
    nonCriticalPassPercent > 100
  ) {
    problems.push({
      field: 'nonCriticalPassPercent',
      message: 'nonCriticalPassPercent must be a whole number from 0 to 100',
    });
  }
  return problems;
}
