import { answerKind, parseAnswers, type GiftFindings, type GiftOption } from './gift-answers.js';
import { objective, orphanDirectives, referenceOf } from './gift-directives.js';
import { explanation, markdown } from './gift-markdown.js';
import { GiftText, withFormat, type SourceLine } from './gift-text.js';
import type { QuestionType } from './question-type.js';

export type { GiftOption } from './gift-answers.js';
export { OBJECTIVE_TAG } from './gift-directives.js';

/**
 * Moodle's GIFT format, read into Fascicle's questions. The grammar follows Moodle's own
 * reader, `qformat_gift::readquestion` in question/format/gift/format.php of moodle/moodle,
 * and the "GIFT format" page of the Moodle documentation (https://docs.moodle.org/en/GIFT_format);
 * the code is our own. What Fascicle adds or refuses is in docs/assessment.md ("Importing
 * questions from GIFT"): the `// objective:` and `// reference:` comment lines a question
 * needs, the general feedback as its required explanation, and a problem with its line for
 * every question type or construct we do not have, instead of a silent skip.
 */
export interface GiftQuestion {
  /** 1-based line where the question's block (its comment lines included) starts. */
  line: number;
  /** `::Title::`: shown in the preview, not stored (questions have no title). */
  title: string | null;
  /** The `$CATEGORY:` in force: shown in the preview, not stored. */
  category: string | null;
  type: QuestionType;
  stemMarkdown: string;
  options: GiftOption[];
  explanationMarkdown: string;
  objectiveTag: string;
  reference: string;
}

export interface GiftProblem {
  line: number;
  /** "Line 12: …", whole, for an author. */
  message: string;
}

export interface GiftParseResult {
  /** The questions without a problem, in file order. */
  questions: GiftQuestion[];
  /** What stops the import, by line. */
  problems: GiftProblem[];
  /** Imported, but not exactly as written (feedback left out, weights flattened, HTML tags). */
  warnings: GiftProblem[];
}

export const GIFT_MAX_BYTES = 200 * 1024;
export const GIFT_MAX_QUESTIONS = 500;

class Findings implements GiftFindings {
  readonly problems: GiftProblem[] = [];
  readonly warnings: GiftProblem[] = [];

  problem(line: number, message: string): void {
    this.problems.push({ line, message: `Line ${line}: ${message}` });
  }

  warning(line: number, message: string): void {
    this.warnings.push({ line, message: `Line ${line}: ${message}` });
  }
}

export function parseGift(source: string): GiftParseResult {
  const findings = new Findings();
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({ text, line: index + 1 }));
  const questions: GiftQuestion[] = [];
  let category: string | null = null;
  let seen = 0;
  for (const block of blocks(lines)) {
    const content = block.filter((line) => !line.text.startsWith('//'));
    if (content.length === 0) {
      orphanDirectives(block, findings);
    } else if (content[0]!.text.startsWith('$CATEGORY:')) {
      category = categoryOf(block, findings);
    } else if (seen === GIFT_MAX_QUESTIONS) {
      findings.problem(
        block[0]!.line,
        `a file may hold at most ${GIFT_MAX_QUESTIONS} questions: split it, and import the rest from this line on separately`,
      );
      break;
    } else {
      seen += 1;
      const question = parseQuestion(block, content, category, findings);
      if (question) questions.push(question);
    }
  }
  const byLine = (a: GiftProblem, b: GiftProblem) => a.line - b.line;
  return {
    questions,
    problems: findings.problems.sort(byLine),
    warnings: findings.warnings.sort(byLine),
  };
}

