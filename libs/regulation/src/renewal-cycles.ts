import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { YamlFields, YamlFileError } from '@fascicle/common';

/** What a course or an outside CE record can be about, as the boards' required topics name it. */
export const CE_TOPICS = [
  'ETHICS',
  'JURISPRUDENCE',
  'PROFESSIONALISM',
  'CLINICAL',
  'MEDICAL_ERRORS',
  'HIV_AIDS',
  'HUMAN_TRAFFICKING',
  'LIFE_SUPPORT',
  'SUICIDE_PREVENTION',
] as const;
export type CeTopic = (typeof CE_TOPICS)[number];

/** Primary sources only: a renewal requirement never rests on a vendor's or an aggregator's page. */
export const RENEWAL_SOURCE_KINDS = ['STATUTE', 'RULE', 'BOARD'] as const;
export type RenewalSourceKind = (typeof RENEWAL_SOURCE_KINDS)[number];

/** The figures of a cycle a row can mark as read only in secondary sources. */
export const RENEWAL_FIGURES = [
  'hoursPerCycle',
  'cycleMonths',
  'minutesPerHour',
  'selfPacedMaxHours',
  'liveMinHours',
  'dailyMaxHours',
] as const;
export type RenewalFigure = (typeof RENEWAL_FIGURES)[number];

export interface RenewalSource {
  citation: string;
  kind: RenewalSourceKind;
  url: string;
  /** YYYY-MM-DD: when someone last read it. */
  checkedOn: string;
}

/** A topic the board requires within the cycle: met by credits tagged with any of `anyOf`. */
export interface RequiredTopic {
  label: string;
  anyOf: CeTopic[];
  /** Hours it needs; null when no primary source gave a figure. */
  hours: number | null;
  /** When it applies, if not at every renewal (said to the learner, not computed). */
  when: string | null;
}

/**
 * One state's renewal cycle for physical therapists. The window is always the `cycleMonths`
 * months that end on the license's expiry date. A figure is null when no primary source
 * confirmed it; one listed in `unconfirmedFields` is shown with "check with your board".
 */
export interface RenewalCycleRule {
  code: string;
  name: string;
  hoursPerCycle: number | null;
  cycleMonths: number | null;
  minutesPerHour: number | null;
  /** Most self-paced (not live) hours that count in a cycle. */
  selfPacedMaxHours: number | null;
  /** Fewest live hours (in person or real-time) a cycle needs. */
  liveMinHours: number | null;
  /** Most hours that count for one calendar day. */
  dailyMaxHours: number | null;
  topics: RequiredTopic[];
  firstRenewal: string | null;
  recordKeeping: string | null;
  notes: string[];
  sources: RenewalSource[];
  unconfirmed: string[];
  unconfirmedFields: RenewalFigure[];
}

export interface RenewalCycles {
  title: string;
  checkedBy: string;
  note: string;
  file: string;
  states: RenewalCycleRule[];
}

/** libs/regulation/data/renewal-cycles.yaml, from src/ (tests) or dist/ (the build) alike. */
export function renewalCyclesFile(): string {
  return fileURLToPath(new URL('../data/renewal-cycles.yaml', import.meta.url));
}

/** Reads the cycles; throws a YamlFileError naming the field when the file is malformed. */
export function loadRenewalCycles(
  path = renewalCyclesFile(),
  name = 'data/renewal-cycles.yaml',
): RenewalCycles {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new YamlFileError(name, `cannot be read as YAML: ${(error as Error).message}`);
  }
  return readRenewalCycles(data, name);
}

function oneOfEach<T extends string>(fields: YamlFields, field: string, values: readonly T[]): T[] {
  const items = fields.strings(field, []);
  const wrong = items.find((item) => !values.includes(item as T));
  if (wrong !== undefined) fields.fail(`${field} has ${wrong}, not one of ${values.join(', ')}`);
  return items as T[];
}

export function readRenewalCycles(data: unknown, file: string): RenewalCycles {
  const fields = new YamlFields(file, data);
  const states = fields.list('states').map((state) => {
    const positive = (field: string) => {
      const value = state.optionalNumber(field);
      if (value !== null && value <= 0)
        state.fail(`${state.string('code')}.${field} must be above 0`);
      return value;
    };
    const rule: RenewalCycleRule = {
      code: state.string('code'),
      name: state.string('name'),
      hoursPerCycle: positive('hoursPerCycle'),
      cycleMonths: positive('cycleMonths'),
      minutesPerHour: positive('minutesPerHour'),
      selfPacedMaxHours: positive('selfPacedMaxHours'),
      liveMinHours: positive('liveMinHours'),
      dailyMaxHours: positive('dailyMaxHours'),
      topics: state.list('topics').map((topic) => ({
        label: topic.string('label'),
        anyOf: oneOfEach(topic, 'anyOf', CE_TOPICS),
        hours: topic.optionalNumber('hours'),
        when: topic.optionalString('when'),
      })),
      firstRenewal: state.optionalString('firstRenewal'),
      recordKeeping: state.optionalString('recordKeeping'),
      notes: state.strings('notes', []),
      sources: state.list('sources').map((source) => ({
        citation: source.string('citation'),
        kind: source.oneOf('kind', RENEWAL_SOURCE_KINDS),
        url: source.string('url'),
        checkedOn: source.date('checkedOn'),
      })),
      unconfirmed: state.strings('unconfirmed', []),
      unconfirmedFields: oneOfEach(state, 'unconfirmedFields', RENEWAL_FIGURES),
    };
    if (rule.sources.length === 0) state.fail(`${rule.code} needs at least one primary source`);
    if (!/^[A-Z]{2}$/.test(rule.code)) state.fail(`${rule.code} is not a two-letter state code`);
    return rule;
  });
  const codes = states.map((state) => state.code);
  const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
  if (repeated) fields.fail(`${repeated} appears twice`);
  return {
    title: fields.string('title'),
    checkedBy: fields.string('checkedBy'),
    note: fields.string('note'),
    file,
    states,
  };
}

let cached: RenewalCycles | null = null;

/** The shipped cycles, read once per process. */
export function renewalCycles(): RenewalCycles {
  cached ??= loadRenewalCycles();
  return cached;
}

/** The shipped cycle of a state, or null when Fascicle has none for it. */
export function renewalCycleFor(state: string): RenewalCycleRule | null {
  return renewalCycles().states.find((rule) => rule.code === state.toUpperCase()) ?? null;
}
