import { maxSeatTimeMinutes, type LessonTime } from './instructional-time.js';

/**
 * What keeps a version from being submitted or published for credit, checked on the server
 * at both steps. An admin may override a gate with a written reason; nothing else passes it.
 */
export type CreditGateCode =
  | 'CLAIM_EXCEEDS_SUPPORTED'
  | 'SEAT_TIME_ABOVE_ESTIMATE'
  | 'NO_ASSESSMENT'
  | 'OBJECTIVE_NOT_ASSESSED'
  | 'UNKNOWN_OBJECTIVE'
  | 'BLUEPRINT_UNFILLABLE'
  | 'LONGEST_KEY_SHARE'
  | 'TRUE_FALSE_BALANCE'
  | 'DISCLOSURE_MISSING'
  | 'CONTENT_REVIEW_DUE'
  | 'CREDIT_END_INVALID';

export interface GateProblem {
  code: CreditGateCode;
  /** The input field to change, e.g. `creditMinutes` or `lessons.<id>.seatTimeMinutes`. */
  field: string;
  message: string;
}

export interface GatedLesson {
  id: string;
  title: string;
  seatTimeMinutes: number;
  time: LessonTime;
}

export interface ClaimInput {
  claimedMinutes: number;
  supportedMinutes: number;
  lessons: readonly GatedLesson[];
}

export function timeProblems(input: ClaimInput): GateProblem[] {
  const problems: GateProblem[] = [];
  if (input.claimedMinutes > input.supportedMinutes) {
    problems.push({
      code: 'CLAIM_EXCEEDS_SUPPORTED',
      field: 'creditMinutes',
      message:
        `The course claims ${input.claimedMinutes} minutes of instruction but its content supports ` +
        `${input.supportedMinutes} (lesson text at the reading rate, plus questions); claim no more, ` +
        `add content, or record a pilot`,
    });
  }
  for (const lesson of input.lessons) {
    const allowed = maxSeatTimeMinutes(lesson.time.minutes);
    if (lesson.seatTimeMinutes > allowed) {
      const basis = lesson.time.source === 'PILOT' ? 'its pilot median' : 'its estimate';
      problems.push({
        code: 'SEAT_TIME_ABOVE_ESTIMATE',
        field: `lessons.${lesson.id}.seatTimeMinutes`,
        message:
          `Lesson "${lesson.title}" requires ${lesson.seatTimeMinutes} minutes but ${basis} is ` +
          `${lesson.time.minutes.toFixed(1)}; require at most ${allowed}`,
      });
    }
  }
  return problems;
}

export interface ObjectiveCoverageInput {
  objectiveKeys: readonly string[];
  objectiveTexts: readonly string[];
  /** Quizzes a learner must pass. */
  quizCount: number;
  /** Objective keys at least one required quiz draws a question for, every attempt. */
  assessedKeys: ReadonlySet<string>;
}

export function coverageProblems(input: ObjectiveCoverageInput): GateProblem[] {
  if (input.quizCount === 0) {
    return [
      {
        code: 'NO_ASSESSMENT',
        field: 'quizzes',
        message: 'The course has no quiz: credit needs an assessment of its objectives',
      },
    ];
  }
  return input.objectiveKeys
    .map((key, index) => ({ key, text: input.objectiveTexts[index] ?? key }))
    .filter(({ key }) => !input.assessedKeys.has(key))
    .map(({ key, text }) => ({
      code: 'OBJECTIVE_NOT_ASSESSED' as const,
      field: `learningObjectives.${key}`,
      message: `No quiz draws a question for the objective "${shorten(text)}" (${key})`,
    }));
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
