import type { DryNeedlingStatus, RuleSourceKind } from '../../../gql/graphql';
import type { Tone } from '../../../ui/Badge';

export const STATUS_LOOK: Record<DryNeedlingStatus, { tone: Tone; words: string }> = {
  PERMITTED: { tone: 'ok', words: 'Permitted' },
  NOT_PERMITTED: { tone: 'danger', words: 'Not permitted' },
  PENDING_RULES: { tone: 'warn', words: 'Rules pending' },
  UNCLEAR: { tone: 'neutral', words: 'Unclear' },
};

export const STATUSES = Object.keys(STATUS_LOOK) as DryNeedlingStatus[];

export const SOURCE_KIND_WORDS: Record<RuleSourceKind, string> = {
  STATUTE: 'Statute',
  RULE: 'Rule (administrative code)',
  BOARD: 'Board statement or position',
  ATTORNEY_GENERAL: 'Attorney general opinion',
  COURT: 'Court decision',
  BILL: 'Bill',
};

export const SOURCE_KINDS = Object.keys(SOURCE_KIND_WORDS) as RuleSourceKind[];

/** A figure the rule does not set, or no primary source confirmed: never shown as zero. */
export function figure(value: number | null, unit = ''): string {
  return value === null ? 'not set' : `${value}${unit}`;
}

export function yesNo(value: boolean | null): string {
  return value === null ? 'not set' : value ? 'yes' : 'no';
}

/** The latest day any of the rule's sources was read: the rule's "checked on" date. */
export function checkedOn(sources: { checkedOn: string }[]): string | null {
  return (
    sources
      .map((source) => source.checkedOn)
      .sort()
      .at(-1) ?? null
  );
}
