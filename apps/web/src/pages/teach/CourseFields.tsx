import type { FieldErrors } from '../../graphql/errors';
import { TextAreaField, TextField } from '../../ui/Field';
import {
  linesToList,
  listToLines,
  numberText,
  parseDecimal,
  parseOptionalWhole,
  tagsFromText,
} from './text';

/** What a course version says about itself, as the form holds it (numbers as typed). */
export interface CourseFieldsDraft {
  title: string;
  summary: string;
  audience: string;
  ceHours: string;
  certificateValidityMonths: string;
  learningObjectives: string;
  topicTags: string;
}

export const EMPTY_COURSE_FIELDS: CourseFieldsDraft = {
  title: '',
  summary: '',
  audience: '',
  ceHours: '',
  certificateValidityMonths: '',
  learningObjectives: '',
  topicTags: '',
};

export interface CourseFieldsValues {
  title: string;
  summary: string;
  audience: string;
  ceHours: number;
  certificateValidityMonths: number | null;
  learningObjectives: string[];
  topicTags: string[];
}

export function courseFieldsDraft(version: CourseFieldsValues): CourseFieldsDraft {
  return {
    title: version.title,
    summary: version.summary,
    audience: version.audience,
    ceHours: String(version.ceHours),
    certificateValidityMonths: numberText(version.certificateValidityMonths),
    learningObjectives: listToLines(version.learningObjectives),
    topicTags: version.topicTags.join(', '),
  };
}

/** The numbers read from their text; a field that is not a number stops the save. */
export function parseCourseFields(
  draft: CourseFieldsDraft,
): { ok: true; values: CourseFieldsValues } | { ok: false; errors: FieldErrors } {
  const ceHours = parseDecimal(draft.ceHours);
  const months = parseOptionalWhole(draft.certificateValidityMonths);
  const errors: FieldErrors = {};
  if (!ceHours.ok) errors['ceHours'] = ceHours.message;
  if (!months.ok) errors['certificateValidityMonths'] = months.message;
  if (!ceHours.ok || !months.ok) return { ok: false, errors };
  return {
    ok: true,
    values: {
      title: draft.title,
      summary: draft.summary,
      audience: draft.audience,
      ceHours: ceHours.value,
      certificateValidityMonths: months.value,
      learningObjectives: linesToList(draft.learningObjectives),
      topicTags: tagsFromText(draft.topicTags),
    },
  };
}

/** An error on one objective or tag (`learningObjectives.2`) shows on its whole field. */
export function listFieldError(errors: FieldErrors, field: string): string | undefined {
  const key = Object.keys(errors).find((name) => name === field || name.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

export function CourseFields({
  draft,
  errors,
  onChange,
  autoFocus = false,
}: {
  draft: CourseFieldsDraft;
  errors: FieldErrors;
  onChange: (draft: CourseFieldsDraft) => void;
  /** When the form opens in place of what it edits. */
  autoFocus?: boolean;
}) {
  const set = (field: keyof CourseFieldsDraft) => (value: string) =>
    onChange({ ...draft, [field]: value });
  return (
    <>
      <TextField
        label="Title"
        name="title"
        required
        maxLength={200}
        autoFocus={autoFocus}
        value={draft.title}
        error={errors['title']}
        onChange={(event) => set('title')(event.target.value)}
      />
      <TextAreaField
        label="Summary"
        hint="Shown in the catalog: what the course covers, in two or three sentences."
        name="summary"
        required
        maxLength={2000}
        value={draft.summary}
        error={errors['summary']}
        onChange={(event) => set('summary')(event.target.value)}
      />
      <TextAreaField
        label="Who it is for"
        name="audience"
        required
        maxLength={500}
        value={draft.audience}
        error={errors['audience']}
        onChange={(event) => set('audience')(event.target.value)}
      />
      <div className="field-row">
        <TextField
          label="CE hours"
          hint="More than 0, at most 100 (e.g. 1.5)."
          name="ceHours"
          inputMode="decimal"
          required
          value={draft.ceHours}
          error={errors['ceHours']}
          onChange={(event) => set('ceHours')(event.target.value)}
        />
        <TextField
          label="Certificate valid for (months)"
          hint="1 to 120. Leave empty if the certificate does not expire."
          name="certificateValidityMonths"
          inputMode="numeric"
          value={draft.certificateValidityMonths}
          error={errors['certificateValidityMonths']}
          onChange={(event) => set('certificateValidityMonths')(event.target.value)}
        />
      </div>
      <TextAreaField
        label="Learning objectives"
        hint="One per line."
        name="learningObjectives"
        rows={5}
        value={draft.learningObjectives}
        error={listFieldError(errors, 'learningObjectives')}
        onChange={(event) => set('learningObjectives')(event.target.value)}
      />
      <TextField
        label="Topic tags"
        hint="Lower-case words joined by hyphens, separated by commas (e.g. dry-needling, safety)."
        name="topicTags"
        value={draft.topicTags}
        error={listFieldError(errors, 'topicTags')}
        onChange={(event) => set('topicTags')(event.target.value)}
      />
    </>
  );
}
