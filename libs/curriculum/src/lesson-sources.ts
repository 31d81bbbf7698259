import type { CurriculumLesson } from './model.js';

export const MIN_LESSON_REFERENCES = 3;
/** A lesson cites at least one source this recent (years before the course's review). */
export const RECENT_SOURCE_YEARS = 5;

const YEAR = /\b(?:19[4-9]\d|20[0-4]\d)\b/g;
/**
 * A figure a reader could act on or repeat: a percentage, a length, an effect size, a sample
 * size or a rate such as "1 in 1,024". Counts like "CPT 20560" or "C5" are not figures.
 */
const FIGURE =
  /\d[\d,.]*\s?(?:%|per ?cent\b|mm\b|cm\b|millimet|centimet)|\b(?:SMD|WMD|MD|OR|RR)\b\s*(?:of\s*)?[−-]?\d|\bn\s*=\s*\d|\b1 in [\d,]+\d/i;

/**
 * The sourcing rules of a lesson: enough references in the documented format (each with its
 * year), one recent where the topic has one, and every figure with its source and year beside
 * it (in the same paragraph, list item or table row).
 */
export function lessonSourceProblems(lesson: CurriculumLesson, reviewedOn: string): string[] {
  const problems: string[] = [];
  if (lesson.references.length < MIN_LESSON_REFERENCES) {
    problems.push(
      `${lesson.file}: ${lesson.references.length} references under "## References"; at least ${MIN_LESSON_REFERENCES}`,
    );
  }
  const years: number[] = [];
  lesson.references.forEach((reference, index) => {
    const found = reference.citation.match(YEAR);
    if (!found) {
      problems.push(`${lesson.file}: reference ${index + 1} gives no year of publication`);
    } else {
      years.push(Math.max(...found.map(Number)));
    }
  });
  const recent = Number(reviewedOn.slice(0, 4)) - RECENT_SOURCE_YEARS;
  if (years.length && Math.max(...years) < recent && !lesson.recentSourceNone) {
    problems.push(
      `${lesson.file}: no reference from ${recent} or later; cite a recent source or say why none exists (recentSourceNone)`,
    );
  }
  for (const unit of textUnits(lesson.body)) {
    if (FIGURE.test(unit) && !unit.match(YEAR)) {
      problems.push(`${lesson.file}: a figure without its source and year: "${shorten(unit)}"`);
    }
  }
  return problems;
}

/**
 * The lesson's text before its references, cut into the units a citation must share with its
 * figure: table rows, list items and paragraphs. Headings are not units.
 */
export function textUnits(body: string): string[] {
  const text = body.split(/^##\s+References\s*$/m)[0];
  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) {
      flush();
    } else if (trimmed.startsWith('|')) {
      flush();
      if (!/^\|[\s|:-]+\|$/.test(trimmed)) units.push(trimmed);
    } else if (/^(?:[-*+]|\d+[.)])\s/.test(trimmed)) {
      flush();
      paragraph.push(trimmed);
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return units;
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
