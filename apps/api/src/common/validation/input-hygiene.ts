import type { FieldProblem } from '../errors/domain-error.js';
import { EARLIEST_DAY, isWithinDateRange, LATEST_DAY } from './calendar-date.js';
import { describeForbidden, forbiddenCharacter } from './forbidden-characters.js';
import { fieldLabel } from './field-messages.js';

/**
 * Fields that hold a secret: any character but NUL is legitimate there (NIST SP 800-63B
 * §5.1.1.2: Unicode characters should be accepted), and refusing one now would lock out
 * whoever already chose it.
 */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['password', 'currentPassword', 'newPassword']);

/**
 * The one rule every string a client sends obeys, whatever its type or DTO: no NUL, no
 * invisible or direction-changing character (secrets excepted), and every date within the
 * range of calendar-date.ts. Problems are named by path: `slug`, `displayName`,
 * `references.1.citation`.
 */
export function hygieneProblems(value: unknown, name: string | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // An input object's fields are named on their own, as class-validator names them.
  const isInputObject =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date);
  const root = isInputObject ? '' : (name ?? 'input');
  visit(value, root, SECRET_FIELDS.has(name ?? ''), problems);
  return problems;
}

function visit(value: unknown, path: string, secret: boolean, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    const found = forbiddenCharacter(value, { anyVisibility: secret });
    if (found) problems.push({ field: path, message: describeForbidden(fieldLabel(path), found) });
  } else if (value instanceof Date) {
    if (!isWithinDateRange(value)) {
      problems.push({
        field: path,
        message: `${fieldLabel(path)} must be a date from ${EARLIEST_DAY} to ${LATEST_DAY}`,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, join(path, String(index)), secret, problems));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      visit(item, join(path, key), SECRET_FIELDS.has(key), problems);
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
