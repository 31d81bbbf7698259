import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { type FieldErrors, showSubmitError } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../../ui/Field';
import { EMPTY_ACCOMMODATION, parseAccommodation } from './accommodation-draft';
import { LearnerPicker } from './LearnerPicker';

const GrantAccommodationDocument = graphql(`
  mutation AdminGrantAccommodation($input: GrantQuizAccommodationInput!) {
    grantQuizAccommodation(input: $input) {
      id
      learnerName
    }
  }
`);

/** Grants (or replaces) one learner's extra attempts and time on the quiz. */
export function GrantAccommodationForm({ quizId }: { quizId: string }) {
  const [draft, setDraft] = useState(EMPTY_ACCOMMODATION);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [granted, setGranted] = useState<string | null>(null);
  const [grant, { loading }] = useMutation(GrantAccommodationDocument, {
    refetchQueries: ['AdminQuizAccommodations'],
    awaitRefetchQueries: true,
  });
  const set = <K extends keyof typeof draft>(field: K, value: (typeof draft)[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setGranted(null);
    const parsed = parseAccommodation(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      const { data } = await grant({ variables: { input: { quizId, ...parsed.values } } });
      setDraft(EMPTY_ACCOMMODATION);
      if (data) setGranted(`Accommodation granted to ${data.grantQuizAccommodation.learnerName}.`);
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form
      className="form narrow-wide"
      aria-labelledby="grant-title"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <FormError message={formError} />
      <LearnerPicker
        userId={draft.userId}
        error={errors['userId']}
        onChoose={(userId) => set('userId', userId)}
      />
      <div className="field-row">
        <TextField
          label="Extra attempts"
          hint="Beyond the quiz’s maximum: 0 to 20."
          name="extraAttempts"
          inputMode="numeric"
          value={draft.extraAttempts}
          error={errors['extraAttempts']}
          onChange={(event) => set('extraAttempts', event.target.value)}
        />
        <TextField
          label="Extra time (%)"
          hint="Of the time limit: 50 is time and a half; 0 to 300."
          name="extraTimePercent"
          inputMode="numeric"
          value={draft.extraTimePercent}
          error={errors['extraTimePercent']}
          onChange={(event) => set('extraTimePercent', event.target.value)}
        />
      </div>
      <TextAreaField
        label="Reason"
        hint="Kept with the accommodation and in the audit log (10 to 2000 characters)."
        name="reason"
        rows={3}
        maxLength={2000}
        value={draft.reason}
        error={errors['reason']}
        onChange={(event) => set('reason', event.target.value)}
      />
      <p role="status" className={granted ? 'notice notice-ok' : 'sr-only'}>
        {granted}
      </p>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Granting">
          Grant accommodation
        </Button>
      </div>
    </form>
  );
}
