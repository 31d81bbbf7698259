import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { YamlFields, YamlFileError } from '@fascicle/common';

/** Where dry needling by physical therapists stands in a state, as its primary sources say. */
export const DRY_NEEDLING_STATUSES = [
  'PERMITTED',
  'NOT_PERMITTED',
  'PENDING_RULES',
  'UNCLEAR',
] as const;
export type DryNeedlingStatus = (typeof DRY_NEEDLING_STATUSES)[number];

/** Primary sources only: a legal requirement never rests on a vendor's or a clinic's page. */
export const SOURCE_KINDS = [
  'STATUTE',
  'RULE',
  'BOARD',
  'COURT',
  'ATTORNEY_GENERAL',
  'BILL',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface StateRuleSource {
  citation: string;
  kind: SourceKind;
  url: string;
  /** YYYY-MM-DD: when the cited text took effect; null when no source said. */
  effective: string | null;
  /** YYYY-MM-DD: when someone last read it. */
  checkedOn: string;
}

/**
 * A state's rule for dry needling by physical therapists as it stood from `effective`: one
 * version. A number is null when the rule sets none or no primary source confirmed it (the
 * reason is in `unconfirmed`): the eligibility check reads the same fields, so an unknown is
 * never written as a zero.
 */
export interface DryNeedlingRule {
  status: DryNeedlingStatus;
  summary: string;
  /** YYYY-MM-DD: when this version took effect; null when no source said (oldest only). */
  effective: string | null;
  /** Whether training specific to dry needling is required first; null: not confirmed. */
  trainingRequired: boolean | null;
  trainingHours: number | null;
  inPersonHours: number | null;
  onlineHoursAllowed: boolean | null;
  /** Whether the training must end in a practical (hands-on) examination. */
  practicalExam: boolean | null;
  /** The training, supervised sessions included, completed within this many years. */
  trainingWithinYears: number | null;
  yearsLicensed: number | null;
  supervisedSessions: number | null;
  boardFiling: string | null;
  delegation: string | null;
  consentAndRecords: string | null;
  /**
   * True only when a primary source gave every requirement listed and no figure is unknown:
   * otherwise meeting the listed ones is "check with the board", never "eligible".
   */
  requirementsConfirmed: boolean;
  sources: StateRuleSource[];
  unconfirmed: string[];
}

/** A state's current rule, and the versions it replaced (oldest first). */
export interface StateRule extends DryNeedlingRule {
  code: string;
  name: string;
  history: DryNeedlingRule[];
}

export interface StateRules {
  title: string;
  checkedBy: string;
  note: string;
  /** The file the rules were read from, relative to libs/regulation (for messages). */
  file: string;
  states: StateRule[];
}

/** libs/regulation/data/dry-needling.yaml, from src/ (tests) or dist/ (the build) alike. */
export function dryNeedlingRulesFile(): string {
  return fileURLToPath(new URL('../data/dry-needling.yaml', import.meta.url));
}

/** Reads the state rules; throws a YamlFileError naming the field when the file is malformed. */
export function loadStateRules(path = dryNeedlingRulesFile(), name = 'data/dry-needling.yaml') {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new YamlFileError(name, `cannot be read as YAML: ${(error as Error).message}`);
  }
  return readStateRules(data, name);
}

export function readStateRules(data: unknown, file: string): StateRules {
  const fields = new YamlFields(file, data);
  return {
    title: fields.string('title'),
    checkedBy: fields.string('checkedBy'),
    note: fields.string('note'),
    file,
    states: fields.list('states').map((state) => ({
      code: state.string('code'),
      name: state.string('name'),
      ...readRule(state),
      history: state.has('history') ? state.list('history').map(readRule) : [],
    })),
  };
}

function readRule(rule: YamlFields): DryNeedlingRule {
  return {
    status: rule.oneOf('status', DRY_NEEDLING_STATUSES),
    summary: rule.string('summary'),
    effective: rule.has('effective') ? rule.date('effective') : null,
    trainingRequired: rule.optionalBoolean('trainingRequired'),
    trainingHours: rule.optionalNumber('trainingHours'),
    inPersonHours: rule.optionalNumber('inPersonHours'),
    onlineHoursAllowed: rule.optionalBoolean('onlineHoursAllowed'),
    practicalExam: rule.optionalBoolean('practicalExam'),
    trainingWithinYears: rule.optionalNumber('trainingWithinYears'),
    yearsLicensed: rule.optionalNumber('yearsLicensed'),
    supervisedSessions: rule.optionalNumber('supervisedSessions'),
    boardFiling: rule.optionalString('boardFiling'),
    delegation: rule.optionalString('delegation'),
    consentAndRecords: rule.optionalString('consentAndRecords'),
    requirementsConfirmed: rule.boolean('requirementsConfirmed', false),
    sources: rule.list('sources').map((source) => ({
      citation: source.string('citation'),
      kind: source.oneOf('kind', SOURCE_KINDS),
      url: source.string('url'),
      effective: source.has('effective') ? source.date('effective') : null,
      checkedOn: source.date('checkedOn'),
    })),
    unconfirmed: rule.strings('unconfirmed', []),
  };
}
