import { addYears } from '@fascicle/common';
import type { DryNeedlingRule, StateRuleSource } from './state-rules.js';
import { checkedOn } from './rule-versions.js';

/** A license as the check reads it. `status` null is taken as active (older records). */
export interface LicenseEvidence {
  id: string;
  state: string;
  number: string;
  status: string | null;
  /** YYYY-MM-DD, when given: the first license's gives the years licensed. */
  issuedOn: string | null;
  expiresOn: string | null;
}

/** A certificate of dry needling training (a Fascicle course or program credential). */
export interface TrainingEvidence {
  id: string;
  code: string;
  title: string;
  completedOn: string;
  revokedOn: string | null;
  onlineMinutes: number;
  liveMinutes: number;
  /**
   * The program credential that already certifies this course's minutes, when the person holds
   * one: the course certificate is then left out so no minute counts twice.
   */
  coveredBy: string | null;
}

export interface PracticalExamEvidence {
  id: string;
  title: string;
  passed: boolean;
  examinedOn: string;
}

/** A supervised dry needling session the supervisor confirmed. */
export interface SupervisedSessionEvidence {
  id: string;
  sessionDate: string;
}

export interface PractitionerRecord {
  licenses: LicenseEvidence[];
  training: TrainingEvidence[];
  practicalExams: PracticalExamEvidence[];
  supervisedSessions: SupervisedSessionEvidence[];
}

export const REQUIREMENT_KINDS = [
  'LICENSE',
  'TRAINING',
  'TRAINING_HOURS',
  'IN_PERSON_HOURS',
  'PRACTICAL_EXAM',
  'YEARS_LICENSED',
  'SUPERVISED_SESSIONS',
  'TRAINING_WINDOW',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const EVIDENCE_KINDS = [
  'LICENSE',
  'CERTIFICATE',
  'PRACTICAL_EXAM',
  'SUPERVISED_SESSION',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceRef {
  kind: EvidenceKind;
  id: string;
  label: string;
  date: string | null;
  /** The minutes it counted for, where minutes are what the requirement adds up. */
  minutes: number | null;
}

export interface RequirementCheck {
  kind: RequirementKind;
  /** What the rule asks, in plain words. */
  required: string;
  met: boolean;
  /** What the record shows, in plain words. */
  found: string;
  evidence: EvidenceRef[];
}

export const ELIGIBILITY_VERDICTS = [
  'ELIGIBLE',
  'CHECK_WITH_BOARD',
  'MISSING_REQUIREMENTS',
  'NOT_PERMITTED',
  'RULES_PENDING',
  'UNKNOWN',
] as const;
export type EligibilityVerdict = (typeof ELIGIBILITY_VERDICTS)[number];

export interface EligibilityAnswer {
  state: string;
  onDate: string;
  verdict: EligibilityVerdict;
  /** Every requirement checked, met or not, each with the evidence that counted. */
  requirements: RequirementCheck[];
  /** What the person must do that no record here can show (filing, registration, consent). */
  steps: string[];
  /** What no primary source confirmed: each a reason to ask the board. */
  unconfirmed: string[];
  summary: string;
  ruleEffective: string | null;
  /** When the rule's sources were last read. */
  checkedOn: string | null;
  sources: StateRuleSource[];
  reminder: string;
}

export const BOARD_REMINDER =
  'This is a reading of the state rules on record, not legal advice: the state board decides ' +
  'who may dry needle. Check the board’s current rule before you needle.';

/**
 * A person's record against a state's rule in force on `onDate`: eligible, or the list of what
 * is missing, each requirement with the evidence that counted. `rule` is null when no version
 * of the state's rule is recorded for that date. Pure: the caller reads the record and picks
 * the version (`ruleInForce`).
 */
export function evaluateEligibility(
  state: string,
  rule: DryNeedlingRule | null,
  record: PractitionerRecord,
  onDate: string,
): EligibilityAnswer {
  const base = {
    state,
    onDate,
    requirements: [] as RequirementCheck[],
    steps: [] as string[],
    unconfirmed: rule?.unconfirmed ?? [],
    summary: rule?.summary ?? `No rule for ${state} is on record for ${onDate}.`,
    ruleEffective: rule?.effective ?? null,
    checkedOn: rule ? checkedOn(rule) : null,
    sources: rule?.sources ?? [],
    reminder: BOARD_REMINDER,
  };
  if (!rule || rule.status === 'UNCLEAR') return { ...base, verdict: 'UNKNOWN' };
  if (rule.status === 'NOT_PERMITTED') return { ...base, verdict: 'NOT_PERMITTED' };
  if (rule.status === 'PENDING_RULES') return { ...base, verdict: 'RULES_PENDING' };

  const requirements = checks(state, rule, countable(record, onDate), onDate);
  const steps = [rule.boardFiling, rule.delegation, rule.consentAndRecords].filter(
    (step): step is string => step !== null,
  );
  const verdict: EligibilityVerdict = requirements.some((check) => !check.met)
    ? 'MISSING_REQUIREMENTS'
    : rule.requirementsConfirmed
      ? 'ELIGIBLE'
      : 'CHECK_WITH_BOARD';
  return { ...base, verdict, requirements, steps };
}

/** The record as it stood on the date: nothing later, nothing revoked by then, nothing twice. */
function countable(record: PractitionerRecord, onDate: string): PractitionerRecord {
  return {
    licenses: record.licenses,
    training: record.training.filter(
      (training) =>
        training.completedOn <= onDate &&
        (training.revokedOn === null || training.revokedOn > onDate) &&
        !(training.coveredBy && record.training.some((held) => held.id === training.coveredBy)),
    ),
    practicalExams: record.practicalExams.filter(
      (exam) => exam.passed && exam.examinedOn <= onDate,
    ),
    supervisedSessions: [...record.supervisedSessions]
      .filter((session) => session.sessionDate <= onDate)
      .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)),
  };
}

