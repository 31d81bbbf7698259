import type { DryNeedlingRule, StateRule } from './state-rules.js';

/** A version of a state's rule as recorded: seeded from the data file or by an admin. */
export interface RecordedRule {
  rule: DryNeedlingRule;
  /** When it was recorded (ISO time): of two versions from the same day, the later one wins. */
  recordedAt: string;
}

/** Every version a state's row in the data file holds, oldest first. */
export function versionsOf(state: StateRule): DryNeedlingRule[] {
  const { code: _code, name: _name, history, ...current } = state;
  return [...history, current];
}

/**
 * The version in force on `onDate` (YYYY-MM-DD): the latest one effective on or before it, a
 * correction recorded later winning over a version from the same day. A version with no
 * effective date counts as in force before every dated one. Null when the first version
 * started after `onDate`: what applied then is not recorded.
 */
export function ruleInForce(
  versions: readonly RecordedRule[],
  onDate: string,
): RecordedRule | null {
  let best: RecordedRule | null = null;
  for (const version of versions) {
    const from = version.rule.effective;
    if (from !== null && from > onDate) continue;
    if (best === null || startsLater(version, best)) best = version;
  }
  return best;
}

function startsLater(a: RecordedRule, b: RecordedRule): boolean {
  const fromA = a.rule.effective ?? '';
  const fromB = b.rule.effective ?? '';
  if (fromA !== fromB) return fromA > fromB;
  return a.recordedAt > b.recordedAt;
}

/** The date the version was last read at its sources: what every answer must show. */
export function checkedOn(rule: DryNeedlingRule): string | null {
  return (
    rule.sources
      .map((source) => source.checkedOn)
      .sort()
      .at(-1) ?? null
  );
}
