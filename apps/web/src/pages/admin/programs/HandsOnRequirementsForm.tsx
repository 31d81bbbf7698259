import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, SelectField, TextField } from '../../../ui/Field';
import type { HandsOnView } from './hands-on-summary';

const SetHandsOnDocument = graphql(`
  mutation AdminSetHandsOnRequirements($input: SetHandsOnRequirementsInput!) {
    setProgramHandsOnRequirements(input: $input) {
      practicalExam
    }
  }
`);

const FIELDS = ['liveMinutes', 'supervisedSessions', 'supervisorRule'];

/** Whole hours in the form, minutes in the API: boards count contact hours. */
const hours = (minutes: number | undefined) => (minutes ? String(minutes / 60) : '');

export function HandsOnRequirementsForm({
  programId,
  current,
}: {
  programId: string;
  current: HandsOnView | null;
}) {
  const [save, { loading, error, reset }] = useMutation(SetHandsOnDocument, {
    refetchQueries: ['AdminPrograms'],
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...fieldErrors(error), ...problems };
  const general =
    error &&
    !Object.keys(fieldErrors(error)).some((field) => FIELDS.some((f) => field.startsWith(f)));
  const lab = current?.liveMinutes.find((live) => live.sessionKind === 'LAB');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const number = (name: string) => {
      const text = String(data.get(name) ?? '').trim();
      return text === '' ? null : Number(text);
    };
    const labHours = number('labHours');
    const sessions = number('sessions');
    const withinDays = number('withinDays');
    const found: Record<string, string> = {};
    if (labHours !== null && !(labHours > 0 && labHours <= 200)) {
      found['liveMinutes'] = 'Give the lab hours as a number from 1 to 200, or leave it empty.';
    }
    if (sessions !== null && !(Number.isInteger(sessions) && sessions > 0)) {
      found['supervisedSessions'] = 'Give a whole number of sessions, or leave it empty.';
    }
    setProblems(found);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    reset();
    try {
      await save({
        variables: {
          input: {
            programId,
            liveMinutes:
              labHours === null
                ? []
                : [{ sessionKind: 'LAB', minimumMinutes: Math.round(labHours * 60) }],
            practicalExam: data.get('practicalExam') === 'on',
            supervisedSessions: sessions === null ? null : { minimumCount: sessions, withinDays },
            supervisorRule: data.get('supervisorRule') === 'FLORIDA' ? 'FLORIDA' : null,
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown by field from `error`; nothing changed.
    }
  }

  return (
    <form className="form narrow" onSubmit={(e) => void onSubmit(e)} noValidate>
      <TextField
        label="Hours of in-person labs"
        name="labHours"
        inputMode="decimal"
        defaultValue={hours(lab?.minimumMinutes)}
        hint="Credited lab time, attended in full (Florida asks 50 face-to-face hours). Empty: none."
        error={errors['liveMinutes'] ?? errors['liveMinutes.0.minimumMinutes']}
      />
      <div className="choice">
        <input
          type="checkbox"
          id={`practical-${programId}`}
          name="practicalExam"
          defaultChecked={current?.practicalExam ?? false}
        />
        <label htmlFor={`practical-${programId}`}>
          A passed practical examination on the program’s checklist
        </label>
      </div>
      <div className="field-row">
        <TextField
          label="Confirmed supervised sessions"
          name="sessions"
          inputMode="numeric"
          defaultValue={current?.supervisedSessions?.minimumCount?.toString() ?? ''}
          hint="Empty: none."
          error={errors['supervisedSessions'] ?? errors['supervisedSessions.minimumCount']}
        />
        <TextField
          label="Within days of starting (optional)"
          name="withinDays"
          inputMode="numeric"
          defaultValue={current?.supervisedSessions?.withinDays?.toString() ?? ''}
          hint="Empty: no period (Florida sets none)."
          error={errors['supervisedSessions.withinDays']}
        />
      </div>
      <SelectField
        label="Supervisor rule"
        name="supervisorRule"
        defaultValue={current?.supervisorRule ? 'FLORIDA' : ''}
        error={errors['supervisorRule']}
      >
        <option value="">Any supervisor</option>
        <option value="FLORIDA">Florida (Fla. Admin. Code R. 64B17-6.008)</option>
      </SelectField>
      {general && <FormError message={errorMessage(error)} />}
      <p role="status" className={saved ? 'notice notice-ok' : 'sr-only'}>
        {saved ? 'Saved. Credentials already issued stay valid; new awards need these.' : ''}
      </p>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Saving">
          Save requirements
        </Button>
      </div>
    </form>
  );
}
