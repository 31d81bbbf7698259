import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { BlueprintEditor } from './BlueprintEditor';
import { Checkbox, RadioGroup } from './Choices';
import {
  parseQuizDraft,
  REVIEW_CONTENT,
  REVIEW_TIMING,
  SCORING,
  type QuizDraft,
  type QuizSettings,
} from './quiz-settings';

interface BankChoice {
  id: string;
  title: string;
  questions: { id: string }[];
}

/** A quiz's settings, to create one or change one. Nothing changes when the API refuses. */
export function QuizSettingsForm({
  initial,
  banks,
  objectives,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: QuizDraft;
  banks: BankChoice[];
  objectives: readonly { key: string; text: string }[];
  submitLabel: string;
  onSubmit: (settings: QuizSettings) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof QuizDraft>(field: K, value: QuizDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parseQuizDraft(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(parsed.settings);
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={formError} />
      <div className="field-row">
        <TextField
          label="Quiz title"
          name="title"
          required
          maxLength={200}
          autoFocus
          value={draft.title}
          error={errors['title']}
          onChange={(event) => set('title', event.target.value)}
        />
        <SelectField
          label="Question bank"
          name="bankId"
          required
          value={draft.bankId}
          error={errors['bankId']}
          onChange={(event) => set('bankId', event.target.value)}
        >
          <option value="">Choose a bank</option>
          {banks.map((bank) => (
            <option key={bank.id} value={bank.id}>
              {bank.title} ({bank.questions.length})
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField
          label="Pass mark (%)"
          hint="1 to 100."
          name="passingScorePercent"
          inputMode="numeric"
          required
          value={draft.passingScorePercent}
          error={errors['passingScorePercent']}
          onChange={(event) => set('passingScorePercent', event.target.value)}
        />
        <TextField
          label="Questions drawn per attempt"
          hint="Empty: every question of the bank."
          name="questionCount"
          inputMode="numeric"
          value={draft.questionCount}
          error={errors['questionCount']}
          onChange={(event) => set('questionCount', event.target.value)}
        />
        <TextField
          label="Time limit (minutes)"
          hint="Empty: untimed."
          name="timeLimitMinutes"
          inputMode="numeric"
          value={draft.timeLimitMinutes}
          error={errors['timeLimitSeconds']}
          onChange={(event) => set('timeLimitMinutes', event.target.value)}
        />
        <TextField
          label="Maximum attempts"
          hint="Empty: unlimited."
          name="maxAttempts"
          inputMode="numeric"
          value={draft.maxAttempts}
          error={errors['maxAttempts']}
          onChange={(event) => set('maxAttempts', event.target.value)}
        />
        <TextField
          label="Wait before a retry (minutes)"
          hint="After a failed attempt; 0 to 10080 (a week)."
          name="retakeWaitMinutes"
          inputMode="numeric"
          value={draft.retakeWaitMinutes}
          error={errors['retakeWaitMinutes']}
          onChange={(event) => set('retakeWaitMinutes', event.target.value)}
        />
      </div>
      <BlueprintEditor
        useBlueprint={draft.useBlueprint}
        rows={draft.blueprint}
        objectives={objectives}
        questionCount={draft.questionCount}
        errors={errors}
        onChange={(useBlueprint, blueprint) =>
          setDraft((current) => ({ ...current, useBlueprint, blueprint }))
        }
      />
      <fieldset className="fieldset">
        <legend>Order</legend>
        <Checkbox
          label="Shuffle the questions for each attempt"
          checked={draft.shuffleQuestions}
          onChange={(checked) => set('shuffleQuestions', checked)}
        />
        <Checkbox
          label="Shuffle the options of each question"
          checked={draft.shuffleOptions}
          onChange={(checked) => set('shuffleOptions', checked)}
        />
      </fieldset>
      <RadioGroup
        legend="Multiple-choice scoring"
        name="scoring"
        value={draft.scoring}
        choices={SCORING}
        error={errors['scoring']}
        onChange={(value) => set('scoring', value)}
      />
      <div className="field-row">
        <RadioGroup
          legend="After submitting, learners see"
          name="reviewContent"
          value={draft.reviewContent}
          choices={REVIEW_CONTENT}
          error={errors['reviewContent']}
          onChange={(value) => set('reviewContent', value)}
        />
        <RadioGroup
          legend="More than the score appears"
          name="reviewTiming"
          value={draft.reviewTiming}
          choices={REVIEW_TIMING}
          error={errors['reviewTiming']}
          onChange={(value) => set('reviewTiming', value)}
        />
      </div>
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Saving">
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
