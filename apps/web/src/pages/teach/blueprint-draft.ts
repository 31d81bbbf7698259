import type { FieldErrors } from '../../graphql/errors';
import type { BlueprintRowInput } from '../../gql/graphql';
import { parseOptionalWhole } from './text';

/** One objective's count in every attempt, as typed ('' or 0: none of it). */
export interface BlueprintDraftRow {
  objective: string;
  count: string;
}

/** A row per course objective (in order), then any other objective the saved blueprint names. */
export function blueprintRows(
  objectiveKeys: readonly string[],
  saved: readonly { objective: string; count: number }[] | null | undefined,
): BlueprintDraftRow[] {
  const count = new Map((saved ?? []).map((row) => [row.objective, String(row.count)]));
  const rows = objectiveKeys.map((objective) => ({ objective, count: count.get(objective) ?? '' }));
  for (const row of saved ?? []) {
    if (!objectiveKeys.includes(row.objective)) {
      rows.push({ objective: row.objective, count: String(row.count) });
    }
  }
  return rows;
}

/** The part of the quiz form that holds the blueprint. */
interface BlueprintDraft {
  useBlueprint: boolean;
  blueprint: BlueprintDraftRow[];
}

/**
 * The author's blueprint: whole counts per objective that add up to the questions drawn
 * (the API checks again). Errors name `blueprint.<objective>` or the whole `blueprint`.
 */
export function parseBlueprint(
  draft: BlueprintDraft,
  questionCount: number | null,
): { ok: true; blueprint: BlueprintRowInput[] | null } | { ok: false; errors: FieldErrors } {
  if (!draft.useBlueprint) return { ok: true, blueprint: null };
  const errors: FieldErrors = {};
  const rows: BlueprintRowInput[] = [];
  for (const row of draft.blueprint) {
    const count = parseOptionalWhole(row.count);
    if (!count.ok || (count.value !== null && count.value < 0)) {
      errors[`blueprint.${row.objective}`] = 'Enter a whole number of questions, or leave it empty';
    } else if (count.value) {
      rows.push({ objective: row.objective, count: count.value });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const sum = rows.reduce((total, row) => total + row.count, 0);
  if (rows.length === 0) {
    errors['blueprint'] = 'Give at least one objective a count, or let the bank share the draw out';
  } else if (questionCount === null) {
    errors['blueprint'] =
      'A blueprint needs the number of questions drawn per attempt: set it to ' + String(sum);
  } else if (sum !== questionCount) {
    errors['blueprint'] =
      `The counts add up to ${sum} but each attempt draws ${questionCount}: change them together`;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, blueprint: rows };
}

/** What the draw means for retakes, in the author's words. */
export function retakeSentence(
  plan: { retakesMayRepeat: boolean; freshAttempts: number },
  maxAttempts: number | null,
): string {
  if (!plan.retakesMayRepeat && maxAttempts !== null) {
    return maxAttempts === 1
      ? 'One attempt: no retry can repeat its questions.'
      : `Each of ${maxAttempts} attempts draws new questions.`;
  }
  return 'A retry may repeat questions, so the key shows only after passing or the last attempt.';
}
