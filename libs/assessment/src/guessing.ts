import type { BlueprintRow } from './blueprint.js';
import { visibleLength, type CheckedItem } from './item-checks.js';
import { QuestionType } from './question-type.js';

/**
 * How a learner who never read a lesson answers. A test-wise guesser picks the longest
 * option (on true/false that is "False", the longer word); a blind one picks at random; the
 * third always answers "False" and guesses the rest at random.
 */
export type GuessStrategy = 'LONGEST_OPTION' | 'ALWAYS_FALSE' | 'RANDOM';

function single(item: CheckedItem): boolean {
  return item.options.filter((option) => option.isCorrect).length === 1;
}

/** The chance that the strategy answers the item fully right (all-or-nothing scoring). */
export function guessSuccess(item: CheckedItem, strategy: GuessStrategy): number {
  const n = item.options.length;
  if (n === 0 || !single(item)) return 0;
  const random = 1 / n;
  if (strategy === 'RANDOM') return random;
  if (strategy === 'ALWAYS_FALSE') {
    if (item.type !== QuestionType.TRUE_FALSE) return random;
    return item.options[1]?.isCorrect ? 1 : 0;
  }
  // Measured as the item checks measure it, so "not the longest" means the same to both.
  const longest = Math.max(...item.options.map((option) => visibleLength(option.text)));
  const tied = item.options.filter((option) => visibleLength(option.text) === longest);
  return tied.some((option) => option.isCorrect) ? 1 / tied.length : 0;
}

/**
 * Exact probability that one attempt reaches the passing score, for a quiz that draws
 * `rows` by blueprint (each row a uniform subset of its objective's questions) and scores
 * one point a question. `success` gives each question's chance of being answered right.
 */
export function passProbability(
  pools: ReadonlyMap<string, readonly number[]>,
  rows: readonly BlueprintRow[],
  passingScorePercent: number,
): number {
  let total: number[] = [1];
  let questions = 0;
  for (const row of rows) {
    const successes = pools.get(row.objective) ?? [];
    total = convolve(total, correctCountDistribution(successes, row.count));
    questions += row.count;
  }
  let pass = 0;
  total.forEach((probability, correct) => {
    // Graded as a percentage; passing at or above the score: correct / n ≥ p / 100.
    if (correct * 100 >= passingScorePercent * questions) pass += probability;
  });
  return Math.min(1, pass);
}

/**
 * The distribution of right answers among `draw` questions taken uniformly without
 * replacement from a pool with the given per-question chances: a dynamic programme over
 * subsets by size, normalised by the number of subsets.
 */
export function correctCountDistribution(successes: readonly number[], draw: number): number[] {
  // ways[j][k]: summed probability over subsets of size j of exactly k right answers.
  let ways: number[][] = [[1]];
  for (const s of successes) {
    const next = ways.map((row) => [...row]);
    for (let j = 0; j < ways.length && j < draw; j += 1) {
      const row = ways[j]!;
      next[j + 1] ??= [];
      const target = next[j + 1]!;
      row.forEach((p, k) => {
        target[k] = (target[k] ?? 0) + p * (1 - s);
        target[k + 1] = (target[k + 1] ?? 0) + p * s;
      });
    }
    ways = next;
  }
  const row = ways[draw] ?? [];
  const subsets = row.reduce((sum, p) => sum + p, 0);
  return Array.from({ length: draw + 1 }, (_, k) => (subsets > 0 ? (row[k] ?? 0) / subsets : 0));
}

function convolve(a: readonly number[], b: readonly number[]): number[] {
  const result = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (result[i + j] = result[i + j]! + x * y)));
  return result;
}

/**
 * The chance of passing within `attempts` attempts. Each attempt's draw, taken alone, is a
 * uniform draw by blueprint whatever questions earlier attempts avoided, so each has the
 * single-attempt probability; the sum bounds their union from above however the attempts
 * depend on each other.
 */
export function passWithinAttempts(single: number, attempts: number): number {
  return Math.min(1, single * attempts);
}
