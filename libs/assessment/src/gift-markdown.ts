import { HTML_REFUSED, type GiftFindings } from './gift-answers.js';
import { plainToMarkdown, withFormat, type FormattedText, type GiftText } from './gift-text.js';

const MAX_MARKDOWN_LENGTH = 10_000;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** The general feedback (`####…`), which is the explanation Fascicle requires. */
export function explanation(
  general: GiftText | null,
  stem: FormattedText,
  line: number,
  findings: GiftFindings,
): string | null {
  const text = general?.toString() ?? '';
  if (text === '') {
    findings.problem(
      line,
      'no general feedback: end the answer block with ####, then why the answer is right (Fascicle requires an explanation)',
    );
    return null;
  }
  const formatted = withFormat(text, stem.format);
  // An [html] taken from the question text was reported there, once.
  if (formatted.format === 'html' && !formatted.explicit) return null;
  return markdown(formatted, 'general feedback', general!.line(line), findings);
}

/** The text as Fascicle's Markdown, or null after a problem. */
export function markdown(
  text: FormattedText,
  what: string,
  line: number,
  findings: GiftFindings,
): string | null {
  switch (text.format) {
    case 'html':
      findings.problem(line, HTML_REFUSED);
      return null;
    case 'plain':
      return bounded(plainToMarkdown(text.text), what, line, findings);
    case 'markdown':
    case 'moodle': {
      const tag = HTML_TAG.exec(text.text);
      if (tag) {
        findings.warning(
          line,
          `the ${what} holds an HTML tag (${tag[0]}), which learners would see as typed: Fascicle shows Markdown without HTML`,
        );
      }
      return bounded(text.text, what, line, findings);
    }
  }
}

function bounded(text: string, what: string, line: number, findings: GiftFindings): string | null {
  if (text.trim() === '') {
    findings.problem(line, `the ${what} is empty`);
    return null;
  }
  if (text.length > MAX_MARKDOWN_LENGTH) {
    findings.problem(
      line,
      `the ${what} is ${text.length} characters long; the most is ${MAX_MARKDOWN_LENGTH}`,
    );
    return null;
  }
  return text;
}
