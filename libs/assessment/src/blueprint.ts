import { shuffled, type Random } from './draw.js';

/**
 * A quiz's blueprint: how many questions each learning objective gets in every attempt, so
 * no attempt leaves an objective out and no draw can be all of one topic.
 */
export interface BlueprintRow {
  objective: string;
  count: number;
}

/** The questions a bank holds for one objective. */
export interface ObjectivePool {
  objective: string;
  size: number;
}

export type BlueprintProblemCode =
  'TOO_MANY_OBJECTIVES' | 'POOL_TOO_SMALL' | 'COUNT_MISMATCH' | 'NOT_IN_BANK';

export interface BlueprintProblem {
  code: BlueprintProblemCode;
  message: string;
}

export interface BlueprintPlan {
  rows: BlueprintRow[];
  problems: BlueprintProblem[];
}

/** The bank's objectives and how many questions each has, in order of first appearance. */
export function objectivePools(bank: readonly { objective: string }[]): ObjectivePool[] {
  const sizes = new Map<string, number>();
  for (const { objective } of bank) sizes.set(objective, (sizes.get(objective) ?? 0) + 1);
  return [...sizes].map(([objective, size]) => ({ objective, size }));
}

/**
 * The rows a quiz draws by: the author's own when given, checked against the bank;
 * otherwise one question per objective and the rest shared in proportion to the pools
 * (largest remainder), never more than a pool holds. A quiz drawing every question simply
 * takes each pool whole.
 */
export function planBlueprint(
  pools: readonly ObjectivePool[],
  questionCount: number | null,
  explicit: readonly BlueprintRow[] | null = null,
): BlueprintPlan {
  const total = pools.reduce((sum, pool) => sum + pool.size, 0);
  if (questionCount === null) {
    return { rows: pools.map(({ objective, size }) => ({ objective, count: size })), problems: [] };
  }
  if (explicit) return checkExplicit(pools, questionCount, explicit);
  const problems: BlueprintProblem[] = [];
  if (questionCount > total) {
    problems.push({
      code: 'POOL_TOO_SMALL',
      message: `The quiz draws ${questionCount} questions but its bank holds ${total}`,
    });
  }
  if (pools.length > questionCount) {
    problems.push({
      code: 'TOO_MANY_OBJECTIVES',
      message:
        `The bank covers ${pools.length} objectives but the quiz draws ${questionCount} questions: ` +
        `tag questions with the course's objectives (fewer, broader) or draw more`,
    });
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows = pools.map(({ objective }) => ({ objective, count: 1 }));
  let left = questionCount - pools.length;
  while (left > 0) {
    // Each round gives the next question to the pool furthest below its proportional share.
    let best = -1;
    let bestGap = -Infinity;
    pools.forEach((pool, index) => {
      if (rows[index]!.count >= pool.size) return;
      const gap = (pool.size / total) * questionCount - rows[index]!.count;
      if (gap > bestGap + 1e-12) {
        best = index;
        bestGap = gap;
      }
    });
    rows[best]!.count += 1;
    left -= 1;
  }
  return { rows, problems };
}

function checkExplicit(
  pools: readonly ObjectivePool[],
  questionCount: number,
  explicit: readonly BlueprintRow[],
): BlueprintPlan {
  const problems: BlueprintProblem[] = [];
  const sizes = new Map(pools.map((pool) => [pool.objective, pool.size]));
  const sum = explicit.reduce((total, row) => total + row.count, 0);
  if (sum !== questionCount) {
    problems.push({
      code: 'COUNT_MISMATCH',
      message: `The blueprint's rows add up to ${sum} but the quiz draws ${questionCount}`,
    });
  }
  for (const row of explicit) {
    const size = sizes.get(row.objective);
    if (size === undefined) {
      problems.push({
        code: 'NOT_IN_BANK',
        message: `The bank has no question for the objective ${row.objective}`,
      });
    } else if (size < row.count) {
      problems.push({
        code: 'POOL_TOO_SMALL',
        message: `The blueprint draws ${row.count} for ${row.objective} but the bank has ${size}`,
      });
    }
  }
  return { rows: explicit.filter((row) => row.count > 0).map((row) => ({ ...row })), problems };
}

/**
 * How many attempts in a row can each have questions none of the earlier ones had: the
 * smallest pool-to-draw ratio. With at least as many as the attempts allowed, a learner never
 * meets a question twice, so its key may be shown after each attempt.
 */
export function freshAttempts(
  rows: readonly BlueprintRow[],
  pools: readonly ObjectivePool[],
): number {
  const sizes = new Map(pools.map((pool) => [pool.objective, pool.size]));
  let fresh = Infinity;
  for (const row of rows) {
    if (row.count > 0)
      fresh = Math.min(fresh, Math.floor((sizes.get(row.objective) ?? 0) / row.count));
  }
  return fresh === Infinity ? 0 : fresh;
}

/**
 * One attempt's questions: for each row, `count` questions of its objective, taken first
 * from those the learner has not seen in earlier attempts, then (when the pool runs short)
 * from those seen. Returned in bank order, or shuffled.
 */
export function drawByBlueprint<T extends { id: string; objective: string }>(
  bank: readonly T[],
  rows: readonly BlueprintRow[],
  seen: ReadonlySet<string>,
  shuffleQuestions: boolean,
  random: Random,
): T[] {
  const chosen = new Set<T>();
  for (const row of rows) {
    const pool = bank.filter((question) => question.objective === row.objective);
    if (pool.length < row.count) {
      throw new RangeError(`cannot draw ${row.count} for ${row.objective} from ${pool.length}`);
    }
    const fresh = shuffled(
      pool.filter((question) => !seen.has(question.id)),
      random,
    );
    const again = shuffled(
      pool.filter((question) => seen.has(question.id)),
      random,
    );
    for (const question of [...fresh, ...again].slice(0, row.count)) chosen.add(question);
  }
  const picked = bank.filter((question) => chosen.has(question));
  return shuffleQuestions ? shuffled(picked, random) : picked;
}
