import type { FieldErrors } from '../../graphql/errors';
import { TextAreaField, TextField } from '../../ui/Field';
import { listFieldError, type CourseFieldsDraft } from './course-fields';
import { ObjectivesEditor } from './ObjectivesEditor';

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
  const set =
    (field: Exclude<keyof CourseFieldsDraft, 'objectives' | 'quizzesAfterLessons'>) =>
    (value: string) =>
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
          label="Claimed instructional time, minutes"
          hint="Whole minutes, 1 to 6000. Review refuses more than the content supports: see the credit panel. Each approval counts them in its own contact hours."
          name="creditMinutes"
          inputMode="numeric"
          required
          value={draft.creditMinutes}
          error={errors['creditMinutes']}
          onChange={(event) => set('creditMinutes')(event.target.value)}
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
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="quizzesAfterLessons"
            checked={draft.quizzesAfterLessons}
            onChange={(event) => onChange({ ...draft, quizzesAfterLessons: event.target.checked })}
          />{' '}
          Quizzes open after the lessons
        </label>
        <p className="field-hint">
          A module&apos;s quiz opens once its lessons are done, the final exam once every lesson is.
        </p>
      </div>
      <ObjectivesEditor
        rows={draft.objectives}
        errors={errors}
        onChange={(objectives) => onChange({ ...draft, objectives })}
      />
      <TextAreaField
        label="Skills assessed in the hands-on part"
        hint="One per line. Skills the course explains but an online quiz cannot assess, such as palpation or needle insertion: the course page lists them apart, and the certificate does not attest them."
        name="handsOnObjectives"
        value={draft.handsOnObjectives}
        error={listFieldError(errors, 'handsOnObjectives')}
        onChange={(event) => set('handsOnObjectives')(event.target.value)}
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
