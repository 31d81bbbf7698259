import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { STATE_OPTIONS } from '../account/us-states';
import { EligibilityAnswer } from './EligibilityAnswer';
import { DryNeedlingEligibilityCheckDocument } from './eligibility-documents';

interface Question {
  state: string;
  onDate: string;
}

/** Today as YYYY-MM-DD in the reader's calendar: the date field's starting value. */
function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/**
 * "What about another state, or another day?": the same answer as the cards, for any state
 * and date (a move, a course that ends next month). The API checks both values and names the
 * field it refuses.
 */
export function CheckStateForm() {
  const [asked, setAsked] = useState<Question | null>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const result = useQuery(DryNeedlingEligibilityCheckDocument, {
    variables: asked ?? { state: '', onDate: null },
    skip: asked === null,
  });
  const apiErrors = result.error ? fieldErrors(result.error) : {};
  const errors = { ...apiErrors, ...missing };
  const formError =
    result.error && Object.keys(apiErrors).length === 0 ? errorMessage(result.error) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const state = String(form.get('state') ?? '');
    const onDate = String(form.get('onDate') ?? '');
    const problems: Record<string, string> = {};
    if (!state) problems['state'] = 'Choose the state to check.';
    if (!onDate) problems['onDate'] = 'Choose the date to check, or keep today’s.';
    setMissing(problems);
    if (Object.keys(problems).length === 0) setAsked({ state, onDate });
  }

  return (
    <>
      <form className="form" aria-label="Check another state" onSubmit={onSubmit} noValidate>
        <FormError message={formError} />
        <div className="field-row">
          <SelectField label="State" name="state" defaultValue="" error={errors['state']}>
            <option value="">Choose a state…</option>
            {STATE_OPTIONS.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="On"
            hint="The day to check: a rule may change on a date."
            name="onDate"
            type="date"
            defaultValue={today()}
            error={errors['onDate']}
          />
        </div>
        <div className="actions">
          <Button type="submit" busy={result.loading} busyLabel="Checking">
            Check
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {result.loading && <Loading label="Checking the rule" />}
        {result.data && !result.error && (
          <EligibilityAnswer answer={result.data.dryNeedlingEligibility} />
        )}
      </div>
    </>
  );
}
