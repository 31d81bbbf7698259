import { useRef, useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { RadioGroup } from './Choices';
import { OptionsEditor } from './OptionsEditor';
import {
  answerKeyProblem,
  optionsForType,
  QUESTION_TYPES,
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
  const optionsRef = useRef<HTMLFieldSetElement>(null);
  const set = <K extends keyof QuestionDraft>(field: K, value: QuestionDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    // Nothing is marked correct until the author chooses: ask before sending.
    const keyProblem = answerKeyProblem(draft);
    if (keyProblem) {
      setErrors({ options: keyProblem });
      optionsRef.current?.focus();
      return;
    }
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
        fieldsetRef={optionsRef}
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
