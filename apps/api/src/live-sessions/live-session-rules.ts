import { InvalidInputError, type FieldProblem } from '../common/errors/domain-error.js';
import { LIVE_SESSION_LIMITS, type ScheduleLiveSessionInput } from './dto/live-session.input.js';
import { LiveSessionKind } from './live-session-kind.js';

const HOUR = 3_600_000;

/** When registration and cancellation close: the cut-off before the start. */
export function registrationClosesAt(session: { startsAt: Date; cutoffHours: number }): Date {
  return new Date(session.startsAt.getTime() - session.cutoffHours * HOUR);
}

/**
 * The rules between fields that a decorator cannot state: a course or a program (exactly one),
 * a place that fits the kind, a start in the future, an end after it within the longest day,
 * and seats the instructors can supervise at the ratio. Throws BAD_USER_INPUT naming the first field at fault.
 */
export function checkSchedule(input: ScheduleLiveSessionInput, now: Date): void {
  const problems: FieldProblem[] = [];
  if (!input.courseId && !input.programId) {
    problems.push({
      field: 'courseId',
      message: 'A session is for a course or a program: give courseId or programId',
    });
  } else if (input.courseId && input.programId) {
    problems.push({
      field: 'programId',
      message: 'A session is for a course or a program, not both: give courseId or programId',
    });
  }
  if (input.kind === LiveSessionKind.LAB && !input.venue) {
    problems.push({ field: 'venue', message: 'A lab needs a venue' });
  }
  if (input.kind === LiveSessionKind.LAB && input.joinUrl) {
    problems.push({ field: 'joinUrl', message: 'A lab has a venue, not a join link' });
  }
  if (input.kind === LiveSessionKind.WEBINAR && !input.joinUrl) {
    problems.push({ field: 'joinUrl', message: 'A webinar needs an https join link' });
  }
  if (input.kind === LiveSessionKind.WEBINAR && input.venue) {
    problems.push({ field: 'venue', message: 'A webinar has a join link, not a venue' });
  }
  if (input.startsAt.getTime() <= now.getTime()) {
    problems.push({ field: 'startsAt', message: 'startsAt must be in the future' });
  }
  const length = input.endsAt.getTime() - input.startsAt.getTime();
  if (length <= 0) {
    problems.push({ field: 'endsAt', message: 'endsAt must be after startsAt' });
  } else if (length > LIVE_SESSION_LIMITS.maxHours * HOUR) {
    problems.push({
      field: 'endsAt',
      message: `A session lasts at most ${LIVE_SESSION_LIMITS.maxHours} hours`,
    });
  }
  const supervised = input.instructors * input.learnersPerInstructor;
  if (input.capacity > supervised) {
    problems.push({
      field: 'capacity',
      message: `${input.instructors} instructor(s) at 1 per ${input.learnersPerInstructor} learners can supervise at most ${supervised} seats`,
    });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
}
