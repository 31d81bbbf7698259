import type { LiveSessionKind, ProgramRequirementKind } from '../../gql/graphql';
import { duration, plural } from '../../ui/format';

export interface ProgramRequirements {
  courses: readonly { id: string; title: string }[];
  handsOn: {
    liveMinutes: readonly { sessionKind: LiveSessionKind | null; minimumMinutes: number }[];
    practicalExam: boolean;
    supervisedSessions: { minimumCount: number; withinDays: number | null } | null;
  } | null;
}

export interface Missing {
  kind: ProgramRequirementKind;
  message: string;
  courseId: string | null;
  neededMinutes: number | null;
  neededCount: number | null;
}

export interface RequirementRow {
  key: string;
  kind: ProgramRequirementKind;
  label: string;
  met: boolean;
  /** The API's words for what is missing; null when met. */
  message: string | null;
}

const KIND_WORDS: Record<LiveSessionKind, string> = {
  LAB: 'in-person labs',
  WEBINAR: 'live webinars',
};

/**
 * Every requirement of the program in its order (courses, live minutes, practical exam,
 * supervised sessions), each met or missing with the API's message. The API lists only what is
 * missing; a requirement it does not list is met. Two live-minute requirements are told apart
 * by the minutes they need.
 */
export function requirementRows(
  program: ProgramRequirements,
  missing: readonly Missing[],
): RequirementRow[] {
  const left = [...missing];
  const take = (match: (m: Missing) => boolean): string | null => {
    const index = left.findIndex(match);
    if (index < 0) return null;
    return left.splice(index, 1)[0]!.message;
  };
  const rows: RequirementRow[] = program.courses.map((course) => {
    const message = take((m) => m.kind === 'COURSE' && m.courseId === course.id);
    return {
      key: `course-${course.id}`,
      kind: 'COURSE',
      label: `Course: ${course.title}`,
      met: message === null,
      message,
    };
  });
  const handsOn = program.handsOn;
  handsOn?.liveMinutes.forEach((live, index) => {
    const message = take(
      (m) => m.kind === 'LIVE_MINUTES' && m.neededMinutes === live.minimumMinutes,
    );
    const kind = live.sessionKind ? KIND_WORDS[live.sessionKind] : 'live sessions';
    rows.push({
      key: `live-${index}`,
      kind: 'LIVE_MINUTES',
      label: `${duration(live.minimumMinutes)} at ${kind}`,
      met: message === null,
      message,
    });
  });
  if (handsOn?.practicalExam) {
    const message = take((m) => m.kind === 'PRACTICAL_EXAM');
    rows.push({
      key: 'practical',
      kind: 'PRACTICAL_EXAM',
      label: 'A passed practical exam',
      met: message === null,
      message,
    });
  }
  if (handsOn?.supervisedSessions) {
    const { minimumCount, withinDays } = handsOn.supervisedSessions;
    const message = take((m) => m.kind === 'SUPERVISED_SESSIONS');
    rows.push({
      key: 'supervised',
      kind: 'SUPERVISED_SESSIONS',
      label: `${plural(minimumCount, 'supervised session')}${withinDays ? ` within ${withinDays} days of the start` : ''}`,
      met: message === null,
      message,
    });
  }
  // Anything the API misses that the list above did not foresee is shown, never dropped.
  for (const [index, rest] of left.entries()) {
    rows.push({
      key: `other-${index}`,
      kind: rest.kind,
      label: rest.message,
      met: false,
      message: rest.message,
    });
  }
  return rows;
}
