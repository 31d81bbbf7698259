import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useMe } from '../../auth/useAuth';
import { graphql } from '../../gql';
import type { BodyRegion } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextAreaField, TextField } from '../../ui/Field';
import {
  BODY_REGION_LABELS,
  BODY_REGIONS,
  errorsByField,
  muscleList,
  today,
} from './practice-words';
import { programSupervisors, type PracticeProgram } from './practice-programs';

const RecordSupervisedSessionDocument = graphql(`
  mutation RecordSupervisedSession($input: RecordSupervisedSessionInput!) {
    recordSupervisedSession(input: $input) {
      id
      status
      supervisorName
    }
  }
`);

/** The supervisor select's value for "someone the list does not name". */
const OTHER = 'other';

/** The fields the API names in its errors, each shown beside its control. */
const FIELDS = [
  'programId',
  'sessionDate',
  'bodyRegions',
  'muscles',
  'needleCount',
  'supervisorId',
  'supervisorEmail',
  'notes',
] as const;

/**
 * One supervised patient session. There is deliberately no patient field: the log is what a
 * board sees, so it holds nothing that identifies the patient, and the API refuses free text
 * that does (a date of birth, a record number, a phone number, an email) naming the field.
 */
export function SupervisedSessionForm({ programs }: { programs: readonly PracticeProgram[] }) {
  const me = useMe();
  const [record, { loading, error, reset }] = useMutation(RecordSupervisedSessionDocument, {
    refetchQueries: ['MySupervisedSessions'],
  });
  const [programId, setProgramId] = useState(programs.length === 1 ? programs[0]!.id : '');
  const [supervisorChoice, setSupervisorChoice] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const regionsId = useId();
  const supervisors = programSupervisors(
    programs.find((p) => p.id === programId),
    me.id,
  );
  const apiErrors = errorsByField(fieldErrors(error));
  const errors = { ...apiErrors, ...missing };
  const unplaced = error && !FIELDS.some((field) => apiErrors[field]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const bodyRegions = data.getAll('bodyRegions').map(String) as BodyRegion[];
    const muscles = muscleList(text('muscles'));
    const needleCount = Number(text('needleCount'));
    // Someone the list lacks is named by email: learners know it, not an account id.
    const byEmail = supervisorChoice === OTHER;
    const supervisorEmail = byEmail ? text('supervisorEmail') : '';
    const problems: Record<string, string> = {};
    if (!programId) problems['programId'] = 'Choose the program the session counts toward.';
    if (!text('sessionDate')) problems['sessionDate'] = 'Enter the date of the session.';
    if (bodyRegions.length === 0) problems['bodyRegions'] = 'Tick at least one region.';
    if (muscles.length === 0) problems['muscles'] = 'Name at least one muscle.';
    if (!Number.isInteger(needleCount) || needleCount < 1 || needleCount > 100) {
      problems['needleCount'] = 'Enter a whole number of needles from 1 to 100.';
    }
    if (!supervisorChoice) problems['supervisorId'] = 'Choose who supervised the session.';
    if (byEmail && !supervisorEmail) {
      problems['supervisorEmail'] = "Enter your supervisor's email.";
    }
    setMissing(problems);
    setRecorded(null);
    reset();
    if (Object.keys(problems).length > 0) return;
    try {
      const result = await record({
        variables: {
          input: {
            programId,
            sessionDate: text('sessionDate'),
            bodyRegions,
            muscles,
            needleCount,
            ...(byEmail ? { supervisorEmail } : { supervisorId: supervisorChoice }),
            notes: text('notes') || null,
          },
        },
      });
      const session = result.data?.recordSupervisedSession;
      if (session) {
        setRecorded(`Recorded. It waits for ${session.supervisorName} to confirm it.`);
        form.reset();
        setSupervisorChoice('');
      }
    } catch {
      // Shown beside the fields from `error`; nothing was recorded.
    }
  }

  return (
    <>
      <form
        className="form"
        aria-labelledby="record-title"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <div className="notice notice-info">
          <p className="notice-title">No patient identifiers: the log is what a board sees</p>
          <p>
            The form has no field for the patient on purpose. Keep names, dates of birth, record
            numbers, phone numbers and emails out of the muscles and the notes; Fascicle refuses
            them.
          </p>
        </div>
        <SelectField
          label="Program"
          name="programId"
          value={programId}
          onChange={(event) => {
            setProgramId(event.target.value);
            setSupervisorChoice('');
          }}
          required
          hint="The program the session counts toward"
          error={errors['programId']}
        >
          <option value="">Choose a program…</option>
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.title}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Date of the session"
          name="sessionDate"
          type="date"
          max={today()}
          required
          error={errors['sessionDate']}
        />
        <fieldset
          className={errors['bodyRegions'] ? 'fieldset field-invalid' : 'fieldset'}
          aria-describedby={errors['bodyRegions'] ? `${regionsId}-error` : undefined}
        >
          <legend>Body regions needled</legend>
          <div className="choice-grid">
            {BODY_REGIONS.map((region) => (
              <div className="choice" key={region}>
                <input
                  type="checkbox"
                  id={`${regionsId}-${region}`}
                  name="bodyRegions"
                  value={region}
                />
                <label htmlFor={`${regionsId}-${region}`}>{BODY_REGION_LABELS[region]}</label>
              </div>
            ))}
          </div>
          {errors['bodyRegions'] && (
            <p className="field-error" id={`${regionsId}-error`}>
              <span aria-hidden="true">✕ </span>
              {errors['bodyRegions']}
            </p>
          )}
        </fieldset>
        <TextAreaField
          label="Muscles needled"
          name="muscles"
          rows={3}
          hint="Short names, one per line or separated by commas (e.g. upper trapezius, levator scapulae)"
          required
          error={errors['muscles']}
        />
        <TextField
          label="Number of needles"
          name="needleCount"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          required
          error={errors['needleCount']}
        />
        <SelectField
          label="Supervisor"
          name="supervisor"
          value={supervisorChoice}
          onChange={(event) => setSupervisorChoice(event.target.value)}
          required
          hint={
            programId
              ? "The list names the instructors of this program's courses. Supervised by someone else? Choose “Someone else” and enter their email."
              : 'Choose the program first.'
          }
          error={supervisorChoice === OTHER ? undefined : errors['supervisorId']}
        >
          <option value="">Choose who supervised it…</option>
          {supervisors.map((supervisor) => (
            <option key={supervisor.userId} value={supervisor.userId}>
              {supervisor.displayName}
            </option>
          ))}
          <option value={OTHER}>Someone else (by email)</option>
        </SelectField>
        {supervisorChoice === OTHER && (
          <TextField
            label="Supervisor's email"
            name="supervisorEmail"
            type="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={254}
            required
            hint="They must have recorded their license and dry needling experience on their “Sessions to confirm” page first."
            error={errors['supervisorEmail']}
          />
        )}
        <TextAreaField
          label="Notes (optional)"
          name="notes"
          rows={4}
          maxLength={2000}
          hint="What was practised and how it went. No dates of birth, record numbers, phone numbers or emails."
          error={errors['notes']}
        />
        {unplaced && <FormError message={errorMessage(error)} />}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel="Recording">
            Record session
          </Button>
        </div>
      </form>
      <div role="status">{recorded && <p className="notice notice-ok">{recorded}</p>}</div>
    </>
  );
}
