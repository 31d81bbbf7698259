import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Profession, YamlFields, YamlFileError } from '@fascicle/common';

/** ADJUDICATION: a state hearing record naming a licensee's number; SECONDARY corroborates only. */
export const LICENSE_NUMBER_SOURCE_KINDS = [
  'BOARD',
  'ADJUDICATION',
  'PROVIDER_SYSTEM',
  'SECONDARY',
] as const;
export type LicenseNumberSourceKind = (typeof LICENSE_NUMBER_SOURCE_KINDS)[number];

export interface LicenseNumberSource {
  citation: string;
  kind: LicenseNumberSourceKind;
  url: string;
  /** YYYY-MM-DD: when someone last read it. */
  checkedOn: string;
}

/** How one profession's numbers look in a state's license lookup. */
export interface LicenseNumberFormat {
  pattern: RegExp;
  /** The format in plain words, for messages: "the letters PT followed by …". */
  words: string;
  example: string;
  /** The sources print the letters in capitals, so lower-case input is raised. */
  upperCase: boolean;
  validExamples: string[];
  invalidExamples: string[];
}

export interface StateLicenseNumbers {
  code: string;
  name: string;
  /** Null when no source showing the state's numbers was found (`why` says so). */
  format: Partial<Record<Profession, LicenseNumberFormat>> | null;
  why: string | null;
  sources: LicenseNumberSource[];
  unconfirmed: string[];
}

export interface LicenseNumberTable {
  title: string;
  checkedBy: string;
  /** Why the exact form matters: the reporting system's own words. */
  requirement: LicenseNumberSource;
  file: string;
  states: StateLicenseNumbers[];
}

export type LicenseNumberCheck =
  | { status: 'VALID'; normalized: string; format: string; source: LicenseNumberSource }
  | { status: 'INVALID'; message: string; example?: string; source: LicenseNumberSource }
  | { status: 'UNCHECKED'; reason: string };

const PROFESSIONS = Object.values(Profession);

/** libs/regulation/data/license-numbers.yaml, from src/ (tests) or dist/ (the build) alike. */
export function licenseNumbersFile(): string {
  return fileURLToPath(new URL('../data/license-numbers.yaml', import.meta.url));
}

/** Reads the formats; throws a YamlFileError naming the field when the file is malformed. */
export function loadLicenseNumbers(
  path = licenseNumbersFile(),
  name = 'data/license-numbers.yaml',
): LicenseNumberTable {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new YamlFileError(name, `cannot be read as YAML: ${(error as Error).message}`);
  }
  return readLicenseNumbers(data, name);
}

export function readLicenseNumbers(data: unknown, file: string): LicenseNumberTable {
  const fields = new YamlFields(file, data);
  return {
    title: fields.string('title'),
    checkedBy: fields.string('checkedBy'),
    requirement: readSource(fields.nested('requirement')),
    file,
    states: fields.list('states').map((state) => {
      const format = state.optionalNested('format');
      const why = state.optionalString('why');
      const code = state.string('code');
      if (!format && !why) state.fail(`${code}: a state without a format must say why`);
      const sources = state.has('sources') ? state.list('sources').map(readSource) : [];
      if (format && !sources.some((source) => source.kind !== 'SECONDARY')) {
        state.fail(`${code}: a format needs a source that is not secondary`);
      }
      return {
        code,
        name: state.string('name'),
        format: format ? readFormats(format, code) : null,
        why,
        sources,
        unconfirmed: state.strings('unconfirmed', []),
      };
    }),
  };
}

function readSource(source: YamlFields): LicenseNumberSource {
  return {
    citation: source.string('citation'),
    kind: source.oneOf('kind', LICENSE_NUMBER_SOURCE_KINDS),
    url: source.string('url'),
    checkedOn: source.date('checkedOn'),
  };
}

function readFormats(fields: YamlFields, code: string) {
  const formats: Partial<Record<Profession, LicenseNumberFormat>> = {};
  for (const profession of PROFESSIONS) {
    const format = fields.optionalNested(profession);
    if (!format) continue;
    const pattern = format.string('pattern');
    // Anchored both ends, so a format can never match part of a longer number.
    if (!pattern.startsWith('^') || !pattern.endsWith('$')) {
      format.fail(`${code} ${profession}: pattern must start with ^ and end with $`);
    }
    formats[profession] = {
      pattern: new RegExp(pattern),
      words: format.string('words'),
      example: format.string('example'),
      upperCase: format.boolean('upperCase', false),
      validExamples: format.strings('validExamples', []),
      invalidExamples: format.strings('invalidExamples', []),
    };
  }
  return formats;
}

let loaded: LicenseNumberTable | null = null;

/** The shipped table, read once. */
export function licenseNumberTable(): LicenseNumberTable {
  loaded ??= loadLicenseNumbers();
  return loaded;
}

const PROFESSION_WORDS: Partial<Record<Profession, string>> = {
  [Profession.PHYSICAL_THERAPIST]: 'physical therapist',
  [Profession.PHYSICAL_THERAPIST_ASSISTANT]: 'physical therapist assistant',
};

function professionWords(profession: Profession): string {
  return PROFESSION_WORDS[profession] ?? profession.toLowerCase().replaceAll('_', ' ');
}

/**
 * A license number against its state's published format. VALID gives the number as the
 * state prints it (surrounding spaces dropped, letters in capitals where the source prints
 * them so); INVALID says the format in plain words; UNCHECKED (no published format found)
 * means the number is kept as entered.
 */
export function checkLicenseNumber(
  state: string,
  profession: Profession,
  number: string,
  table: LicenseNumberTable = licenseNumberTable(),
): LicenseNumberCheck {
  const code = state.trim().toUpperCase();
  const entry = table.states.find((candidate) => candidate.code === code);
  if (!entry) {
    return {
      status: 'UNCHECKED',
      reason: `No published license number format for ${code} is on file.`,
    };
  }
  if (!entry.format) return { status: 'UNCHECKED', reason: entry.why ?? '' };
  const format = entry.format[profession];
  if (!format) {
    return {
      status: 'UNCHECKED',
      reason: `No published format for ${professionWords(profession)} licenses in ${entry.name} was found.`,
    };
  }
  const source = entry.sources.find((candidate) => candidate.kind !== 'SECONDARY')!;
  const trimmed = number.trim();
  const normalized = format.upperCase ? trimmed.toUpperCase() : trimmed;
  if (format.pattern.test(normalized)) {
    return { status: 'VALID', normalized, format: format.words, source };
  }
  return {
    status: 'INVALID',
    message: `${entry.name} ${professionWords(profession)} license numbers are ${format.words}, for example ${format.example}: enter it as the state's license lookup shows it`,
    example: format.example,
    source,
  };
}