function checks(
  state: string,
  rule: DryNeedlingRule,
  record: PractitionerRecord,
  onDate: string,
): RequirementCheck[] {
  const list = [licenseCheck(state, record, onDate)];
  // Every permitting rule we read asks for some training; where the one on record does not
  // say (null), training is still asked for rather than assumed unnecessary.
  if (rule.trainingRequired !== false)
    list.push(trainingCheck(record, rule.trainingRequired === null));
  if (rule.trainingHours !== null) list.push(hoursCheck(rule, record));
  if (rule.inPersonHours !== null) list.push(inPersonCheck(rule.inPersonHours, record));
  if (rule.practicalExam === true) list.push(practicalCheck(record));
  if (rule.yearsLicensed !== null) list.push(yearsCheck(rule.yearsLicensed, record, onDate));
  if (rule.supervisedSessions !== null) list.push(sessionsCheck(rule.supervisedSessions, record));
  if (rule.trainingWithinYears !== null)
    list.push(windowCheck(rule.trainingWithinYears, rule.supervisedSessions ?? 0, record));
  return list;
}

function licenseCheck(state: string, record: PractitionerRecord, onDate: string): RequirementCheck {
  const inState = record.licenses.filter((license) => license.state === state);
  const current = inState.filter(
    (license) =>
      (license.status === null || license.status === 'ACTIVE') &&
      (license.issuedOn === null || license.issuedOn <= onDate) &&
      (license.expiresOn === null || license.expiresOn >= onDate),
  );
  const found = current.length
    ? `Active ${state} license ${current[0]!.number}`
    : inState.length
      ? `Your ${state} license is not active on ${onDate} (status or expiry)`
      : `No ${state} license on your profile`;
  return {
    kind: 'LICENSE',
    required: `An active physical therapist license in ${state}`,
    met: current.length > 0,
    found,
    evidence: current.map((license) => licenseRef(license)),
  };
}

function trainingCheck(record: PractitionerRecord, assumed: boolean): RequirementCheck {
  return {
    kind: 'TRAINING',
    required: assumed
      ? 'Completed dry needling training (the rule on record does not confirm what training)'
      : 'Completed dry needling training',
    met: record.training.length > 0,
    found: record.training.length
      ? `${record.training.length} dry needling certificate(s)`
      : 'No dry needling certificate yet',
    evidence: record.training.map((training) =>
      certificateRef(training, training.onlineMinutes + training.liveMinutes),
    ),
  };
}

function hoursCheck(rule: DryNeedlingRule, record: PractitionerRecord): RequirementCheck {
  const onlineCounts = rule.onlineHoursAllowed !== false;
  const counted = record.training.map((training) => ({
    training,
    minutes: training.liveMinutes + (onlineCounts ? training.onlineMinutes : 0),
  }));
  const minutes = counted.reduce((sum, item) => sum + item.minutes, 0);
  const needed = rule.trainingHours! * 60;
  return {
    kind: 'TRAINING_HOURS',
    required: `${rule.trainingHours} hours of dry needling training${onlineCounts ? '' : ', online hours not counted'}`,
    met: minutes >= needed,
    found: `${hours(minutes)} counted`,
    evidence: counted
      .filter((item) => item.minutes > 0)
      .map((item) => certificateRef(item.training, item.minutes)),
  };
}

