import type { DryNeedlingStatus, StateRule, StateRules } from './state-rules.js';

const STATUS_WORDS: Record<DryNeedlingStatus, string> = {
  PERMITTED: 'Permitted',
  NOT_PERMITTED: 'Not permitted',
  PENDING_RULES: 'Permitted by law once the board adopts rules',
  UNCLEAR: 'Unclear: no primary source confirms it',
};

/**
 * The state rules as a Markdown table for a lesson, with what is not confirmed listed under
 * it: a lesson shows the data file, it never restates a state's rule by hand.
 */
export function renderStateRulesTable(rules: StateRules): string {
  const rows = rules.states.map(
    (state) =>
      `| ${cells([
        `${state.name} (${state.code})`,
        STATUS_WORDS[state.status],
        training(state),
        duties(state),
        sources(state),
      ])} |`,
  );
  const unconfirmed = rules.states.flatMap((state) =>
    state.unconfirmed.map((line) => `- ${state.name}: ${line}`),
  );
  return [
    rules.note.trim(),
    '',
    '| State | Status | Training and experience before needling | Filing, delegation and records | Primary source (effective; checked) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Compiled by ${rules.checkedBy} from the primary sources named in each row.`,
    ...(unconfirmed.length
      ? ['', '**Not confirmed by a primary source yet:**', '', ...unconfirmed]
      : []),
  ].join('\n');
}

function training(state: StateRule): string {
  const parts: string[] = [];
  if (state.trainingHours !== null) parts.push(`${state.trainingHours} h of training`);
  if (state.inPersonHours !== null) parts.push(`${state.inPersonHours} h in person`);
  if (state.onlineHoursAllowed === false) parts.push('online hours not accepted');
  if (state.yearsLicensed !== null) parts.push(`${state.yearsLicensed} years licensed`);
  if (state.supervisedSessions !== null) {
    parts.push(`${state.supervisedSessions} supervised sessions`);
  }
  return parts.length ? `${capitalise(parts.join('; '))}. ${state.summary}` : state.summary;
}

function duties(state: StateRule): string {
  const parts = [state.boardFiling, state.delegation, state.consentAndRecords].filter(
    (part): part is string => part !== null,
  );
  return parts.length ? parts.join(' ') : 'None found in the primary sources';
}

function sources(state: StateRule): string {
  return state.sources
    .map((source) => {
      const effective = source.effective
        ? `effective ${source.effective}`
        : 'effective date not found';
      return `[${source.citation}](${source.url}) (${effective}; checked ${source.checkedOn})`;
    })
    .join('; ');
}

function cells(values: string[]): string {
  return values.map((value) => value.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()).join(' | ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
