import type { ItemResultInput } from '../../gql/graphql';

export interface ChecklistItem {
  key: string;
  label: string;
  critical: boolean;
  description: string;
}

/** One item as the examiner has marked it so far: passed, failed, or not yet (null). */
export interface ItemMark {
  passed: boolean | null;
  notes: string;
}

export type ExamMarks = Record<string, ItemMark>;

/** Nothing marked; or a record's marks, to correct it. */
export function initialMarks(
  items: readonly ChecklistItem[],
  from: readonly { key: string; passed: boolean; notes: string | null }[] = [],
): ExamMarks {
  const marked = new Map(from.map((result) => [result.key, result]));
  return Object.fromEntries(
    items.map((item) => {
      const result = marked.get(item.key);
      return [item.key, { passed: result?.passed ?? null, notes: result?.notes ?? '' }];
    }),
  );
}

/**
 * The API's `results` in checklist order, or the items still unmarked (by key) when some are:
 * the API refuses a sitting that leaves any out, and the form says which beside each.
 */
export function examResults(
  items: readonly ChecklistItem[],
  marks: ExamMarks,
): { results: ItemResultInput[] } | { unmarked: string[] } {
  const unmarked = items.filter((item) => marks[item.key]?.passed == null).map((i) => i.key);
  if (unmarked.length > 0) return { unmarked };
  return {
    results: items.map((item) => ({
      key: item.key,
      passed: marks[item.key]!.passed!,
      notes: marks[item.key]!.notes.trim() || null,
    })),
  };
}

/**
 * The API names an item's note by its place in `results` (`results.2.notes`), which is the
 * checklist's order: the message goes beside that item. Other fields keep their names.
 */
export function examErrors(
  errors: Record<string, string>,
  items: readonly ChecklistItem[],
): { byItem: Record<string, string>; byField: Record<string, string> } {
  const byItem: Record<string, string> = {};
  const byField: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^results\.(\d+)\.notes$/.exec(field);
    const item = match ? items[Number(match[1])] : undefined;
    if (item) byItem[item.key] ??= message;
    else byField[field] ??= message;
  }
  return { byItem, byField };
}

/**
 * The day of the exam the form offers: today where the examiner is, but never after today in
 * UTC, the calendar the API refuses future days by.
 */
export function examDay(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 10);
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}
