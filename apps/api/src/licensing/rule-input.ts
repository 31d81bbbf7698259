import { stateRulesProblems, type DryNeedlingRule } from '@fascicle/regulation';
import { InvalidInputError } from '../common/errors/domain-error.js';
import type { RecordDryNeedlingRuleInput } from './dto/record-dry-needling-rule.input.js';

/** Fields a problem sentence may name, most specific first. */
const FIELDS = [
  'inPersonHours',
  'trainingHours',
  'trainingWithinYears',
  'yearsLicensed',
  'supervisedSessions',
  'requirementsConfirmed',
  'effective',
  'source',
] as const;

/**
 * The admin's input as a rule version, held to the same checks as the data file (primary
 * sources only, no vendor page, dated, figures that fit together): a version that could not
 * be shipped in the file cannot be recorded through the API either.
 */
export function ruleFromInput(
  input: RecordDryNeedlingRuleInput,
  state: string,
  stateName: string,
  today: string,
): DryNeedlingRule {
  const rule: DryNeedlingRule = {
    status: input.status,
    summary: input.summary,
    effective: input.effective,
    trainingRequired: input.trainingRequired ?? null,
    trainingHours: input.trainingHours ?? null,
    inPersonHours: input.inPersonHours ?? null,
    onlineHoursAllowed: input.onlineHoursAllowed ?? null,
    practicalExam: input.practicalExam ?? null,
    trainingWithinYears: input.trainingWithinYears ?? null,
    yearsLicensed: input.yearsLicensed ?? null,
    supervisedSessions: input.supervisedSessions ?? null,
    boardFiling: input.boardFiling ?? null,
    delegation: input.delegation ?? null,
    consentAndRecords: input.consentAndRecords ?? null,
    requirementsConfirmed: input.requirementsConfirmed,
    sources: input.sources.map((source) => ({
      citation: source.citation,
      kind: source.kind,
      url: source.url,
      effective: source.effective ?? null,
      checkedOn: source.checkedOn,
    })),
    unconfirmed: input.unconfirmed,
  };
  const problems = stateRulesProblems(
    {
      title: 'recorded',
      checkedBy: 'admin',
      note: '',
      file: 'input',
      states: [{ code: state, name: stateName, ...rule, history: [] }],
    },
    today,
  );
  if (problems.length) {
    throw new InvalidInputError(
      problems.map((problem) => ({
        field:
          FIELDS.find((field) => problem.includes(field)) === 'source'
            ? 'sources'
            : (FIELDS.find((field) => problem.includes(field)) ?? 'input'),
        message: problem.replace(/^input [A-Z]{2}( \([^)]*\))?: /, ''),
      })),
    );
  }
  return rule;
}
