/**
 * Shapes for DataLoader batch functions: results in the order of the keys, one entry per
 * key (null or an empty list where nothing matched).
 */
export function byKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

export function groupByKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
