export type CsvCell = string | number | null;

/** Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * RFC 4180 quotes a field containing a comma, quote or line break; a semicolon is quoted too,
 * because spreadsheets in many locales split on it, and an unquoted `x;=cmd()` would become
 * a formula cell there.
 */
const NEEDS_QUOTES = /[",;\r\n]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    // A number is data whatever its sign; only text can smuggle a formula.
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
    return String(value);
  }
  // Learner names and course titles are user input; the apostrophe makes Excel, LibreOffice
  // and Sheets show the text instead of evaluating e.g. =HYPERLINK(...).
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * An RFC 4180 CSV document: CRLF after every record, fields quoted only when they must be, with
 * formula-looking text neutralised. Every row must have as many cells as the header, so a
 * shifted column cannot put a value under the wrong heading.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== header.length) {
      throw new RangeError(`row ${i} has ${row.length} cells, the header ${header.length}`);
    }
    return row.map(cell).join(',');
  });
  return lines.map((line) => `${line}\r\n`).join('');
}
