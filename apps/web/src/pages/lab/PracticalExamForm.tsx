import { useId, useState, type FormEvent } from 'react';
import type { ItemResultInput } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { examDay, examErrors, examResults, type ChecklistItem, type ExamMarks } from './exam-draft';

export interface ExamSitting {
  examinedOn: string;
  results: ItemResultInput[];
  summary: string | null;
  /** A correction's reason; undefined when recording. */
  reason?: string;
}

interface Props {
  items: readonly ChecklistItem[];
  nonCriticalPassPercent: number;
  initial: ExamMarks;
  initialSummary?: string;
  initialDay?: string;
  /** A correction asks why; its fields are named for it. */
  correction?: boolean;
  busy: boolean;
  /** The API's refusal of the last submission, shown by the item or field it names. */
  error: unknown;
  onSubmit: (sitting: ExamSitting) => void;
  onCancel?: () => void;
}

const NAMED_FIELDS = ['examinedOn', 'summary', 'reason'];

/**
 * The examiner marks every item passed or failed, with notes. Critical items are marked as
 * such: one failed fails the exam. Notes are what the examiner saw, never who the patient model
 * was: the API refuses identifiers and says so by the item.
 */
export function PracticalExamForm(props: Props) {
  const { items, initial, correction = false, busy, error, onSubmit, onCancel } = props;
  const [marks, setMarks] = useState<ExamMarks>(initial);
  const [day, setDay] = useState(props.initialDay ?? examDay());
  const [summary, setSummary] = useState(props.initialSummary ?? '');
  const [reason, setReason] = useState('');
  const [unmarked, setUnmarked] = useState<string[]>([]);
  const [reasonMissing, setReasonMissing] = useState(false);
  const formId = useId();
  const api = examErrors(fieldErrors(error), items);
  const unplaced =
    Boolean(error) &&
    Object.keys(api.byItem).length === 0 &&
    !NAMED_FIELDS.some((f) => api.byField[f]);

  function mark(key: string, change: Partial<ExamMarks[string]>) {
    setMarks((current) => ({ ...current, [key]: { ...current[key]!, ...change } }));
    if (change.passed != null) setUnmarked((keys) => keys.filter((k) => k !== key));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const draft = examResults(items, marks);
    const noReason = correction && reason.trim().length === 0;
    setReasonMissing(noReason);
    if ('unmarked' in draft) {
      setUnmarked(draft.unmarked);
      document.getElementById(`${formId}-${draft.unmarked[0]}`)?.focus();
      return;
    }
    setUnmarked([]);
    if (noReason) return;
    onSubmit({
      examinedOn: day,
      results: draft.results,
      summary: summary.trim() || null,
      ...(correction ? { reason: reason.trim() } : {}),
    });
  }

  return (
    <form
      className="form"
      aria-label={correction ? 'Correct the practical exam' : 'Practical exam'}
      onSubmit={submit}
      noValidate
    >
      <div className="notice notice-warn">
        <p className="notice-title">Notes must not identify the patient model</p>
        <p>
          Write what you saw the candidate do. Leave out names, dates of birth, record numbers,
          phone numbers and emails: the record is evidence a board may read, and Fascicle refuses
          them.
        </p>
      </div>
      <p>Every critical item must pass, and {props.nonCriticalPassPercent} % of the others.</p>
      {items.map((item, index) => (
        <ExamItem
          key={item.key}
          id={`${formId}-${item.key}`}
          number={index + 1}
          item={item}
          mark={marks[item.key]!}
          onChange={(change) => mark(item.key, change)}
          unmarked={unmarked.includes(item.key)}
          notesError={api.byItem[item.key]}
        />
      ))}
      <TextAreaField
        label="Summary (optional)"
        rows={3}
        maxLength={2000}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        error={api.byField['summary']}
      />
      <TextField
        label="Day of the exam"
        type="date"
        value={day}
        max={examDay()}
        onChange={(event) => setDay(event.target.value)}
        required
        error={api.byField['examinedOn']}
      />
      {correction && (
        <TextAreaField
          label="Reason for the correction"
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint="Kept with the new record, which names the one it replaces"
          required
          error={reasonMissing ? 'Say why the record is corrected.' : api.byField['reason']}
        />
      )}
      {unmarked.length > 0 && (
        <FormError message={`Mark every item: ${unmarked.length} not marked yet.`} />
      )}
      {unplaced && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Signing">
          {correction ? 'Sign the correction' : 'Sign and record'}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

interface ItemProps {
  id: string;
  number: number;
  item: ChecklistItem;
  mark: ExamMarks[string];
  onChange: (change: Partial<ExamMarks[string]>) => void;
  unmarked: boolean;
  notesError?: string;
}

function ExamItem({ id, number, item, mark, onChange, unmarked, notesError }: ItemProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={unmarked ? 'fieldset lab-exam-item field-invalid' : 'fieldset lab-exam-item'}
      aria-describedby={unmarked ? errorId : undefined}
    >
      <legend>
        <span>
          {number}. {item.label}
        </span>
        {item.critical && <Badge tone="danger">Critical</Badge>}
      </legend>
      {item.description && <p className="field-hint">{item.description}</p>}
      <div className="lab-marks">
        <div className="choice">
          <input
            type="radio"
            id={id}
            name={id}
            checked={mark.passed === true}
            onChange={() => onChange({ passed: true })}
          />
          <label htmlFor={id}>Passed</label>
        </div>
        <div className="choice">
          <input
            type="radio"
            id={`${id}-failed`}
            name={id}
            checked={mark.passed === false}
            onChange={() => onChange({ passed: false })}
          />
          <label htmlFor={`${id}-failed`}>Failed</label>
        </div>
      </div>
      {unmarked && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">✕ </span>Mark this item passed or failed.
        </p>
      )}
      <TextAreaField
        label={`Notes on “${item.label}” (optional)`}
        rows={2}
        maxLength={1000}
        value={mark.notes}
        onChange={(event) => onChange({ notes: event.target.value })}
        error={notesError}
      />
    </fieldset>
  );
}
