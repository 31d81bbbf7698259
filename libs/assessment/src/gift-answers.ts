import { withFormat, type GiftFormat, type GiftText } from './gift-text.js';
import { questionProblems, trueFalseOptions } from './question-rules.js';
import { QuestionType } from './question-type.js';

export interface GiftOption {
  text: string;
  isCorrect: boolean;
  /** Moodle's weight in percent: 100 for `=`, 0 for a bare `~`, n for `~%n%`. */
  weight: number;
  /** Moodle's per-answer feedback (after `#`): shown in the preview, not imported. */
  feedback: string | null;
}

export interface GiftAnswers {
  type: QuestionType;
  options: GiftOption[];
}

/** Where the parser's findings go; `line` is 1-based, the message without "Line n:". */
export interface GiftFindings {
  problem(line: number, message: string): void;
  warning(line: number, message: string): void;
}

export const MAX_OPTION_LENGTH = 1000;
const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;
const TRUE_FALSE: Readonly<Record<string, boolean>> = {
  T: true,
  TRUE: true,
  F: false,
  FALSE: false,
};

export type AnswerKind =
  | { kind: 'choices' }
  | { kind: 'trueFalse'; answer: boolean }
  | { kind: 'unsupported'; message: string };

/**
 * What the answer block between `{` and `}` (general feedback already taken off) makes, told
 * apart the way Moodle's `readquestion` does it, in the same order: empty is an essay, `#`
 * first is numerical, any `~` is multiple choice, `=` with `->` is matching, T/F is
 * true/false, anything else short answer. Only multiple choice and true/false exist here.
 */
export function answerKind(block: GiftText): AnswerKind {
  const answers = block.trim();
  const unsupported = (message: string): AnswerKind => ({ kind: 'unsupported', message });
  if (answers.length === 0) {
    return unsupported(
      'the answer block {} is empty: Moodle reads that as an essay question, which Fascicle does not have',
    );
  }
  if (answers.isMarkupAt('#', 0)) {
    return unsupported(
      'an answer block starting with # is a numerical question, which Fascicle does not have',
    );
  }
  if (answers.indexOf('~') >= 0) return { kind: 'choices' };
  if (answers.indexOf('=') >= 0 && answers.indexOf('->') >= 0) {
    return unsupported('answers with -> make a matching question, which Fascicle does not have');
  }
  const feedbackAt = answers.indexOf('#');
  const head = (feedbackAt < 0 ? answers : answers.slice(0, feedbackAt)).trim().toString();
  const answer = TRUE_FALSE[head];
  if (answer !== undefined) return { kind: 'trueFalse', answer };
  if (head.toUpperCase() in TRUE_FALSE) {
    return unsupported(
      `write {${head.toUpperCase()}} in capitals: Moodle reads {${head}} as a short-answer question`,
    );
  }
  if (answers.isMarkupAt('=', 0)) {
    return unsupported(
      'only = answers and no ~ wrong ones make a short-answer question, which Fascicle does not have: add wrong answers with ~',
    );
  }
  return unsupported(
    'the answer block holds neither = and ~ answers nor T or F: Moodle reads it as a short-answer question, which Fascicle does not have',
  );
}

/** The options of a block `answerKind` found supported; null after a problem. */
export function parseAnswers(
  kind: Exclude<AnswerKind, { kind: 'unsupported' }>,
  block: GiftText,
  openLine: number,
  format: GiftFormat,
  findings: GiftFindings,
): GiftAnswers | null {
  const answers = block.trim();
  switch (kind.kind) {
    case 'trueFalse':
      return trueFalse(answers, kind.answer, openLine, findings);
    case 'choices':
      return choices(answers, openLine, format, findings);
  }
}

