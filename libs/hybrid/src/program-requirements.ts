import { daysBetween } from '@fascicle/learning';
/**
 * Whether a person's evidence meets every requirement of a hybrid program: its online courses,
 * live minutes of a kind, a passed practical examination, and supervised patient sessions. The
 * program is awarded when this says met and not before; what is missing is listed with what
 * counted, so a learner sees how far they are and why an entry did not count.
 */

export type ProgramRequirement =
  | { kind: 'COURSE'; courseId: string }
  /** Credited live minutes (see live-credit.ts) of one session kind; null: any kind. */
  | { kind: 'LIVE_MINUTES'; sessionKind: string | null; minimumMinutes: number }
  | { kind: 'PRACTICAL_EXAM'; checklistId: string }
  /**
   * Confirmed supervised sessions. With `withinDays`, only sessions performed from the day the
   * person started the program to that many days later count: Utah's rule R156-24b-505(2) has
   * an approved course, its supervised sessions included, completed within three calendar years
   * of the course's start. null: no period (Florida's rule, as the state rules file summarises
   * it, sets none).
   */
  | { kind: 'SUPERVISED_SESSIONS'; minimumCount: number; withinDays: number | null };

export type SupervisedSessionStatus = 'PENDING' | 'CONFIRMED' | 'REJECTED';

export interface ProgramEvidence {
  /** YYYY-MM-DD: the day the person started the program (enrolled); a period counts from it. */
  programStartedOn: string;
  /** Courses with a current certificate. */
  completedCourseIds: readonly string[];
  liveCredits: readonly { sessionKind: string; creditedMinutes: number }[];
  /** Current practical exam records (a corrected record is replaced by its correction). */
  practicalExams: readonly { checklistId: string; passed: boolean }[];
  supervisedSessions: readonly {
    /** YYYY-MM-DD. */
    performedOn: string;
    status: SupervisedSessionStatus;
    /** Whether the confirming supervisor met the program's rule (supervisor-qualification.ts). */
    supervisorQualified: boolean;
  }[];
}

/** Supervised sessions that did not count, by reason; each session under one reason only. */
export interface SessionsNotCounted {
  pending: number;
  rejected: number;
  supervisorNotQualified: number;
  outsidePeriod: number;
}

export type MissingRequirement = { message: string } & (
  | { kind: 'COURSE'; courseId: string }
  | {
      kind: 'LIVE_MINUTES';
      sessionKind: string | null;
      neededMinutes: number;
      countedMinutes: number;
    }
  | { kind: 'PRACTICAL_EXAM'; checklistId: string; failedAttempts: number }
  | {
      kind: 'SUPERVISED_SESSIONS';
      neededCount: number;
      countedCount: number;
      /** The days a session must fall between (inclusive); null with no period. */
      period: { from: string; until: string } | null;
      notCounted: SessionsNotCounted;
    }
);

export interface ProgramRequirementsResult {
  met: boolean;
  /** In the order of the requirements. */
  missing: MissingRequirement[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a strict YYYY-MM-DD (2026-02-30 is refused, not rolled over). */
const dayNumber = (value: string) => daysBetween('1970-01-01', value);

const formatDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function supervisedSessions(
  requirement: Extract<ProgramRequirement, { kind: 'SUPERVISED_SESSIONS' }>,
  sessions: ProgramEvidence['supervisedSessions'],
  startedOn: number,
  today: number,
): MissingRequirement | null {
  const period =
    requirement.withinDays === null
      ? null
      : { from: startedOn, until: startedOn + requirement.withinDays };
  const notCounted: SessionsNotCounted = {
    pending: 0,
    rejected: 0,
    supervisorNotQualified: 0,
    outsidePeriod: 0,
  };
  let counted = 0;
  for (const session of sessions) {
    const day = dayNumber(session.performedOn);
    if (session.status === 'PENDING') notCounted.pending++;
    else if (session.status === 'REJECTED') notCounted.rejected++;
    else if (!session.supervisorQualified) notCounted.supervisorNotQualified++;
    // A date after the evaluation day is an error of entry, never a session to count.
    else if (day > today || (period && (day < period.from || day > period.until))) {
      notCounted.outsidePeriod++;
    } else counted++;
  }
  if (counted >= requirement.minimumCount) return null;
  const dates = period && { from: formatDay(period.from), until: formatDay(period.until) };
  const between = dates ? ` between ${dates.from} and ${dates.until}` : '';
  return {
    kind: 'SUPERVISED_SESSIONS',
    neededCount: requirement.minimumCount,
    countedCount: counted,
    period: dates,
    notCounted,
    message: `${requirement.minimumCount} confirmed supervised sessions${between} are needed; ${counted} count.`,
  };
}

/** Checks every requirement against the evidence on `today` (YYYY-MM-DD). Pure. */
export function programRequirements(
  requirements: readonly ProgramRequirement[],
  evidence: ProgramEvidence,
  today: string,
): ProgramRequirementsResult {
  const day = dayNumber(today);
  const startedOn = dayNumber(evidence.programStartedOn);
  const missing: MissingRequirement[] = [];
  for (const requirement of requirements) {
    switch (requirement.kind) {
      case 'COURSE':
        if (!evidence.completedCourseIds.includes(requirement.courseId)) {
          missing.push({
            ...requirement,
            message: 'This course has no current certificate yet.',
          });
        }
        break;
      case 'LIVE_MINUTES': {
        const countedMinutes = evidence.liveCredits
          .filter(
            (credit) =>
              requirement.sessionKind === null || credit.sessionKind === requirement.sessionKind,
          )
          .reduce((sum, credit) => sum + credit.creditedMinutes, 0);
        if (countedMinutes < requirement.minimumMinutes) {
          const kind = requirement.sessionKind === null ? 'live' : requirement.sessionKind;
          missing.push({
            kind: 'LIVE_MINUTES',
            sessionKind: requirement.sessionKind,
            neededMinutes: requirement.minimumMinutes,
            countedMinutes,
            message: `${requirement.minimumMinutes} credited minutes of ${kind} sessions are needed; ${countedMinutes} count.`,
          });
        }
        break;
      }
      case 'PRACTICAL_EXAM': {
        const exams = evidence.practicalExams.filter(
          (exam) => exam.checklistId === requirement.checklistId,
        );
        if (!exams.some((exam) => exam.passed)) {
          missing.push({
            kind: 'PRACTICAL_EXAM',
            checklistId: requirement.checklistId,
            failedAttempts: exams.length,
            message:
              exams.length === 0
                ? 'The practical examination has not been taken yet.'
                : `The practical examination has not been passed (${exams.length} attempt(s) recorded).`,
          });
        }
        break;
      }
      case 'SUPERVISED_SESSIONS': {
        const shortfall = supervisedSessions(
          requirement,
          evidence.supervisedSessions,
          startedOn,
          day,
        );
        if (shortfall) missing.push(shortfall);
        break;
      }
    }
  }
  return { met: missing.length === 0, missing };
}
