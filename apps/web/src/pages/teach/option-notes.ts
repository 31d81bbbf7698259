/** One option as the item analysis reports it. */
export interface AnalysedOption {
  isKey: boolean;
  picks: number;
}

/**
 * What an author should notice about an option: a distractor no one chose does no work, and
 * one chosen more often than the key suggests the key or the stem is wrong. Null when neither.
 */
export function optionNote(
  option: AnalysedOption,
  options: readonly AnalysedOption[],
  responses: number,
): string | null {
  if (option.isKey || responses === 0) return null;
  if (option.picks === 0) return 'Never chosen: it does not distract';
  const keyPicks = Math.max(0, ...options.filter((o) => o.isKey).map((o) => o.picks));
  if (option.picks > keyPicks) return 'Chosen more often than the key: check the key';
  return null;
}
