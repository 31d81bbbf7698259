import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { AdverseEventSeverity, AdverseEventType } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextAreaField, TextField } from '../../ui/Field';
import {
  ADVERSE_EVENT_TYPE_LABELS,
  ADVERSE_EVENT_TYPES,
  SEVERITIES,
  today,
} from './practice-words';

const RecordAdverseEventDocument = graphql(`
  mutation RecordAdverseEvent($input: RecordAdverseEventInput!) {
    recordAdverseEvent(input: $input) {
      id
    }
  }
`);

const FIELDS = ['eventDate', 'severity', 'type', 'actionTaken', 'outcome'] as const;

/** An adverse event from the clinician's own practice, with nothing about the patient. */
export function AdverseEventForm() {
  const [record, { loading, error, reset }] = useMutation(RecordAdverseEventDocument, {
    refetchQueries: ['MyAdverseEvents'],
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState(false);
  const severityId = useId();
  const errors = { ...fieldErrors(error), ...missing };
  const unplaced = error && !FIELDS.some((field) => errors[field]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const problems: Record<string, string> = {};
    if (!text('eventDate')) problems['eventDate'] = 'Enter the date of the event.';
    if (!text('severity')) problems['severity'] = 'Choose mild or significant.';
    if (!text('type')) problems['type'] = 'Choose the type of event.';
    if (!text('actionTaken')) problems['actionTaken'] = 'Say what you did.';
    if (!text('outcome')) problems['outcome'] = 'Say how it ended.';
    setMissing(problems);
    setRecorded(false);
    reset();
    if (Object.keys(problems).length > 0) return;
    try {
      await record({
        variables: {
          input: {
            eventDate: text('eventDate'),
            severity: text('severity') as AdverseEventSeverity,
            type: text('type') as AdverseEventType,
            actionTaken: text('actionTaken'),
            outcome: text('outcome'),
          },
        },
      });
      setRecorded(true);
      form.reset();
    } catch {
      // Shown beside the fields from `error`; nothing was recorded.
    }
  }

  return (
    <>
      <form
        className="form"
        aria-labelledby="event-title"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <p className="muted">
          No patient identifiers: no names, dates of birth, record numbers, phone numbers or emails.
          Fascicle refuses them.
        </p>
        <TextField
          label="Date of the event"
          name="eventDate"
          type="date"
          max={today()}
          required
          error={errors['eventDate']}
        />
        <fieldset
          className={errors['severity'] ? 'fieldset field-invalid' : 'fieldset'}
          aria-describedby={errors['severity'] ? `${severityId}-error` : undefined}
        >
          <legend>Severity</legend>
          {SEVERITIES.map((severity) => (
            <div className="choice" key={severity.value}>
              <input
                type="radio"
                id={`${severityId}-${severity.value}`}
                name="severity"
                value={severity.value}
                aria-describedby={`${severityId}-${severity.value}-definition`}
              />
              <div>
                <label htmlFor={`${severityId}-${severity.value}`}>{severity.label}</label>
                <p className="field-hint" id={`${severityId}-${severity.value}-definition`}>
                  {severity.definition}
                </p>
              </div>
            </div>
          ))}
          {errors['severity'] && (
            <p className="field-error" id={`${severityId}-error`}>
              <span aria-hidden="true">✕ </span>
              {errors['severity']}
            </p>
          )}
        </fieldset>
        <SelectField label="Type" name="type" defaultValue="" required error={errors['type']}>
          <option value="">Choose a type…</option>
          {ADVERSE_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {ADVERSE_EVENT_TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Action taken"
          name="actionTaken"
          rows={3}
          maxLength={2000}
          required
          error={errors['actionTaken']}
        />
        <TextAreaField
          label="Outcome"
          name="outcome"
          rows={3}
          maxLength={2000}
          required
          error={errors['outcome']}
        />
        {unplaced && <FormError message={errorMessage(error)} />}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel="Recording">
            Record event
          </Button>
        </div>
      </form>
      <div role="status">
        {recorded && <p className="notice notice-ok">The event is recorded.</p>}
      </div>
    </>
  );
}
