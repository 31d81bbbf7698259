import { useId, type RefObject } from 'react';
import type { FieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { markCorrect, MAX_OPTIONS, removeOption, type QuestionDraft } from './question-draft';

/**
 * The options of a question with its answer key. The fieldset takes focus (tabIndex -1) when
 * the form refuses to save for want of a key, so a screen reader hears why.
 */
export function OptionsEditor({
  draft,
  errors,
  fieldsetRef,
  onChange,
}: {
  draft: QuestionDraft;
  errors: FieldErrors;
  fieldsetRef: RefObject<HTMLFieldSetElement | null>;
  onChange: (options: QuestionDraft['options']) => void;
}) {
  const group = useId();
  const fixed = draft.type === 'TRUE_FALSE';
  const multiple = draft.type === 'MULTIPLE_CHOICE';
  const minimum = multiple ? 3 : 2;
  return (
    <fieldset
      ref={fieldsetRef}
      tabIndex={-1}
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
              <Button variant="link" onClick={() => onChange(removeOption(draft.options, index))}>
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
