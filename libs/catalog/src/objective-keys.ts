/** A learning objective's key: what questions are tagged with and blueprints count by. */
export const OBJECTIVE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The keys for a version's objectives after an edit. Keys the author gave win; otherwise an
 * objective keeps the key of the one it replaces at the same position (rewording an objective
 * does not untag its questions), and a new one gets `objective-<n>`, unused so far.
 */
export function objectiveKeysFor(
  count: number,
  given: readonly string[] | null,
  existing: readonly string[],
): string[] {
  if (given) return [...given];
  const keys = existing.slice(0, count);
  let n = 1;
  while (keys.length < count) {
    while (keys.includes(`objective-${n}`)) n += 1;
    keys.push(`objective-${n}`);
  }
  return keys;
}

/** What is wrong with a list of keys for `count` objectives, or null. */
export function objectiveKeysProblem(keys: readonly string[], count: number): string | null {
  if (keys.length !== count) return `give one key per objective (${count}), not ${keys.length}`;
  const bad = keys.find((key) => !OBJECTIVE_KEY.test(key) || key.length > 60);
  if (bad !== undefined) return `"${bad}" is not a key: use lower-case words and hyphens`;
  if (new Set(keys).size !== keys.length) return 'each objective needs its own key';
  return null;
}
