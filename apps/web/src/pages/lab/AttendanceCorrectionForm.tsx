import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { fromLocalInput, reasonProblem, REASON_LENGTH, toLocalInput } from './attendance-words';

const CorrectLiveAttendanceDocument = graphql(`
  mutation CorrectLiveAttendance($input: CorrectLiveAttendanceInput!) {
    correctLiveAttendance(input: $input) {
      userId
      checkedInAt
      checkedOutAt
      creditedMinutes
      outcome
      corrected
    }
  }
`);

const FIELDS = ['checkedInAt', 'checkedOutAt', 'reason'] as const;

export interface CorrectedLearner {
  userId: string;
  learnerName: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
}

interface Props {
  sessionId: string;
  learner: CorrectedLearner;
  onDone: (message: string | null) => void;
}

/**
 * An instructor's correction of one learner's arrival and departure, with the reason the audit
 * trail keeps. An empty arrival records that the learner did not attend.
 */
export function AttendanceCorrectionForm({ sessionId, learner, onDone }: Props) {
  const [correct, { loading, error, reset }] = useMutation(CorrectLiveAttendanceDocument, {
    refetchQueries: ['LabRoster'],
  });
  const [arrival, setArrival] = useState(toLocalInput(learner.checkedInAt));
  const [departure, setDeparture] = useState(toLocalInput(learner.checkedOutAt));
  const [reason, setReason] = useState('');
  const [own, setOwn] = useState<Record<string, string>>({});
  const apiErrors = fieldErrors(error);
  const errors = { ...apiErrors, ...own };
  const unplaced = error && !FIELDS.some((field) => apiErrors[field]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const reasonError = reasonProblem(reason);
    if (reasonError) problems['reason'] = reasonError;
    if (departure && !arrival) problems['checkedInAt'] = 'A departure needs an arrival.';
    setOwn(problems);
    reset();
    if (Object.keys(problems).length > 0) return;
    try {
      await correct({
        variables: {
          input: {
            sessionId,
            userId: learner.userId,
            checkedInAt: fromLocalInput(arrival),
            checkedOutAt: fromLocalInput(departure),
            reason: reason.trim(),
          },
        },
      });
      onDone(`${learner.learnerName}’s attendance is corrected.`);
    } catch {
      // Shown by the fields from `error`; nothing changed.
    }
  }

  return (
    <form
      className="form lab-correction"
      aria-label={`Correct the attendance of ${learner.learnerName}`}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <div className="field-row">
        <TextField
          label="Arrival"
          type="datetime-local"
          value={arrival}
          onChange={(event) => setArrival(event.target.value)}
          hint="Empty: did not attend"
          error={errors['checkedInAt']}
        />
        <TextField
          label="Departure"
          type="datetime-local"
          value={departure}
          onChange={(event) => setDeparture(event.target.value)}
          hint="Empty: not left yet"
          error={errors['checkedOutAt']}
        />
      </div>
      <TextAreaField
        label="Reason"
        rows={2}
        value={reason}
        maxLength={REASON_LENGTH.max}
        onChange={(event) => setReason(event.target.value)}
        hint={`${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters, kept in the audit trail`}
        required
        error={errors['reason']}
      />
      {unplaced && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Saving">
          Save correction
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
