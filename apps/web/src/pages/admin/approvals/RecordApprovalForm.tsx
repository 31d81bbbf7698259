import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, SelectField, TextField } from '../../../ui/Field';
import { DEFAULT_UNIT, INCREMENT_OPTIONS, MINUTES_OPTIONS } from './contact-hour-units';

const RecordApprovalDocument = graphql(`
  mutation AdminRecordApproval($input: RecordCourseApprovalInput!) {
    recordCourseApproval(input: $input) {
      id
    }
  }
`);

const FIELDS = [
  'body',
  'approvalNumber',
  'validFrom',
  'validUntil',
  'minutesPerHour',
  'increment',
] as const;

export function RecordApprovalForm({ courseId }: { courseId: string }) {
  const [record, { loading, error, reset }] = useMutation(RecordApprovalDocument, {
    refetchQueries: ['AdminCourseApprovals'],
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const errors = { ...fieldErrors(error), ...missing };
  const known = new Set<string>(FIELDS);
  const general = error && !Object.keys(fieldErrors(error)).some((field) => known.has(field));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const required: Record<string, string> = {};
    if (!text('body')) required['body'] = 'Name the board or accrediting body.';
    if (!text('approvalNumber')) required['approvalNumber'] = 'Give the approval number.';
    if (!text('validFrom')) required['validFrom'] = 'Give the first day the approval is valid.';
    setMissing(required);
    setSaved(null);
    if (Object.keys(required).length > 0) return;
    reset();
    try {
      await record({
        variables: {
          input: {
            courseId,
            body: text('body'),
            approvalNumber: text('approvalNumber'),
            validFrom: text('validFrom'),
            validUntil: text('validUntil') || null,
            minutesPerHour: Number(text('minutesPerHour')),
            increment: Number(text('increment')),
            isSample: data.get('isSample') === 'on',
          },
        },
      });
      form.reset();
      setSaved(`Approval ${text('approvalNumber')} by ${text('body')} is recorded.`);
    } catch {
      // Shown by field from `error`; nothing was recorded.
    }
  }

  return (
    <form
      className="form narrow"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="record-title"
    >
      <TextField label="Board or accrediting body" name="body" required error={errors['body']} />
      <TextField
        label="Approval number"
        name="approvalNumber"
        required
        autoComplete="off"
        error={errors['approvalNumber']}
      />
      <div className="field-row">
        <TextField
          label="Valid from"
          name="validFrom"
          type="date"
          required
          error={errors['validFrom']}
        />
        <TextField
          label="Valid until (optional)"
          name="validUntil"
          type="date"
          hint="Inclusive. Leave empty if the approval has no end date."
          error={errors['validUntil']}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Contact hour"
          name="minutesPerHour"
          defaultValue={DEFAULT_UNIT.minutesPerHour}
          hint="How many minutes of instruction the body counts as one hour."
          error={errors['minutesPerHour']}
        >
          {MINUTES_OPTIONS.map((unit) => (
            <option key={unit.value} value={unit.value}>
              {unit.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Smallest step of credit"
          name="increment"
          defaultValue={DEFAULT_UNIT.increment}
          hint="Hours are rounded down to this step."
          error={errors['increment']}
        >
          {INCREMENT_OPTIONS.map((unit) => (
            <option key={unit.value} value={unit.value}>
              {unit.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="choice">
        <input type="checkbox" id="approval-sample" name="isSample" />
        <label htmlFor="approval-sample">
          Sample record: for demonstrations, not a real approval
        </label>
      </div>
      {general && <FormError message={errorMessage(error)} />}
      <p role="status" className={saved ? 'notice notice-ok' : 'sr-only'}>
        {saved}
      </p>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Recording">
          Record approval
        </Button>
      </div>
    </form>
  );
}
