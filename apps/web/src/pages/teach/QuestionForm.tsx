import { useId, useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { RadioGroup } from './Choices';
import {
  markCorrect,
  MAX_OPTIONS,
  optionsForType,
  QUESTION_TYPES,
  removeOption,
  type QuestionDraft,
} from './question-draft';

/** A question whole: type, stem, options with the key, explanation, reference, objective. */
export function QuestionForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: QuestionDraft;
  submitLabel: string;
  /** Resolves when saved; the form then resets when it was adding. */
  onSubmit: (draft: QuestionDraft) => Promise<void>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof QuestionDraft>(field: K, value: QuestionDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setBusy(true);
    try {
      await onSubmit(draft);
      setErrors({});
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={formError} />
      <RadioGroup
        legend="Question type"
        name="type"
        value={draft.type}
        choices={QUESTION_TYPES}
        error={errors['type']}
        onChange={(type) =>
          setDraft((current) => ({
            ...current,
            type,
            options: optionsForType(type, current.options),
          }))
        }
      />
      <TextAreaField
        label="Question (Markdown)"
        name="stemMarkdown"
        rows={4}
        autoFocus={onCancel !== undefined}
        required
        value={draft.stemMarkdown}
        error={errors['stemMarkdown']}
        onChange={(event) => set('stemMarkdown', event.target.value)}
      />
      <OptionsEditor
        draft={draft}
        errors={errors}
        onChange={(options) => set('options', options)}
      />
      <TextAreaField
        label="Explanation (Markdown)"
        hint="Why the answer is right. Learners see it only as the quiz's review policy allows."
        name="explanationMarkdown"
        rows={3}
        required
        value={draft.explanationMarkdown}
        error={errors['explanationMarkdown']}
        onChange={(event) => set('explanationMarkdown', event.target.value)}
      />
      <div className="field-row">
        <TextField
          label="Reference"
          hint="The source that supports the answer."
          name="reference"
          required
          value={draft.reference}
          error={errors['reference']}
          onChange={(event) => set('reference', event.target.value)}
        />
        <TextField
          label="Learning objective tag"
          hint="Lower-case words joined by hyphens, e.g. safety-pneumothorax."
          name="objectiveTag"
          required
          value={draft.objectiveTag}
          error={errors['objectiveTag']}
          onChange={(event) => set('objectiveTag', event.target.value)}
        />
      </div>
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Saving">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

function OptionsEditor({
  draft,
  errors,
  onChange,
}: {
  draft: QuestionDraft;
  errors: FieldErrors;
  onChange: (options: QuestionDraft['options']) => void;
}) {
  const group = useId();
  const fixed = draft.type === 'TRUE_FALSE';
  const multiple = draft.type === 'MULTIPLE_CHOICE';
  const minimum = multiple ? 3 : 2;
  return (
    <fieldset
      className="fieldset"
      aria-describedby={errors['options'] ? `${group}-error` : undefined}
    >
      <legend>Options and answer key</legend>
      <p className="field-hint">
        {multiple ? 'Tick every correct option.' : 'Choose the one correct option.'}
      </p>
      {errors['options'] && (
        <p className="field-error" id={`${group}-error`}>
          <span aria-hidden="true">✕ </span>
          {errors['options']}
        </p>
      )}
      <ol className="option-list">
        {draft.options.map((option, index) => (
          <li key={index} className="option-row">
            {fixed ? (
              <span className="option-fixed">{option.text}</span>
            ) : (
              <TextField
                label={`Option ${index + 1}`}
                value={option.text}
                maxLength={1000}
                error={errors[`options.${index}.text`]}
                onChange={(event) =>
                  onChange(
                    draft.options.map((o, i) =>
                      i === index ? { ...o, text: event.target.value } : o,
                    ),
                  )
                }
              />
            )}
            <label className="choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${group}-correct`}
                aria-label={`Option ${index + 1}${fixed ? ` (${option.text})` : ''} is correct`}
                checked={option.isCorrect}
                onChange={(event) =>
                  onChange(markCorrect(draft.type, draft.options, index, event.target.checked))
                }
              />
              <span>Correct</span>
            </label>
            {!fixed && draft.options.length > minimum && (
              <Button
                variant="link"
                onClick={() => onChange(removeOption(draft.type, draft.options, index))}
              >
                Remove option {index + 1}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {!fixed && draft.options.length < MAX_OPTIONS && (
        <Button
          variant="secondary"
          className="button-small"
          onClick={() => onChange([...draft.options, { text: '', isCorrect: false }])}
        >
          Add an option
        </Button>
      )}
    </fieldset>
  );
}
