import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { date, plural } from '../../ui/format';
import { today } from './practice-words';

const RecordTreatmentCountDocument = graphql(`
  mutation RecordTreatmentCount($input: RecordTreatmentCountInput!) {
    recordTreatmentCount(input: $input) {
      date
      count
    }
  }
`);

/**
 * Treatments given on a day: the denominator of the clinic's rate per 1,000 treatments.
 * Recording a day again replaces its count, so a correction is the same form.
 */
export function TreatmentCountForm() {
  const [record, { loading, error, reset }] = useMutation(RecordTreatmentCountDocument);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const errors = { ...fieldErrors(error), ...missing };
  const unplaced = error && !errors['date'] && !errors['count'];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const day = String(data.get('date') ?? '').trim();
    const countText = String(data.get('count') ?? '').trim();
    const count = countText === '' ? NaN : Number(countText);
    const problems: Record<string, string> = {};
    if (!day) problems['date'] = 'Enter the day.';
    if (!Number.isInteger(count) || count < 0 || count > 1000) {
      problems['count'] = 'Enter a whole number of treatments from 0 to 1000.';
    }
    setMissing(problems);
    setRecorded(null);
    reset();
    if (Object.keys(problems).length > 0) return;
    try {
      const result = await record({ variables: { input: { date: day, count } } });
      const saved = result.data?.recordTreatmentCount;
      if (saved) {
        setRecorded(`${plural(saved.count, 'treatment')} recorded for ${date(saved.date)}.`);
      }
      form.reset();
    } catch {
      // Shown beside the fields from `error`.
    }
  }

  return (
    <>
      <form
        className="form narrow"
        aria-labelledby="treatments-title"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <div className="field-row">
          <TextField
            label="Day"
            name="date"
            type="date"
            max={today()}
            required
            error={errors['date']}
          />
          <TextField
            label="Dry needling treatments"
            name="count"
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            step={1}
            required
            error={errors['count']}
          />
        </div>
        {unplaced && <FormError message={errorMessage(error)} />}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel="Recording">
            Record treatments
          </Button>
        </div>
      </form>
      <div role="status">{recorded && <p className="notice notice-ok">{recorded}</p>}</div>
    </>
  );
}
