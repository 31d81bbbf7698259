import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { DryNeedlingStatus, RuleVersionFieldsFragment } from '../../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { STATE_OPTIONS } from '../../account/us-states';
import { NUMBER_FIELDS, toInput, type RuleFormValues, type TriState } from './rule-form';
import { STATUS_LOOK, STATUSES } from './rule-words';
import { SourcesFieldset } from './SourcesFieldset';
import { AdminRecordDryNeedlingRuleDocument } from './state-rule-documents';

const NUMBER_LABELS: Record<(typeof NUMBER_FIELDS)[number], string> = {
  trainingHours: 'Training hours, in total',
  inPersonHours: 'Of which in person (face to face)',
  trainingWithinYears: 'Training within the last … years',
  yearsLicensed: 'Years licensed first',
  supervisedSessions: 'Supervised sessions',
};

const TRI_LABELS = {
  trainingRequired: 'Training required',
  onlineHoursAllowed: 'Online hours count',
  practicalExam: 'Practical exam required',
} as const;

/**
 * Records a new version of a state's rule (the API keeps every earlier one, so answers for
 * earlier dates stay as they were). Every field of RecordDryNeedlingRuleInput; a figure left
 * empty is "not set or not confirmed", never zero.
 */
export function RecordRuleForm({
  initial,
  today,
  onRecorded,
}: {
  initial: RuleFormValues;
  today: string;
  onRecorded: (version: RuleVersionFieldsFragment) => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const confirmedId = useId();
  const [record, { loading }] = useMutation(AdminRecordDryNeedlingRuleDocument, {
    refetchQueries: ['AdminDryNeedlingRules', 'AdminDryNeedlingRuleHistory'],
  });
  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) =>
    setValues((before) => ({ ...before, [key]: value }));
  const textProps = (key: Exclude<keyof RuleFormValues, 'sources' | 'requirementsConfirmed'>) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) =>
      set(key, event.target.value as RuleFormValues[typeof key]),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const checked = toInput(values);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      const { data } = await record({ variables: { input: checked.input } });
      if (data) onRecorded(data.recordDryNeedlingRule);
    } catch (caught) {
      // The rule checks name 'input' when no single field is at fault: that is the form's.
      showSubmitError(
        caught,
        (byField) => {
          const { input: general, ...rest } = byField;
          setErrors(rest);
          if (general) setFormError(general);
        },
        setFormError,
      );
    }
  }

  return (
    <form
      className="form"
      aria-label="Record a new version"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <FormError message={formError} />
      <div className="field-row">
        <SelectField label="State" {...textProps('state')}>
          <option value="">Choose a state…</option>
          {STATE_OPTIONS.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="State name (optional)"
          hint="Needed only for a state with no rule on record yet."
          {...textProps('stateName')}
        />
      </div>
      <div className="field-row">
        <TextField label="In effect from" type="date" {...textProps('effective')} />
        <SelectField label="Status" {...textProps('status')}>
          {STATUSES.map((status: DryNeedlingStatus) => (
            <option key={status} value={status}>
              {STATUS_LOOK[status].words}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label="Summary" rows={3} {...textProps('summary')} />
      <fieldset className="fieldset">
        <legend>Training and figures</legend>
        <p className="field-hint">Leave a figure empty when the rule does not set it.</p>
        <div className="field-row">
          {(Object.keys(TRI_LABELS) as (keyof typeof TRI_LABELS)[]).map((key) => (
            <SelectField key={key} label={TRI_LABELS[key]} {...textProps(key)}>
              {(
                [
                  ['', 'Not set'],
                  ['yes', 'Yes'],
                  ['no', 'No'],
                ] as [TriState, string][]
              ).map(([value, words]) => (
                <option key={value} value={value}>
                  {words}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <div className="field-row">
          {NUMBER_FIELDS.map((key) => (
            <TextField
              key={key}
              label={NUMBER_LABELS[key]}
              inputMode="decimal"
              {...textProps(key)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>What else the practitioner must do</legend>
        <TextAreaField label="Filing with the board" rows={2} {...textProps('boardFiling')} />
        <TextAreaField label="Delegation" rows={2} {...textProps('delegation')} />
        <TextAreaField label="Consent and records" rows={2} {...textProps('consentAndRecords')} />
      </fieldset>
      <SourcesFieldset
        sources={values.sources}
        onChange={(sources) => set('sources', sources)}
        errors={errors}
        today={today}
      />
      <div className={errors['requirementsConfirmed'] ? 'field field-invalid' : 'field'}>
        <div className="choice">
          <input
            type="checkbox"
            id={confirmedId}
            name="requirementsConfirmed"
            checked={values.requirementsConfirmed}
            onChange={(event) => set('requirementsConfirmed', event.target.checked)}
            aria-invalid={errors['requirementsConfirmed'] ? true : undefined}
            aria-describedby={errors['requirementsConfirmed'] ? `${confirmedId}-error` : undefined}
          />
          <label htmlFor={confirmedId}>
            A primary source gives every requirement listed (requirements confirmed)
          </label>
        </div>
        {errors['requirementsConfirmed'] && (
          <p className="field-error" id={`${confirmedId}-error`}>
            <span aria-hidden="true">✕ </span>
            {errors['requirementsConfirmed']}
          </p>
        )}
      </div>
      <TextAreaField
        label="Unconfirmed — check with the board"
        hint="One line each: what no primary source confirmed."
        rows={3}
        {...textProps('unconfirmed')}
      />
      <TextAreaField
        label="Why this version is recorded"
        hint="Kept with the version and in the audit log."
        rows={2}
        {...textProps('reason')}
      />
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Recording">
          Record this version
        </Button>
      </div>
    </form>
  );
}
