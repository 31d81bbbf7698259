import type { GiftFindings } from './gift-answers.js';
import type { SourceLine } from './gift-text.js';

/**
 * Our two comment lines, which Moodle ignores as comments (so the file still loads there):
 * `// objective: safety-pneumothorax` and `// reference: …` in a question's block, usually
 * just above its text. They give the learning objective and the source every question needs
 * and GIFT has no place for.
 */
export const DIRECTIVE = /^\/\/\s*(objective|reference)\s*:(.*)$/i;
export const OBJECTIVE_TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_OBJECTIVE_LENGTH = 80;
const REFERENCE_LENGTH = { min: 3, max: 1000 };

export function orphanDirectives(block: readonly SourceLine[], findings: GiftFindings): void {
  const directive = block.find((line) => DIRECTIVE.test(line.text));
  if (directive) {
    findings.problem(
      directive.line,
      'this comment names no question: remove the blank line between it and the question it belongs to',
    );
  }
}

interface Directive {
  value: string;
  line: number;
}

function directives(block: readonly SourceLine[], name: string): Directive[] {
  return block.flatMap(({ text, line }) => {
    const match = DIRECTIVE.exec(text);
    return match && match[1]!.toLowerCase() === name ? [{ value: match[2]!.trim(), line }] : [];
  });
}

/** The one value of a directive, or a problem. */
function single(
  block: readonly SourceLine[],
  name: string,
  start: number,
  example: string,
  findings: GiftFindings,
): Directive | null {
  const found = directives(block, name);
  if (found.length === 0) {
    findings.problem(
      start,
      `no ${name}: add a line "// ${name}: ${example}" just above the question, with no blank line between`,
    );
    return null;
  }
  if (found.length > 1) {
    findings.problem(found[1]!.line, `a second "// ${name}:" line: a question has one ${name}`);
    return null;
  }
  return found[0]!;
}

export function objective(
  block: readonly SourceLine[],
  start: number,
  findings: GiftFindings,
): string | null {
  const found = single(block, 'objective', start, 'safety-pneumothorax', findings);
  if (!found) return null;
  if (!OBJECTIVE_TAG.test(found.value) || found.value.length > MAX_OBJECTIVE_LENGTH) {
    findings.problem(
      found.line,
      `the objective "${found.value}" must be lower-case words joined by hyphens, at most ${MAX_OBJECTIVE_LENGTH} characters, e.g. safety-pneumothorax`,
    );
    return null;
  }
  return found.value;
}

export function referenceOf(
  block: readonly SourceLine[],
  start: number,
  findings: GiftFindings,
): string | null {
  const found = single(block, 'reference', start, 'the source that supports the answer', findings);
  if (!found) return null;
  const { min, max } = REFERENCE_LENGTH;
  if (found.value.length < min || found.value.length > max) {
    findings.problem(found.line, `the reference must be ${min} to ${max} characters long`);
    return null;
  }
  return found.value;
}
