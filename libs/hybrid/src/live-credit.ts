/**
 * Credited live minutes: how much of a live session (an in-person lab or a live webinar) a
 * learner's attendance earns.
 *
 * Why a rule at all: boards that ask for live training count contact hours actually attended
 * (Florida, s. 486.117 and rule 64B17-6.008: 50 hours of face-to-face continuing education, with
 * the instructor's judgement of the learner's psychomotor skill, as summarised in
 * libs/regulation/data/dry-needling.yaml), so a credential must never certify minutes the
 * learner was not in the room. The rule therefore credits only time inside the scheduled window, never rounds
 * up, and caps a session at its scheduled length; the two grace periods below exist only because
 * a scan is not the moment a person walks in or out, and are kept short for that reason.
 */

/** A room scanning one code at the start, or at the wrap-up, takes a few minutes, not more. */
export const LATE_ARRIVAL_GRACE_MINUTES = 5;
export const EARLY_DEPARTURE_GRACE_MINUTES = 5;
/**
 * A session whose psychomotor check needs the learner there throughout credits nothing below
 * this share of its length: the instructor cannot judge a skill taught while the learner was
 * away, and partial credit would let a learner assemble a lab from fragments.
 */
export const FULL_ATTENDANCE_SHARE_PERCENT = 75;

export interface LiveCreditRule {
  /** A check-in at most this many minutes after the start counts from the start. */
  lateArrivalGraceMinutes: number;
  /** A check-out at most this many minutes before the end counts to the end. */
  earlyDepartureGraceMinutes: number;
  /** Whole percent of the scheduled length a full-attendance session needs for any credit. */
  fullAttendanceSharePercent: number;
}

export const DEFAULT_LIVE_CREDIT_RULE: LiveCreditRule = {
  lateArrivalGraceMinutes: LATE_ARRIVAL_GRACE_MINUTES,
  earlyDepartureGraceMinutes: EARLY_DEPARTURE_GRACE_MINUTES,
  fullAttendanceSharePercent: FULL_ATTENDANCE_SHARE_PERCENT,
};

export interface LiveSessionSchedule {
  startsAt: Date;
  endsAt: Date;
  /** True for a kind that needs the whole session, such as a lab with a psychomotor check. */
  requiresFullAttendance: boolean;
}

/** A learner's scans, after any instructor correction has been applied. */
export interface LiveAttendance {
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

export type LiveCreditOutcome =
  /** Present for the whole scheduled window (within the grace periods). */
  | 'FULL'
  /** Credited the minutes attended, fewer than scheduled. */
  | 'PARTIAL'
  /** Below the share a full-attendance session needs: nothing credited. */
  | 'BELOW_REQUIRED_SHARE'
  /** Checked in but not out: nothing credited until the instructor records the departure. */
  | 'NO_CHECK_OUT'
  /** No check-in, or no time inside the scheduled window. */
  | 'NOT_ATTENDED';

export interface LiveCredit {
  outcome: LiveCreditOutcome;
  creditedMinutes: number;
  /** Whole minutes inside the scheduled window, after the grace periods. */
  attendedMinutes: number;
  scheduledMinutes: number;
}

const MINUTE_MS = 60_000;

/** Whole minutes, rounded down: a learner is never credited a minute not fully attended. */
const wholeMinutes = (ms: number) => Math.floor(ms / MINUTE_MS);

/**
 * The credited minutes of one learner in one session:
 * - only time between the scheduled start and end counts (arriving early earns nothing extra);
 * - a check-in up to `lateArrivalGraceMinutes` after the start counts from the start; one later
 *   than that loses all the time from the start to the check-in (not just the part past the
 *   grace), so arriving 6 minutes late under a 5-minute grace loses 6 minutes;
 * - likewise a check-out more than `earlyDepartureGraceMinutes` before the end loses all the
 *   time from the check-out to the end;
 * - minutes are whole and rounded down; a session credits at most its scheduled length;
 * - a full-attendance session attended for less than `fullAttendanceSharePercent` of its length
 *   credits nothing; exactly the share is enough, and then the attended minutes are credited;
 * - without a check-out nothing is credited: the departure is unknown, and the instructor
 *   records it (with a reason) rather than the rule guessing.
 */
export function liveCredit(
  schedule: LiveSessionSchedule,
  attendance: LiveAttendance,
  rule: LiveCreditRule = DEFAULT_LIVE_CREDIT_RULE,
): LiveCredit {
  const start = schedule.startsAt.getTime();
  const end = schedule.endsAt.getTime();
  if (!(end > start)) throw new RangeError('a live session must end after it starts');
  for (const [name, value] of Object.entries(rule)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be 0 or more`);
  }
  if (rule.fullAttendanceSharePercent > 100) {
    throw new RangeError('fullAttendanceSharePercent must be at most 100');
  }
  const scheduledMinutes = wholeMinutes(end - start);
  const none = (outcome: LiveCreditOutcome, attendedMinutes = 0): LiveCredit => ({
    outcome,
    creditedMinutes: 0,
    attendedMinutes,
    scheduledMinutes,
  });

  const checkedIn = attendance.checkedInAt?.getTime() ?? NaN;
  if (Number.isNaN(checkedIn) || checkedIn >= end) return none('NOT_ATTENDED');
  const checkedOut = attendance.checkedOutAt?.getTime() ?? NaN;
  if (Number.isNaN(checkedOut)) return none('NO_CHECK_OUT');

  const from = checkedIn <= start + rule.lateArrivalGraceMinutes * MINUTE_MS ? start : checkedIn;
  const to = checkedOut >= end - rule.earlyDepartureGraceMinutes * MINUTE_MS ? end : checkedOut;
  const attendedMinutes = Math.min(Math.max(wholeMinutes(to - from), 0), scheduledMinutes);
  if (attendedMinutes === 0) return none('NOT_ATTENDED');
  // Whole numbers on both sides, so "exactly 75 %" is not lost to floating point.
  if (
    schedule.requiresFullAttendance &&
    attendedMinutes * 100 < rule.fullAttendanceSharePercent * scheduledMinutes
  ) {
    return none('BELOW_REQUIRED_SHARE', attendedMinutes);
  }
  return {
    outcome: attendedMinutes === scheduledMinutes ? 'FULL' : 'PARTIAL',
    creditedMinutes: attendedMinutes,
    attendedMinutes,
    scheduledMinutes,
  };
}
