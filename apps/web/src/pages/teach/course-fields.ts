import type { FieldErrors } from '../../graphql/errors';
import { emptyObjective, objectiveRows, objectivesInput, type ObjectiveDraft } from './objectives';
import { numberText, parseOptionalWhole, parseWhole, tagsFromText } from './text';

/** What a course version says about itself, as the form holds it (numbers as typed). */
export interface CourseFieldsDraft {
  title: string;
  summary: string;
  audience: string;
  /** Claimed minutes of instruction: the stored truth, hours follow per approval. */
  creditMinutes: string;
  certificateValidityMonths: string;
  /** Learners finish a module's lessons before its quiz, every lesson before the final exam. */
  quizzesAfterLessons: boolean;
  objectives: ObjectiveDraft[];
  /** One skill per line: named by the course, assessed only in its hands-on part. */
  handsOnObjectives: string;
  topicTags: string;
}

export function emptyCourseFields(): CourseFieldsDraft {
  return {
    title: '',
    summary: '',
    audience: '',
    creditMinutes: '',
    certificateValidityMonths: '',
    quizzesAfterLessons: false,
    objectives: [emptyObjective()],
    handsOnObjectives: '',
    topicTags: '',
  };
}

export interface CourseFieldsSource {
  title: string;
  summary: string;
  audience: string;
  creditMinutes: number;
  certificateValidityMonths: number | null;
  quizzesAfterLessons: boolean;
  objectives: readonly { key: string; text: string }[];
  handsOnObjectives: readonly string[];
  topicTags: readonly string[];
}

export interface CourseFieldsValues {
  title: string;
  summary: string;
  audience: string;
  creditMinutes: number;
  certificateValidityMonths: number | null;
  quizzesAfterLessons: boolean;
  learningObjectives: string[];
  objectiveKeys: string[];
  handsOnObjectives: string[];
  topicTags: string[];
}

export function courseFieldsDraft(version: CourseFieldsSource): CourseFieldsDraft {
  return {
    title: version.title,
    summary: version.summary,
    audience: version.audience,
    creditMinutes: String(version.creditMinutes),
    certificateValidityMonths: numberText(version.certificateValidityMonths),
    quizzesAfterLessons: version.quizzesAfterLessons,
    objectives: objectiveRows(version.objectives),
    handsOnObjectives: version.handsOnObjectives.join('\n'),
    topicTags: version.topicTags.join(', '),
  };
}

/** The numbers and keys read from the form; anything unreadable stops the save. */
export function parseCourseFields(
  draft: CourseFieldsDraft,
): { ok: true; values: CourseFieldsValues } | { ok: false; errors: FieldErrors } {
  const minutes = parseWhole(draft.creditMinutes);
  const months = parseOptionalWhole(draft.certificateValidityMonths);
  const objectives = objectivesInput(draft.objectives);
  const errors: FieldErrors = objectives.ok ? {} : { ...objectives.errors };
  if (!minutes.ok) errors['creditMinutes'] = `${minutes.message} of minutes, e.g. 90`;
  if (!months.ok) errors['certificateValidityMonths'] = months.message;
  if (!minutes.ok || !months.ok || !objectives.ok) return { ok: false, errors };
  return {
    ok: true,
    values: {
      title: draft.title,
      summary: draft.summary,
      audience: draft.audience,
      creditMinutes: minutes.value,
      certificateValidityMonths: months.value,
      quizzesAfterLessons: draft.quizzesAfterLessons,
      learningObjectives: objectives.learningObjectives,
      objectiveKeys: objectives.objectiveKeys,
      handsOnObjectives: draft.handsOnObjectives
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      topicTags: tagsFromText(draft.topicTags),
    },
  };
}

/** An error on one objective or tag (`learningObjectives.2`) shows on its whole field. */
export function listFieldError(errors: FieldErrors, field: string): string | undefined {
  const key = Object.keys(errors).find((name) => name === field || name.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}
