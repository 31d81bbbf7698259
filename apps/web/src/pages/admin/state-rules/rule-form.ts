import type {
  DryNeedlingStatus,
  RecordDryNeedlingRuleInput,
  RuleSourceKind,
  RuleVersionFieldsFragment,
} from '../../../gql/graphql';

/** A yes/no the rule may leave unset: '' is "not set or not confirmed", never "no". */
export type TriState = '' | 'yes' | 'no';

export interface SourceValues {
  citation: string;
  kind: RuleSourceKind;
  url: string;
  effective: string;
  checkedOn: string;
}

/** The form as typed: every field a string (or a checkbox), converted once on submit. */
export interface RuleFormValues {
  state: string;
  stateName: string;
  effective: string;
  status: DryNeedlingStatus;
  summary: string;
  trainingRequired: TriState;
  trainingHours: string;
  inPersonHours: string;
  onlineHoursAllowed: TriState;
  practicalExam: TriState;
  trainingWithinYears: string;
  yearsLicensed: string;
  supervisedSessions: string;
  boardFiling: string;
  delegation: string;
  consentAndRecords: string;
  requirementsConfirmed: boolean;
  sources: SourceValues[];
  /** One line each. */
  unconfirmed: string;
  reason: string;
}

export const NUMBER_FIELDS = [
  'trainingHours',
  'inPersonHours',
  'trainingWithinYears',
  'yearsLicensed',
  'supervisedSessions',
] as const;

const WHOLE = new Set<string>(['trainingWithinYears', 'yearsLicensed', 'supervisedSessions']);

export function emptySource(checkedOn: string): SourceValues {
  return { citation: '', kind: 'STATUTE', url: '', effective: '', checkedOn };
}

export function emptyRule(today: string): RuleFormValues {
  return {
    state: '',
    stateName: '',
    effective: today,
    status: 'PERMITTED',
    summary: '',
    trainingRequired: '',
    trainingHours: '',
    inPersonHours: '',
    onlineHoursAllowed: '',
    practicalExam: '',
    trainingWithinYears: '',
    yearsLicensed: '',
    supervisedSessions: '',
    boardFiling: '',
    delegation: '',
    consentAndRecords: '',
    requirementsConfirmed: false,
    sources: [emptySource(today)],
    unconfirmed: '',
    reason: '',
  };
}

const tri = (value: boolean | null): TriState => (value === null ? '' : value ? 'yes' : 'no');
const text = (value: number | string | null): string => (value === null ? '' : String(value));

/** A new version starting from one on record: the admin changes what changed, and says why. */
export function fromVersion(version: RuleVersionFieldsFragment, today: string): RuleFormValues {
  return {
    state: version.state,
    stateName: version.stateName,
    effective: today,
    status: version.status,
    summary: version.summary,
    trainingRequired: tri(version.trainingRequired),
    trainingHours: text(version.trainingHours),
    inPersonHours: text(version.inPersonHours),
    onlineHoursAllowed: tri(version.onlineHoursAllowed),
    practicalExam: tri(version.practicalExam),
    trainingWithinYears: text(version.trainingWithinYears),
    yearsLicensed: text(version.yearsLicensed),
    supervisedSessions: text(version.supervisedSessions),
    boardFiling: text(version.boardFiling),
    delegation: text(version.delegation),
    consentAndRecords: text(version.consentAndRecords),
    requirementsConfirmed: version.requirementsConfirmed,
    sources: version.sources.map((source) => ({
      citation: source.citation,
      kind: source.kind,
      url: source.url,
      effective: text(source.effective),
      checkedOn: source.checkedOn,
    })),
    unconfirmed: version.unconfirmed.join('\n'),
    reason: '',
  };
}

const fromTri = (value: TriState): boolean | null => (value === '' ? null : value === 'yes');
const orNull = (value: string): string | null => value.trim() || null;

/**
 * The input the API takes, or the fields this form can already tell are wrong (a figure that
 * is not a number). Everything else (lengths, sources, dates that fit together) the API
 * checks and names the field it refuses.
 */
export function toInput(
  values: RuleFormValues,
):
  | { input: RecordDryNeedlingRuleInput; errors: null }
  | { input: null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const numbers: Partial<Record<(typeof NUMBER_FIELDS)[number], number | null>> = {};
  for (const field of NUMBER_FIELDS) {
    const raw = values[field].trim();
    if (raw === '') {
      numbers[field] = null;
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || (WHOLE.has(field) && !Number.isInteger(value))) {
      errors[field] = WHOLE.has(field)
        ? 'Enter a whole number, or leave it empty when the rule does not set it.'
        : 'Enter a number, or leave it empty when the rule does not set it.';
    }
    numbers[field] = value;
  }
  if (!values.state) errors['state'] = 'Choose the state.';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors: null,
    input: {
      state: values.state,
      stateName: orNull(values.stateName),
      effective: values.effective,
      status: values.status,
      summary: values.summary.trim(),
      trainingRequired: fromTri(values.trainingRequired),
      trainingHours: numbers.trainingHours ?? null,
      inPersonHours: numbers.inPersonHours ?? null,
      onlineHoursAllowed: fromTri(values.onlineHoursAllowed),
      practicalExam: fromTri(values.practicalExam),
      trainingWithinYears: numbers.trainingWithinYears ?? null,
      yearsLicensed: numbers.yearsLicensed ?? null,
      supervisedSessions: numbers.supervisedSessions ?? null,
      boardFiling: orNull(values.boardFiling),
      delegation: orNull(values.delegation),
      consentAndRecords: orNull(values.consentAndRecords),
      requirementsConfirmed: values.requirementsConfirmed,
      sources: values.sources.map((source) => ({
        citation: source.citation.trim(),
        kind: source.kind,
        url: source.url.trim(),
        effective: orNull(source.effective),
        checkedOn: source.checkedOn,
      })),
      unconfirmed: values.unconfirmed
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      reason: values.reason.trim(),
    },
  };
}
