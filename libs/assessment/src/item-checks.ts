import { QuestionType } from './question-type.js';

/**
 * Item-writing checks: the cues that let a test-wise learner answer without knowing the
 * content. From Haladyna, Downing & Rodriguez, Appl Meas Educ 2002;15(3):309–334 (keep
 * options alike in length; vary the key's position; avoid "all of the above" and absolute
 * words such as always and never) and the NBME item-writing guide (6th ed., 2020), which flags
 * a correct option longer or more complete than the rest. A longest-option strategy measurably
 * raises scores (Pham, Besanko & Devitt, MedEdPublish 2018;7:225).
 */
export interface CheckedOption {
  text: string;
  isCorrect: boolean;
}

export interface CheckedItem {
  id: string;
  type: QuestionType;
  stem: string;
  options: readonly CheckedOption[];
}

export type ItemWarningCode =
  | 'KEY_IS_LONGEST'
  | 'ABSOLUTES_ONLY_IN_DISTRACTORS'
  | 'ABSOLUTES_ONLY_IN_KEY'
  | 'ALL_OR_NONE_OF_THE_ABOVE'
  | 'DUPLICATE_STEM'
  | 'REPEATS_LESSON_TEXT';

export interface ItemWarning {
  code: ItemWarningCode;
  message: string;
}

const ABSOLUTES = ['always', 'never', 'only', 'all', 'none'];
const ABOVE = /\b(all|none|both|neither) of the (above|options|answers|choices)\b/i;
/** Jaccard similarity of two stems' word sets at or above which they ask the same thing. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** Consecutive words a stem may share with a lesson before it is the lesson's own example. */
export const LESSON_ECHO_WORDS = 10;

/** Option text as a learner sees its length: Markdown markers and spacing left out. */
export function visibleLength(text: string): number {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().length;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** For single choice: the key is longer than every other option. */
export function keyIsUniquelyLongest(item: CheckedItem): boolean {
  if (item.type !== QuestionType.SINGLE_CHOICE || item.options.length < 2) return false;
  const key = item.options.find((option) => option.isCorrect);
  if (!key) return false;
  const keyLength = visibleLength(key.text);
  return item.options.every((option) => option === key || visibleLength(option.text) < keyLength);
}

function absolutes(text: string): string[] {
  const found = new Set(words(text).filter((word) => ABSOLUTES.includes(word)));
  return [...found];
}

/** Warnings about one item on its own. */
export function itemWarnings(item: CheckedItem): ItemWarning[] {
  const warnings: ItemWarning[] = [];
  if (keyIsUniquelyLongest(item)) {
    warnings.push({
      code: 'KEY_IS_LONGEST',
      message:
        'The correct option is the longest: a guesser who picks the longest option gets it right. Make the options alike in length',
    });
  }
  if (item.type !== QuestionType.TRUE_FALSE) {
    const inKeys = item.options.filter((o) => o.isCorrect).flatMap((o) => absolutes(o.text));
    const inDistractors = item.options
      .filter((o) => !o.isCorrect)
      .flatMap((o) => absolutes(o.text));
    if (inDistractors.length > 0 && inKeys.length === 0) {
      warnings.push({
        code: 'ABSOLUTES_ONLY_IN_DISTRACTORS',
        message: `Only wrong options say "${[...new Set(inDistractors)].join('", "')}": absolute words cue a guesser to rule them out`,
      });
    }
    if (inKeys.length > 0 && inDistractors.length === 0) {
      warnings.push({
        code: 'ABSOLUTES_ONLY_IN_KEY',
        message: `Only the correct option says "${[...new Set(inKeys)].join('", "')}"`,
      });
    }
    if (item.options.some((option) => ABOVE.test(option.text))) {
      warnings.push({
        code: 'ALL_OR_NONE_OF_THE_ABOVE',
        message:
          '"All/none of the above" lets partial knowledge find the key; write a plausible option instead',
      });
    }
  }
  return warnings;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Pairs of items (by index) whose stems are the same question in other words. */
export function nearDuplicateStems(items: readonly CheckedItem[]): [number, number][] {
  const sets = items.map((item) => new Set(words(item.stem)));
  const pairs: [number, number][] = [];
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      if (jaccard(sets[i]!, sets[j]!) >= NEAR_DUPLICATE_SIMILARITY) pairs.push([i, j]);
    }
  }
  return pairs;
}

export interface LessonText {
  title: string;
  text: string;
}

/** Every run of LESSON_ECHO_WORDS words in the lessons, with the lesson it comes from. */
export function lessonRuns(lessons: readonly LessonText[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const lesson of lessons) {
    const lessonWords = words(lesson.text);
    for (let i = 0; i + LESSON_ECHO_WORDS <= lessonWords.length; i += 1) {
      const run = lessonWords.slice(i, i + LESSON_ECHO_WORDS).join(' ');
      if (!runs.has(run)) runs.set(run, lesson.title);
    }
  }
  return runs;
}

/**
 * The lesson whose text the stem repeats word for word over LESSON_ECHO_WORDS or more
 * words: an application item should put a new case, not the lesson's worked example.
 */
export function echoedLesson(stem: string, runs: ReadonlyMap<string, string>): string | null {
  const stemWords = words(stem);
  for (let i = 0; i + LESSON_ECHO_WORDS <= stemWords.length; i += 1) {
    const lesson = runs.get(stemWords.slice(i, i + LESSON_ECHO_WORDS).join(' '));
    if (lesson) return lesson;
  }
  return null;
}