function inPersonCheck(inPersonHours: number, record: PractitionerRecord): RequirementCheck {
  const live = record.training.filter((training) => training.liveMinutes > 0);
  const minutes = live.reduce((sum, training) => sum + training.liveMinutes, 0);
  return {
    kind: 'IN_PERSON_HOURS',
    required: `${inPersonHours} hours in person (face-to-face)`,
    met: minutes >= inPersonHours * 60,
    found: `${hours(minutes)} in person`,
    evidence: live.map((training) => certificateRef(training, training.liveMinutes)),
  };
}

function practicalCheck(record: PractitionerRecord): RequirementCheck {
  const exam = record.practicalExams[0];
  return {
    kind: 'PRACTICAL_EXAM',
    required: 'A passed practical (hands-on) examination',
    met: exam !== undefined,
    found: exam ? `Passed on ${exam.examinedOn}` : 'No passed practical examination',
    evidence: exam
      ? [
          {
            kind: 'PRACTICAL_EXAM',
            id: exam.id,
            label: exam.title,
            date: exam.examinedOn,
            minutes: null,
          },
        ]
      : [],
  };
}

function yearsCheck(years: number, record: PractitionerRecord, onDate: string): RequirementCheck {
  const first = record.licenses
    .filter((license) => license.issuedOn !== null && license.issuedOn <= onDate)
    .sort((a, b) => a.issuedOn!.localeCompare(b.issuedOn!))[0];
  const held = first ? wholeYears(first.issuedOn!, onDate) : null;
  return {
    kind: 'YEARS_LICENSED',
    required: `Licensed for at least ${years} years`,
    met: held !== null && held >= years,
    found:
      held === null
        ? 'No license issue date on your profile: add your first license’s issue date'
        : `Licensed since ${first!.issuedOn} (${held} full years)`,
    evidence: first ? [licenseRef(first)] : [],
  };
}

function sessionsCheck(needed: number, record: PractitionerRecord): RequirementCheck {
  const sessions = record.supervisedSessions;
  return {
    kind: 'SUPERVISED_SESSIONS',
    required: `${needed} supervised dry needling sessions, confirmed by the supervisor`,
    met: sessions.length >= needed,
    found: `${sessions.length} confirmed`,
    evidence: sessions.map((session) => ({
      kind: 'SUPERVISED_SESSION' as const,
      id: session.id,
      label: 'Supervised session',
      date: session.sessionDate,
      minutes: null,
    })),
  };
}

/**
 * Training and the supervised sessions done within a span of years. Course start dates are
 * not recorded, so the span runs from the first training certificate to the session that
 * completed the count: a lenient reading, said so in the words shown.
 */
function windowCheck(
  years: number,
  sessionsNeeded: number,
  record: PractitionerRecord,
): RequirementCheck {
  const first = [...record.training].sort((a, b) => a.completedOn.localeCompare(b.completedOn))[0];
  const last = sessionsNeeded > 0 ? record.supervisedSessions[sessionsNeeded - 1] : undefined;
  const end = last?.sessionDate ?? first?.completedOn;
  const met = first !== undefined && end !== undefined && addYears(first.completedOn, years) >= end;
  return {
    kind: 'TRAINING_WINDOW',
    required: `Training and supervised sessions completed within ${years} years`,
    met,
    found:
      first && end
        ? `From ${first.completedOn} (first training certificate) to ${end}`
        : 'No training on record to date the span from',
    evidence: first ? [certificateRef(first, null)] : [],
  };
}

function licenseRef(license: LicenseEvidence): EvidenceRef {
  return {
    kind: 'LICENSE',
    id: license.id,
    label: `${license.state} license ${license.number}`,
    date: license.issuedOn,
    minutes: null,
  };
}

function certificateRef(training: TrainingEvidence, minutes: number | null): EvidenceRef {
  return {
    kind: 'CERTIFICATE',
    id: training.id,
    label: `${training.title} (${training.code})`,
    date: training.completedOn,
    minutes,
  };
}

function hours(minutes: number): string {
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${whole} h ${rest} min` : `${whole} h`;
}

/** Full years from `from` to `to` (YYYY-MM-DD). */
export function wholeYears(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > to) years -= 1;
  return Math.max(0, years);
}
