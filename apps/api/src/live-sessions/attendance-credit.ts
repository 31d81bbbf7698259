import { liveCredit, type LiveAttendance, type LiveCredit } from '@fascicle/hybrid';
import { LiveSessionKind } from './live-session-kind.js';

/**
 * A lab is where the instructor judges hands-on (psychomotor) skill, which needs the learner
 * there throughout; a webinar credits the minutes attended.
 */
export function requiresFullAttendance(kind: LiveSessionKind): boolean {
  return kind === LiveSessionKind.LAB;
}

/** The credited minutes of one learner's attendance (none recorded: not attended). */
export function attendanceCredit(
  session: { kind: LiveSessionKind; startsAt: Date; endsAt: Date },
  attendance: LiveAttendance | null,
): LiveCredit {
  return liveCredit(
    {
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      requiresFullAttendance: requiresFullAttendance(session.kind),
    },
    attendance ?? { checkedInAt: null, checkedOutAt: null },
  );
}
