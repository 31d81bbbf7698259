import { findPatientIdentifiers, patientIdentifierMessage } from '@fascicle/hybrid';
import { InvalidInputError, type FieldProblem } from '../common/errors/domain-error.js';

/**
 * Refuses free text that identifies a patient, naming each field and what was found in it in
 * words (never the text itself), before anything is stored.
 */
export function requirePatientFree(
  fields: Record<string, string | readonly string[] | null | undefined>,
): void {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    // List items are checked one by one, so digits of two items do not join up.
    const texts: readonly string[] = typeof value === 'string' ? [value] : value;
    const findings = texts.flatMap((text) => findPatientIdentifiers(text));
    const message = patientIdentifierMessage(findings);
    if (message) problems.push({ field, message, code: 'PATIENT_IDENTIFIER' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems, 'PATIENT_IDENTIFIER');
}
