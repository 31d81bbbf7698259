import type { CorrectionKind } from '../../gql/graphql';

const ORDER: CorrectionKind[] = ['SAFETY', 'LEGAL'];

/** "safety", "legal" or "safety and legal", as the API's emails word them. */
export function kindsInWords(kinds: readonly CorrectionKind[]): string {
  return ORDER.filter((kind) => kinds.includes(kind))
    .map((kind) => kind.toLowerCase())
    .join(' and ');
}
