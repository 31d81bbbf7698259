import { CorrectionKind } from './correction-kind.js';

/** The kinds in a fixed order (safety first), each once. */
export function orderedKinds(kinds: readonly CorrectionKind[]): CorrectionKind[] {
  return Object.values(CorrectionKind).filter((kind) => kinds.includes(kind));
}

/** "safety", "legal" or "safety and legal", as a sentence about the content reads them. */
export function kindsInWords(kinds: readonly CorrectionKind[]): string {
  return orderedKinds(kinds)
    .map((kind) => kind.toLowerCase())
    .join(' and ');
}
