import {
  echoedLesson,
  itemWarnings,
  keyIsUniquelyLongest,
  lessonRuns,
  nearDuplicateStems,
  type CheckedItem,
  type ItemWarning,
  type LessonText,
} from './item-checks.js';
import { QuestionType } from './question-type.js';

/**
 * A bank may hold no more longest-option keys than chance would give (the mean of
 * 1 / options over its single-choice items) plus this share.
 */
export const LONGEST_KEY_MARGIN = 0.1;
/** True/false keys, where a bank has at least TRUE_FALSE_MIN_ITEMS of them: 40–60 % false. */
export const TRUE_FALSE_FALSE_SHARE = { min: 0.4, max: 0.6 };
export const TRUE_FALSE_MIN_ITEMS = 5;

export interface BankStats {
  singleChoice: number;
  longestKeys: number;
  /** What a guesser picking the longest option would get by chance alone. */
  chanceShare: number;
  /** The most longest-option keys the bank may hold. */
  longestKeyLimit: number;
  trueFalse: number;
  falseKeys: number;
  /** How many single-choice keys sit at each position (first option = index 0). */
  keyPositions: number[];
}

export type BankFindingCode = 'LONGEST_KEY_SHARE' | 'TRUE_FALSE_BALANCE' | 'KEY_POSITION_SKEW';

export interface BankFinding {
  code: BankFindingCode;
  /** A limit refuses submission and publication; the rest are warnings. */
  limit: boolean;
  message: string;
}

export interface ItemReport {
  id: string;
  warnings: ItemWarning[];
}

export interface BankReport {
  stats: BankStats;
  findings: BankFinding[];
  items: ItemReport[];
}

export function bankStats(items: readonly CheckedItem[]): BankStats {
  const single = items.filter((item) => item.type === QuestionType.SINGLE_CHOICE);
  const trueFalse = items.filter((item) => item.type === QuestionType.TRUE_FALSE);
  const chanceShare =
    single.length === 0
      ? 0
      : single.reduce((sum, item) => sum + 1 / Math.max(item.options.length, 1), 0) / single.length;
  const keyPositions: number[] = [];
  for (const item of single) {
    const at = item.options.findIndex((option) => option.isCorrect);
    if (at >= 0) keyPositions[at] = (keyPositions[at] ?? 0) + 1;
  }
  return {
    singleChoice: single.length,
    longestKeys: single.filter(keyIsUniquelyLongest).length,
    chanceShare,
    longestKeyLimit: Math.floor((chanceShare + LONGEST_KEY_MARGIN) * single.length + 1e-9),
    trueFalse: trueFalse.length,
    // True/false items store True then False; the key is False when the second is correct.
    falseKeys: trueFalse.filter((item) => item.options[1]?.isCorrect).length,
    keyPositions: Array.from(keyPositions, (count) => count ?? 0),
  };
}

export function bankFindings(
  items: readonly CheckedItem[],
  stats = bankStats(items),
): BankFinding[] {
  const findings: BankFinding[] = [];
  if (stats.longestKeys > stats.longestKeyLimit) {
    findings.push({
      code: 'LONGEST_KEY_SHARE',
      limit: true,
      message:
        `In ${stats.longestKeys} of ${stats.singleChoice} single-choice questions the correct option is the longest; ` +
        `chance is ${percent(stats.chanceShare)}, so at most ${stats.longestKeyLimit} may be`,
    });
  }
  if (stats.trueFalse >= TRUE_FALSE_MIN_ITEMS) {
    const share = stats.falseKeys / stats.trueFalse;
    if (share < TRUE_FALSE_FALSE_SHARE.min || share > TRUE_FALSE_FALSE_SHARE.max) {
      findings.push({
        code: 'TRUE_FALSE_BALANCE',
        limit: true,
        message:
          `${stats.falseKeys} of ${stats.trueFalse} true/false questions are false (${percent(share)}); ` +
          `keep it between ${percent(TRUE_FALSE_FALSE_SHARE.min)} and ${percent(TRUE_FALSE_FALSE_SHARE.max)} so "always false" scores no better than chance`,
      });
    }
  }
  const skew = positionSkew(items);
  if (skew) findings.push({ code: 'KEY_POSITION_SKEW', limit: false, message: skew });
  return findings;
}

/**
 * A key position used far more, or never, where chance would use it (shown even though
 * shuffled options hide it from learners: a printed or exported bank still has it).
 */
function positionSkew(items: readonly CheckedItem[]): string | null {
  const single = items.filter((item) => item.type === QuestionType.SINGLE_CHOICE);
  if (single.length < 8) return null;
  const expected: number[] = [];
  const observed: number[] = [];
  for (const item of single) {
    item.options.forEach((option, position) => {
      expected[position] = (expected[position] ?? 0) + 1 / item.options.length;
      if (option.isCorrect) observed[position] = (observed[position] ?? 0) + 1;
    });
  }
  for (let position = 0; position < expected.length; position += 1) {
    const want = expected[position] ?? 0;
    const got = observed[position] ?? 0;
    if ((got >= 2 * want && got - want >= 3) || (got === 0 && want >= 3)) {
      return `Option ${position + 1} is the key in ${got} questions where about ${Math.round(want)} would be expected: vary the key's position`;
    }
  }
  return null;
}

/** Everything about a bank an author or reviewer needs to see. */
export function bankReport(
  items: readonly CheckedItem[],
  lessons: readonly LessonText[] = [],
): BankReport {
  const stats = bankStats(items);
  const warnings = new Map(items.map((item) => [item.id, itemWarnings(item)]));
  for (const [a, b] of nearDuplicateStems(items)) {
    for (const [self, other] of [
      [a, b],
      [b, a],
    ] as const) {
      warnings.get(items[self]!.id)!.push({
        code: 'DUPLICATE_STEM',
        message: `Asks nearly the same as question ${other + 1}: "${shorten(items[other]!.stem)}"`,
      });
    }
  }
  if (lessons.length > 0) {
    const runs = lessonRuns(lessons);
    for (const item of items) {
      const lesson = echoedLesson(item.stem, runs);
      if (lesson) {
        warnings.get(item.id)!.push({
          code: 'REPEATS_LESSON_TEXT',
          message: `The stem repeats lesson "${lesson}" word for word: an application question needs a new case`,
        });
      }
    }
  }
  return {
    stats,
    findings: bankFindings(items, stats),
    items: items.map((item) => ({ id: item.id, warnings: warnings.get(item.id)! })),
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
