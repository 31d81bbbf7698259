import type { FieldErrors } from '../../graphql/errors';
import { slugFromTitle } from './text';

/**
 * One learning objective as the form holds it. Questions are tagged with the key and
 * blueprints count by it, so an existing key stays as it is unless the author changes it; a
 * new objective's key follows its text until the author types one.
 */
export interface ObjectiveDraft {
  text: string;
  key: string;
  keyEdited: boolean;
}

export const OBJECTIVE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY_WORDS = 5;
const KEY_MAX = 60;

export function objectiveRows(objectives: readonly { key: string; text: string }[]) {
  return objectives.map(({ key, text }) => ({ text, key, keyEdited: true }));
}

export function emptyObjective(): ObjectiveDraft {
  return { text: '', key: '', keyEdited: false };
}

/** "Screen for red flags before needling" → "screen-for-red-flags-before". */
export function suggestKey(text: string): string {
  const slug = slugFromTitle(text).split('-').slice(0, KEY_WORDS).join('-');
  return slug.slice(0, KEY_MAX).replace(/-+$/, '');
}

export function shownKey(row: ObjectiveDraft): string {
  return row.keyEdited ? row.key : suggestKey(row.text);
}

/**
 * The objectives and their keys for the API, rows left empty dropped; errors by row
 * (`learningObjectives.<i>` / `objectiveKeys.<i>`) for a key that is missing, malformed or
 * used twice.
 */
export function objectivesInput(
  rows: readonly ObjectiveDraft[],
):
  | { ok: true; learningObjectives: string[]; objectiveKeys: string[] }
  | { ok: false; errors: FieldErrors } {
  const kept = rows
    .map((row, index) => ({ index, text: row.text.trim(), key: shownKey(row).trim() }))
    .filter((row) => row.text !== '' || row.key !== '');
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  for (const row of kept) {
    if (row.text === '') errors[`learningObjectives.${row.index}`] = 'Write the objective';
    if (row.key === '') {
      errors[`objectiveKeys.${row.index}`] = 'Give the objective a key, e.g. screen-red-flags';
    } else if (!OBJECTIVE_KEY.test(row.key) || row.key.length > KEY_MAX) {
      errors[`objectiveKeys.${row.index}`] =
        'Use lower-case words and digits joined by hyphens (at most 60 characters)';
    } else if (seen.has(row.key)) {
      errors[`objectiveKeys.${row.index}`] = 'Another objective already has this key';
    }
    seen.add(row.key);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    learningObjectives: kept.map((row) => row.text),
    objectiveKeys: kept.map((row) => row.key),
  };
}