/** `{T#feedback if wrong#feedback if right}`, as Moodle's `split_truefalse_comment`. */
function trueFalse(
  answers: GiftText,
  answer: boolean,
  openLine: number,
  findings: GiftFindings,
): GiftAnswers {
  const parts: GiftText[] = [];
  let rest = answers;
  for (let at = rest.indexOf('#'); at >= 0 && parts.length < 2; at = rest.indexOf('#')) {
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  const [, ifWrong, ifRight] = parts.map((part) => part.trim().toString() || null);
  const options = trueFalseOptions(answer).map((option) => ({
    ...option,
    weight: option.isCorrect ? 100 : 0,
    feedback: (option.isCorrect ? ifRight : ifWrong) ?? null,
  }));
  checkRules(QuestionType.TRUE_FALSE, options, answers.line(openLine), findings);
  return { type: QuestionType.TRUE_FALSE, options };
}

/**
 * `=` marks the one right answer of a single-choice question; without any `=`, weights mark
 * a multiple-choice question's right answers (Moodle's `single = 0`), positive ones right.
 */
function choices(
  answers: GiftText,
  openLine: number,
  format: GiftFormat,
  findings: GiftFindings,
): GiftAnswers | null {
  const parts = answers.splitBefore(['~', '=']);
  const before = parts[0]!;
  if (!before.isMarkupAt('~', 0) && !before.isMarkupAt('=', 0)) {
    findings.problem(
      before.line(openLine),
      `"${before.toString().trim()}" comes before the first answer: start each answer with = (right) or ~ (wrong)`,
    );
    return null;
  }
  const parsed = parts.map((part) => choice(part, openLine, format, findings));
  if (parsed.some((option) => option === null)) return null;
  const options = parsed as GiftOption[];
  const single = parts.some((part) => part.isMarkupAt('=', 0));
  const type = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
  const line = answers.line(openLine);
  const right = options.filter((option) => option.weight > 0);
  if (single) {
    const marked = parts.filter((part) => part.isMarkupAt('=', 0));
    if (marked.length > 1) {
      findings.problem(
        marked[1]!.line(openLine),
        `${marked.length} answers are marked right with =: a single-choice question has one (write \\= for an equals sign in an answer; for several right answers weigh them, ~%50%A ~%50%B, and mark none with =)`,
      );
      return null;
    }
    const partial = parts.find((part, i) => part.isMarkupAt('~', 0) && options[i]!.weight > 0);
    if (partial) {
      findings.problem(
        partial.line(openLine),
        'a ~%n% weight beside an = answer gives partial credit, which a single-choice question does not: remove the weight',
      );
      return null;
    }
  } else if (right.length === 0) {
    findings.problem(
      line,
      'the answer block has no correct answer (mark one with =, or weigh the right ones, e.g. ~%50%A ~%50%B)',
    );
    return null;
  } else {
    const weights = right.map((option) => option.weight);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (new Set(weights).size > 1 || Math.abs(total - 100) > 1) {
      findings.warning(
        line,
        `the weights of the right answers (${weights.map((w) => `${w}%`).join(', ')}) are not kept: each right option counts the same, under the quiz's multiple-choice scoring`,
      );
    }
  }
  return checkRules(type, options, line, findings) ? { type, options } : null;
}

function choice(
  part: GiftText,
  openLine: number,
  inherited: GiftFormat,
  findings: GiftFindings,
): GiftOption | null {
  const line = part.line(openLine);
  const marker = part.toString()[0];
  let body = part.slice(1).trim();
  let weight = marker === '=' ? 100 : 0;
  const weighed = WEIGHT.exec(body.toString());
  if (weighed) {
    if (marker === '=') {
      findings.problem(
        line,
        '= marks the right answer without a weight: write weights after ~, as ~%50%',
      );
      return null;
    }
    weight = Number(weighed[1]);
    if (weight < -100 || weight > 100) {
      findings.problem(line, `the weight ${weight}% is outside -100% to 100%`);
      return null;
    }
    body = body.slice(weighed[0].length);
  }
  const feedbackAt = body.indexOf('#');
  const answer = (feedbackAt < 0 ? body : body.slice(0, feedbackAt)).trim().toString();
  const afterHash = feedbackAt < 0 ? null : body.slice(feedbackAt + 1).trim();
  const feedback = afterHash?.toString() || null;
  const { format, explicit, text } = withFormat(answer, inherited);
  if (format === 'html' && explicit) {
    findings.problem(line, HTML_REFUSED);
    return null;
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '') {
    findings.problem(line, `an answer after ${marker} has no text`);
    return null;
  }
  if (oneLine.length > MAX_OPTION_LENGTH) {
    findings.problem(
      line,
      `an answer is ${oneLine.length} characters long; the most is ${MAX_OPTION_LENGTH}`,
    );
    return null;
  }
  return { text: oneLine, isCorrect: weight > 0, weight, feedback };
}

function checkRules(
  type: QuestionType,
  options: readonly GiftOption[],
  line: number,
  findings: GiftFindings,
): boolean {
  const problems = questionProblems(type, [...options]);
  for (const message of problems) findings.problem(line, message);
  return problems.length === 0;
}

export const HTML_REFUSED =
  '[html] text is not imported: Fascicle shows Markdown without HTML, so learners would see the tags. Rewrite it in Markdown, or drop [html] if the text has no tags';
