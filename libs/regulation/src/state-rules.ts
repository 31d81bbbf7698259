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
 * One state's rule for dry needling by physical therapists. A number is null when the rule
 * sets none or no primary source confirmed it (the reason is in `unconfirmed`): the licensing
 * rules read the same fields, so an unknown is never written as a zero.
 */
export interface StateRule {
  code: string;
  name: string;
  status: DryNeedlingStatus;
  summary: string;
  trainingHours: number | null;
  inPersonHours: number | null;
  onlineHoursAllowed: boolean | null;
  yearsLicensed: number | null;
  supervisedSessions: number | null;
  boardFiling: string | null;
  delegation: string | null;
  consentAndRecords: string | null;
  sources: StateRuleSource[];
  unconfirmed: string[];
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
      status: state.oneOf('status', DRY_NEEDLING_STATUSES),
      summary: state.string('summary'),
      trainingHours: state.optionalNumber('trainingHours'),
      inPersonHours: state.optionalNumber('inPersonHours'),
      onlineHoursAllowed: state.optionalBoolean('onlineHoursAllowed'),
      yearsLicensed: state.optionalNumber('yearsLicensed'),
      supervisedSessions: state.optionalNumber('supervisedSessions'),
      boardFiling: state.optionalString('boardFiling'),
      delegation: state.optionalString('delegation'),
      consentAndRecords: state.optionalString('consentAndRecords'),
      sources: state.list('sources').map((source) => ({
        citation: source.string('citation'),
        kind: source.oneOf('kind', SOURCE_KINDS),
        url: source.string('url'),
        effective: source.has('effective') ? source.date('effective') : null,
        checkedOn: source.date('checkedOn'),
      })),
      unconfirmed: state.strings('unconfirmed', []),
    })),
  };
}
