/**
 * The point-biserial correlation between an item's score (0..1) and the rest of the
 * attempt's score: how well the item separates strong attempts from weak ones. Near 0 or
 * negative means the item does not discriminate (or is miskeyed). Null when either side
 * has no variance. This is Pearson's r; the API computes the same number in SQL with
 * `corr()`, and this function is the reference the tests compare it with.
 */
export function pointBiserial(pairs: readonly { item: number; rest: number }[]): number | null {
  const n = pairs.length;
  if (n < 2) return null;
  const meanItem = pairs.reduce((sum, pair) => sum + pair.item, 0) / n;
  const meanRest = pairs.reduce((sum, pair) => sum + pair.rest, 0) / n;
  let covariance = 0;
  let varianceItem = 0;
  let varianceRest = 0;
  for (const { item, rest } of pairs) {
    covariance += (item - meanItem) * (rest - meanRest);
    varianceItem += (item - meanItem) ** 2;
    varianceRest += (rest - meanRest) ** 2;
  }
  if (varianceItem === 0 || varianceRest === 0) return null;
  return covariance / Math.sqrt(varianceItem * varianceRest);
}
