/**
 * Supervised-practice and adverse-event logs must not identify a patient. The forms collect no
 * identifier; this finds the ones a person may still type into free text: full dates (a date
 * of birth looks like any other date), the words "DOB" or "date of birth", medical record
 * numbers, US phone numbers and email addresses. Clinical numbers (needle counts and sizes,
 * session counts, depths, five-digit CPT codes) are not identifiers and pass.
 *
 * A finding gives its kind and position only: the message names what was found in words and
 * never repeats it, so the identifier does not travel into logs or error reports.
 */
export type PatientIdentifierKind =
  'DATE_OF_BIRTH' | 'FULL_DATE' | 'RECORD_NUMBER' | 'PHONE_NUMBER' | 'EMAIL';

export interface PatientIdentifierFinding {
  kind: PatientIdentifierKind;
  /** Index of the first character in the text. */
  start: number;
  /** Index after the last character. */
  end: number;
}

/** What each kind is called in a message, with its article ("the phone number"). */
export const PATIENT_IDENTIFIER_WORDS: Record<PatientIdentifierKind, string> = {
  DATE_OF_BIRTH: 'date of birth',
  FULL_DATE: 'full date (it could be a date of birth)',
  RECORD_NUMBER: 'record number',
  PHONE_NUMBER: 'phone number',
  EMAIL: 'email address',
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = "(?:'?\\d{2}|\\d{4})";

interface Detector {
  kind: PatientIdentifierKind;
  pattern: RegExp;
  /** A further check on the match (e.g. that a numeric date is a real day). */
  accept?: (match: RegExpExecArray) => boolean;
}

/** Day and month of a numeric date in either order (US month first, or day first). */
function isDayAndMonth(a: number, b: number): boolean {
  const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  return valid(a, b) || valid(b, a);
}

// Order matters where matches overlap: the earlier detector's finding is kept.
const DETECTORS: Detector[] = [
  { kind: 'EMAIL', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  {
    kind: 'DATE_OF_BIRTH',
    pattern: /\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|birth\s*date|birthday|born\s+(?:on|in)\b)/gi,
  },
  {
    // 1962-03-14, 1962/3/14
    kind: 'FULL_DATE',
    pattern: /(?<![\d.,/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g,
    accept: (m) => isDayAndMonth(Number(m[3]), Number(m[4])),
  },
  {
    // 03/14/1962, 14.03.62, 3-14-62: the same separator twice, a real day and month
    kind: 'FULL_DATE',
    pattern: /(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?![\d/-]|\.\d)/g,
    accept: (m) => isDayAndMonth(Number(m[1]), Number(m[3])),
  },
  {
    // March 14, 1962; Mar 14th '62
    kind: 'FULL_DATE',
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
  },
  {
    // 14 March 1962; 14th of Mar. 1962
    kind: 'FULL_DATE',
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'),
  },
  {
    // (303) 555-0147, 303-555-0147, 303.555.0147, +1 303 555 0147, 1-303-555-0147
    kind: 'PHONE_NUMBER',
    pattern:
      /(?<![\w.,])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\w]|[.,]\d)/g,
  },
  {
    kind: 'RECORD_NUMBER',
    pattern:
      /\b(?:mrn|medical\s+record|(?:record|chart|patient|account|member)\s*(?:#|no\b\.?|num(?:ber)?\b|id\b))/gi,
  },
  // A social security number's shape.
  { kind: 'RECORD_NUMBER', pattern: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g },
  // Six or more digits in a row: no clinical count or code on these forms is that long
  // (CPT codes have five), while record and account numbers are.
  { kind: 'RECORD_NUMBER', pattern: /(?<![\d.,])\d{6,}(?![\d]|[.,]\d)/g },
];

/** Every patient identifier in the text, in order of position, none overlapping. */
export function findPatientIdentifiers(text: string): PatientIdentifierFinding[] {
  const found: PatientIdentifierFinding[] = [];
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      if (detector.accept && !detector.accept(match)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ kind: detector.kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The message a person reads, naming each kind found once in words, e.g. "Remove the phone
 * number: the log must not identify the patient". Null when nothing was found.
 */
export function patientIdentifierMessage(findings: PatientIdentifierFinding[]): string | null {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  if (kinds.length === 0) return null;
  const names = kinds.map((kind) => `the ${PATIENT_IDENTIFIER_WORDS[kind]}`);
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Remove ${list}: the log must not identify the patient`;
}
