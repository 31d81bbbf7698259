import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { EMPTY_PILOT, MIN_PILOT_TESTERS, parsePilot } from './pilot-draft';

const TeachRecordPilotDocument = graphql(`
  mutation TeachRecordPilot($input: RecordLessonPilotInput!) {
    recordLessonPilot(input: $input) {
      id
    }
  }
`);

export function RecordPilotForm({ lessonId, onDone }: { lessonId: string; onDone: () => void }) {
  const [draft, setDraft] = useState(EMPTY_PILOT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [record, { loading }] = useMutation(TeachRecordPilotDocument, {
    refetchQueries: ['TeachLessonEditor'],
    awaitRefetchQueries: true,
  });
  const set = <K extends keyof typeof draft>(field: K, value: (typeof draft)[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parsePilot(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      await record({ variables: { input: { lessonId, ...parsed.values } } });
      onDone();
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  const independentError = errors['independentOfAuthors'];
  return (
    <form
      className="form narrow-wide"
      aria-label="Record a pilot"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <FormError message={formError} />
      <div className="field-row">
        <TextField
          label="Testers"
          hint={`At least ${MIN_PILOT_TESTERS}, from the course’s audience.`}
          name="testers"
          inputMode="numeric"
          autoFocus
          value={draft.testers}
          error={errors['testers']}
          onChange={(event) => set('testers', event.target.value)}
        />
        <TextField
          label="Median minutes"
          hint="The middle tester’s time on this lesson, e.g. 12.5."
          name="medianMinutes"
          inputMode="decimal"
          value={draft.medianMinutes}
          error={errors['medianMinutes']}
          onChange={(event) => set('medianMinutes', event.target.value)}
        />
      </div>
      <TextAreaField
        label="Who the testers were and how they were timed"
        name="note"
        rows={3}
        maxLength={2000}
        value={draft.note}
        error={errors['note']}
        onChange={(event) => set('note', event.target.value)}
      />
      <div className={independentError ? 'field field-invalid' : 'field'}>
        <div className="choice">
          <input
            type="checkbox"
            id={`pilot-independent-${lessonId}`}
            checked={draft.independentOfAuthors}
            aria-invalid={independentError ? true : undefined}
            aria-describedby={independentError ? `pilot-independent-${lessonId}-error` : undefined}
            onChange={(event) => set('independentOfAuthors', event.target.checked)}
          />
          <label htmlFor={`pilot-independent-${lessonId}`}>
            The testers were independent of the authors and were not told how long the lesson should
            take
          </label>
        </div>
        {independentError && (
          <p className="field-error" id={`pilot-independent-${lessonId}-error`}>
            <span aria-hidden="true">✕ </span>
            {independentError}
          </p>
        )}
      </div>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Recording">
          Record pilot
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