/** Questions are separated by lines holding nothing but white space. */
function blocks(lines: readonly SourceLine[]): SourceLine[][] {
  const found: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) found.push(current);
      current = [];
    } else {
      current.push({ text: line.text.trim(), line: line.line });
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

function categoryOf(block: readonly SourceLine[], findings: Findings): string {
  const content = block.filter((line) => !line.text.startsWith('//'));
  const category = content[0]!;
  // Comment lines may follow; a question may not (Moodle would read it as the category's).
  const next = block.find((line) => line.line > category.line);
  if (next && content.length > 1) {
    findings.problem(
      next.line,
      'put a blank line between the $CATEGORY line and the question below it',
    );
  }
  return GiftText.of([category]).toString().slice('$CATEGORY:'.length).trim();
}

interface QuestionParts {
  title: string | null;
  stem: GiftText;
  answers: GiftText;
  general: GiftText | null;
  openLine: number;
  closeLine: number;
}

/** `::title:: stem {answers ####general feedback}`, or a problem about its shape. */
function partsOf(
  content: readonly SourceLine[],
  start: number,
  findings: Findings,
): QuestionParts | null {
  let text = GiftText.of(content).trim();
  let title: string | null = null;
  if (text.isMarkupAt('::', 0)) {
    const end = text.indexOf('::', 2);
    if (end < 0) {
      findings.problem(text.line(start), 'the title opened with :: is not closed with ::');
      return null;
    }
    title = text.slice(2, end).toString().trim() || null;
    text = text.slice(end + 2).trim();
  }
  const open = text.indexOf('{');
  const close = text.indexOf('}');
  if (open < 0 && close < 0) {
    findings.problem(
      text.line(start),
      'no answer block in braces {…}: Moodle imports such text as a description, which Fascicle does not have',
    );
    return null;
  }
  if (close < 0) {
    findings.problem(
      text.slice(open).line(start),
      'the answer block opened with { is not closed with }',
    );
    return null;
  }
  if (open < 0 || close < open) {
    findings.problem(
      text.slice(close).line(start),
      'a } closes no answer block: write \\} for a brace in the text',
    );
    return null;
  }
  const after = text.slice(close + 1).trim();
  if (after.length > 0) {
    findings.problem(
      after.line(start),
      'text after the answer block makes a missing-word question, which Fascicle does not have: put the answer block at the end',
    );
    return null;
  }
  let answers = text.slice(open + 1, close);
  const generalAt = answers.lastIndexOf('####');
  const general = generalAt < 0 ? null : answers.slice(generalAt + 4).trim();
  if (generalAt >= 0) answers = answers.slice(0, generalAt);
  return {
    title,
    stem: text.slice(0, open).trim(),
    answers,
    general,
    openLine: text.slice(open).line(start),
    closeLine: text.slice(close).line(start),
  };
}

function parseQuestion(
  block: readonly SourceLine[],
  content: readonly SourceLine[],
  category: string | null,
  findings: Findings,
): GiftQuestion | null {
  const start = block[0]!.line;
  const before = findings.problems.length;
  const parts = partsOf(content, start, findings);
  if (!parts) return null;
  const kind = answerKind(parts.answers);
  if (kind.kind === 'unsupported') {
    // The one thing to say about a question Fascicle cannot hold.
    findings.problem(parts.answers.trim().line(parts.openLine), kind.message);
    return null;
  }
  const objectiveTag = objective(block, start, findings);
  const reference = referenceOf(block, start, findings);
  const stem = withFormat(parts.stem.toString(), 'moodle');
  const stemMarkdown = markdown(stem, 'question text', parts.stem.line(parts.openLine), findings);
  const explanationMarkdown = explanation(parts.general, stem, parts.closeLine, findings);
  const parsed = parseAnswers(kind, parts.answers, parts.openLine, stem.format, findings);
  if (parsed?.options.some((option) => option.feedback !== null)) {
    findings.warning(
      parts.openLine,
      'the feedback after # on answers is not imported (Fascicle options have none): move what matters into the general feedback after ####',
    );
  }
  if (findings.problems.length > before || !parsed) return null;
  return {
    line: start,
    title: parts.title,
    category,
    type: parsed.type,
    stemMarkdown: stemMarkdown!,
    options: parsed.options,
    explanationMarkdown: explanationMarkdown!,
    objectiveTag: objectiveTag!,
    reference: reference!,
  };
}
