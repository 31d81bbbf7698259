import type { LiveSessionKind, ScheduleLiveSessionInput } from '../../gql/graphql';
import type { FieldErrors } from '../../graphql/errors';

/** The schedule form as typed: every field a string, times in the browser's own zone. */
export interface ScheduleDraft {
  courseId: string;
  kind: LiveSessionKind;
  title: string;
  venue: string;
  joinUrl: string;
  /** `datetime-local` values, e.g. "2026-12-10T09:00": wall-clock time where the form is. */
  startsAt: string;
  endsAt: string;
  capacity: string;
  instructors: string;
  learnersPerInstructor: string;
  registrationCutoffHours: string;
}

export function emptyScheduleDraft(courseId = ''): ScheduleDraft {
  return {
    courseId,
    kind: 'LAB',
    title: '',
    venue: '',
    joinUrl: '',
    startsAt: '',
    endsAt: '',
    capacity: '',
    instructors: '1',
    learnersPerInstructor: '',
    registrationCutoffHours: '24',
  };
}

const WHOLE = /^\d+$/;

const NUMBER_LABELS = {
  capacity: 'Seats',
  instructors: 'Instructors',
  learnersPerInstructor: 'Learners per instructor',
  registrationCutoffHours: 'Cut-off (hours before the start)',
} as const;

type ParseResult =
  { ok: true; input: ScheduleLiveSessionInput } | { ok: false; errors: FieldErrors };

/**
 * The input the API takes, or what stops the form sending it. Only what the browser must
 * settle itself is checked here (whole numbers, a date and time chosen, local times turned
 * into instants); the rules (ratio, length, cut-off, a venue or an https link) are the API's,
 * and its errors come back beside the same fields. A lab sends no link and a webinar no
 * venue, whatever was typed before the kind changed.
 */
export function parseScheduleDraft(draft: ScheduleDraft): ParseResult {
  const errors: FieldErrors = {};
  if (!draft.courseId) errors['courseId'] = 'Choose the course';
  const times = {
    startsAt: instant(draft.startsAt, 'start', errors, 'startsAt'),
    endsAt: instant(draft.endsAt, 'end', errors, 'endsAt'),
  };
  const numbers = {} as Record<keyof typeof NUMBER_LABELS, number>;
  for (const [field, label] of Object.entries(NUMBER_LABELS) as [
    keyof typeof NUMBER_LABELS,
    string,
  ][]) {
    const value = draft[field].trim();
    if (!WHOLE.test(value)) errors[field] = `${label} must be a whole number`;
    else numbers[field] = Number(value);
  }
  if (Object.keys(errors).length > 0 || !times.startsAt || !times.endsAt) {
    return { ok: false, errors };
  }
  const lab = draft.kind === 'LAB';
  return {
    ok: true,
    input: {
      courseId: draft.courseId,
      kind: draft.kind,
      title: draft.title.trim(),
      venue: lab ? draft.venue.trim() || null : null,
      joinUrl: lab ? null : draft.joinUrl.trim() || null,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      ...numbers,
    },
  };
}

/** A `datetime-local` value as an ISO instant, read in the browser's zone. */
function instant(
  value: string,
  which: 'start' | 'end',
  errors: FieldErrors,
  field: string,
): string | undefined {
  const time = value ? new Date(value) : null;
  if (!time || Number.isNaN(time.getTime())) {
    errors[field] = `Choose the ${which} date and time`;
    return undefined;
  }
  return time.toISOString();
}
