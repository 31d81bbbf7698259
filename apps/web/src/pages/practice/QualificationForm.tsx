import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { date } from '../../ui/format';
import { STATE_OPTIONS } from '../account/us-states';

const MySupervisorQualificationDocument = graphql(`
  query MySupervisorQualification {
    mySupervisorQualification {
      licenseState
      licenseNumber
      dryNeedlingYears
      ownSessions
      meetsStateQualification
      updatedAt
    }
  }
`);

const SetSupervisorQualificationDocument = graphql(`
  mutation SetSupervisorQualification($input: SupervisorQualificationInput!) {
    setSupervisorQualification(input: $input) {
      licenseState
      licenseNumber
      dryNeedlingYears
      ownSessions
      meetsStateQualification
      updatedAt
    }
  }
`);

const FIELDS = [
  'licenseState',
  'licenseNumber',
  'dryNeedlingYears',
  'ownSessions',
  'meetsStateQualification',
] as const;

const STATE_RULE_CHOICES = [
  { value: 'yes', label: 'Yes, I meet it' },
  { value: 'no', label: 'No' },
  { value: '', label: 'I do not know or prefer not to say' },
] as const;

/** The radio's value for what is recorded: yes, no, or not stated. */
function stateRuleChoice(meets: boolean | null | undefined): string {
  if (meets === true) return 'yes';
  if (meets === false) return 'no';
  return '';
}

/**
 * The supervisor's license and experience. Each confirmation keeps a copy of it as it stands
 * then, so the board's log shows who vouched for a session and on what standing.
 */
export function QualificationForm() {
  const result = useQuery(MySupervisorQualificationDocument);
  const stateRuleId = useId();
  const [save, { loading, error, reset }] = useMutation(SetSupervisorQualificationDocument, {
    refetchQueries: ['MySupervisorQualification'],
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...fieldErrors(error), ...missing };
  const unplaced = error && !FIELDS.some((field) => errors[field]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const whole = (name: string) => (text(name) === '' ? NaN : Number(text(name)));
    const input = {
      licenseState: text('licenseState'),
      licenseNumber: text('licenseNumber'),
      dryNeedlingYears: whole('dryNeedlingYears'),
      ownSessions: whole('ownSessions'),
      // Not stated is recorded as not stated: a program's rule then counts it as not met.
      meetsStateQualification:
        text('meetsStateQualification') === 'yes'
          ? true
          : text('meetsStateQualification') === 'no'
            ? false
            : null,
    };
    const problems: Record<string, string> = {};
    if (!input.licenseState) problems['licenseState'] = 'Choose the state of your license.';
    if (!input.licenseNumber) problems['licenseNumber'] = 'Enter your license number.';
    if (!Number.isInteger(input.dryNeedlingYears) || input.dryNeedlingYears < 0) {
      problems['dryNeedlingYears'] = 'Enter whole years, 0 or more.';
    }
    if (!Number.isInteger(input.ownSessions) || input.ownSessions < 0) {
      problems['ownSessions'] = 'Enter a whole number of sessions, 0 or more.';
    }
    setMissing(problems);
    setSaved(false);
    reset();
    if (Object.keys(problems).length > 0) return;
    try {
      await save({ variables: { input } });
      setSaved(true);
    } catch {
      // Shown beside the fields from `error`.
    }
  }

  return (
    <QueryState result={result} label="Loading your qualification">
      {({ mySupervisorQualification: current }) => (
        <>
          {current ? (
            <p>
              Recorded on {date(current.updatedAt)}: license {current.licenseState}{' '}
              {current.licenseNumber}, {current.dryNeedlingYears} years of dry needling,{' '}
              {current.ownSessions} sessions of your own
              {current.meetsStateQualification === true
                ? "; you meet your state's own rule"
                : current.meetsStateQualification === false
                  ? "; you do not meet your state's own rule"
                  : ''}
              .
            </p>
          ) : (
            <p>You have recorded no qualification yet: record it before you confirm a session.</p>
          )}
          <form
            key={current?.updatedAt ?? 'new'}
            className="form narrow"
            aria-labelledby="qualification-title"
            onSubmit={(event) => void onSubmit(event)}
            noValidate
          >
            <SelectField
              label="License state"
              name="licenseState"
              defaultValue={current?.licenseState ?? ''}
              required
              error={errors['licenseState']}
            >
              <option value="">Choose a state…</option>
              {STATE_OPTIONS.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </SelectField>
            <TextField
              label="License number"
              name="licenseNumber"
              defaultValue={current?.licenseNumber ?? ''}
              autoComplete="off"
              spellCheck={false}
              required
              error={errors['licenseNumber']}
            />
            <TextField
              label="Years of dry needling practice"
              name="dryNeedlingYears"
              type="number"
              inputMode="numeric"
              min={0}
              max={70}
              step={1}
              defaultValue={current?.dryNeedlingYears ?? ''}
              hint="Whole years since you began dry needling. Florida asks at least one year of a supervisor."
              required
              error={errors['dryNeedlingYears']}
            />
            <TextField
              label="Dry needling sessions of your own"
              name="ownSessions"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              defaultValue={current?.ownSessions ?? ''}
              hint="Florida asks at least 25 of a supervisor."
              required
              error={errors['ownSessions']}
            />
            <fieldset
              className={errors['meetsStateQualification'] ? 'fieldset field-invalid' : 'fieldset'}
              aria-describedby={`${stateRuleId}-hint`}
            >
              <legend>Do you meet your state&apos;s own rule for dry needling?</legend>
              <p className="field-hint" id={`${stateRuleId}-hint`}>
                Florida asks it of a supervisor (Fla. Admin. Code R. 64B17-6.008). A program with
                such a rule counts a confirmation only when you say yes.
              </p>
              {STATE_RULE_CHOICES.map((choice) => (
                <div className="choice" key={choice.value || 'unknown'}>
                  <input
                    type="radio"
                    id={`${stateRuleId}-${choice.value || 'unknown'}`}
                    name="meetsStateQualification"
                    value={choice.value}
                    defaultChecked={
                      stateRuleChoice(current?.meetsStateQualification) === choice.value
                    }
                  />
                  <label htmlFor={`${stateRuleId}-${choice.value || 'unknown'}`}>
                    {choice.label}
                  </label>
                </div>
              ))}
              {errors['meetsStateQualification'] && (
                <p className="field-error">
                  <span aria-hidden="true">✕ </span>
                  {errors['meetsStateQualification']}
                </p>
              )}
            </fieldset>
            {unplaced && <FormError message={errorMessage(error)} />}
            <div className="actions">
              <Button type="submit" busy={loading} busyLabel="Saving">
                Save qualification
              </Button>
            </div>
          </form>
          <div role="status">
            {saved && <p className="notice notice-ok">Your qualification is recorded.</p>}
          </div>
        </>
      )}
    </QueryState>
  );
}
